import { allItems, type DraftRoadmap } from "./draft.js";

/** What `roadmap import` reports on standard error. */
export interface ImportSummary {
  phases: number;
  tasks: number;
  /** Items done (their own status or their done parent's). */
  done: number;
  /** Items with a `when` or a `duration`. */
  dated: number;
  /** Non-empty lines kept as Markdown in notes, goals, summary and sections. */
  notesLines: number;
  /** Values read and then dropped back to text because they did not lint. */
  dropped: number;
  /** Weeks, months and lengths kept as text because nothing says where the roadmap starts. */
  undated: number;
  start?: { date: string; from: string };
}

const lines = (texts: string[]) =>
  texts
    .join("\n")
    .split("\n")
    .filter((l) => l.trim() !== "").length;

export function summarize(draft: DraftRoadmap, dropped: number, undated: number, start?: { date: string; from: string }): ImportSummary {
  const items = [...allItems(draft.phases)];
  const kept = [...draft.summary, ...draft.notes, ...draft.sections.map((s) => s.body), ...items.flatMap((i) => [...i.notes, ...i.goal])];
  return {
    phases: draft.phases.length,
    tasks: items.length - draft.phases.length,
    done: items.filter((i) => i.status?.value === "done").length,
    dated: items.filter((i) => i.when || i.duration).length,
    notesLines: lines(kept),
    dropped,
    undated,
    start,
  };
}

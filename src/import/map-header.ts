import type { Block, Line } from "./blocks.js";
import type { DraftRoadmap, Mapped } from "./draft.js";
import { fold } from "./fold.js";
import { splitNames, type LineResult } from "./map-line.js";
import { readLabelLine } from "./read-label.js";
import { readSpan, type PeriodContext } from "./read-period.js";
import { spanDates } from "./span-dates.js";
import { reviewWords } from "./words/labels.js";

/** A line of the document's header or footer: owner, version, dates, review cycle. */
export function applyRoadmapLine(draft: DraftRoadmap, line: Line, period: PeriodContext): LineResult {
  const lab = readLabelLine(line.text);
  if (!lab?.field) return false;
  const mapped = <T>(v: T): Mapped<T> => ({ value: v, origin: "line", source: line.markdown });
  const date = (pick: "first" | "last") => {
    const span = readSpan(lab.value, period);
    const dates = span && !span.relative ? spanDates(span.span) : undefined;
    return dates?.[pick];
  };
  switch (lab.field) {
    case "owner":
      if (draft.owner) return false;
      draft.owner = mapped(splitNames(lab.value));
      return "mapped";
    case "version":
      if (draft.version || !/^v?\d[\w.-]*$/i.test(lab.value)) return false;
      draft.version = mapped(lab.value);
      return "mapped";
    case "updated":
    case "created": {
      const span = readSpan(lab.value, period);
      if (!span || !/^\d{4}-\d{2}-\d{2}$/.test(span.span)) return false;
      if (draft[lab.field]) return false;
      draft[lab.field] = mapped(span.span);
      return "mapped";
    }
    case "start": {
      const first = date("first");
      if (!first || draft.start) return false;
      draft.start = mapped(first);
      return "mapped";
    }
    case "due": {
      const last = date("last");
      if (!last || draft.due) return false;
      draft.due = mapped(last);
      return "mapped";
    }
    case "review": {
      const every = Object.entries(reviewWords).find(([, words]) => words.some((w) => fold(w) === fold(lab.value)))?.[0];
      if (!every || draft.review) return false;
      draft.review = mapped(every);
      return "mapped";
    }
    default:
      return false;
  }
}

/** The document's header or footer: mapped lines set roadmap values, the rest is returned as Markdown to keep. */
export function applyRoadmapBlocks(draft: DraftRoadmap, blocks: Block[], period: PeriodContext): string[] {
  const kept: string[] = [];
  for (const block of blocks) {
    if (block.kind === "rule") continue;
    if (block.kind !== "paragraph") {
      kept.push(block.markdown);
      continue;
    }
    const lines = block.lines.filter((l) => applyRoadmapLine(draft, l, period) !== "mapped");
    if (lines.length > 0) kept.push(lines.map((l) => l.markdown).join("\n"));
  }
  return kept;
}

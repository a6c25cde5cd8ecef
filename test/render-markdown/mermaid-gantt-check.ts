import type { Plan, PlannedItem } from "../../src/plan/types.js";
import { labelsFor } from "../../src/report/i18n/index.js";

/** A task as Mermaid's own gantt parser understood it. */
export interface ParsedTask {
  section: string;
  label: string;
  start: string;
  /** Inclusive, as the plan has it. */
  end: string;
  tags: string[];
}

interface MermaidTask {
  task: string;
  section: string;
  startTime: Date;
  endTime: Date;
  done?: boolean;
  active?: boolean;
  crit?: boolean;
  milestone?: boolean;
}

/** Mermaid's entity placeholders (`ﬂ°°58¶ß` for `#58;`) back to characters, as its renderer does. */
export function decodeMermaid(text: string): string {
  return text.replace(/ﬂ°°(\d+)¶ß/g, (_m, code: string) => String.fromCodePoint(Number(code)));
}

function localIso(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * Parses a gantt with the real Mermaid parser (`mermaid.parse`, which
 * throws on a syntax error) and reads back the tasks from its database:
 * label, section, dates and tags. Needs a DOM (jsdom).
 */
export async function parseGantt(source: string): Promise<ParsedTask[]> {
  const { default: mermaid } = await import("mermaid");
  mermaid.initialize({ startOnLoad: false });
  const parsed = await mermaid.parse(source);
  if (parsed?.diagramType !== "gantt") throw new Error(`not a gantt: ${JSON.stringify(parsed)}`);
  const api = mermaid.mermaidAPI as unknown as { getDiagramFromText(text: string): Promise<{ db: { getTasks(): MermaidTask[] } }> };
  const diagram = await api.getDiagramFromText(source);
  return diagram.db.getTasks().map((t) => {
    const tags = (["milestone", "done", "active", "crit"] as const).filter((k) => t[k]);
    const end = new Date(t.endTime);
    // inclusiveEndDates: Mermaid stores the day after the last one (a milestone keeps its day)
    if (!t.milestone) end.setDate(end.getDate() - 1);
    return { section: decodeMermaid(t.section).trim(), label: decodeMermaid(t.task).trim(), start: localIso(t.startTime), end: localIso(end), tags: [...tags] };
  });
}

/** Items by start date, unscheduled last, file order among equals. */
function byStart(items: (PlannedItem | undefined)[]): PlannedItem[] {
  const list = items.filter((p): p is PlannedItem => p !== undefined);
  return list
    .map((p, i) => ({ p, i }))
    .sort((a, b) => ((a.p.start ?? "~") < (b.p.start ?? "~") ? -1 : (a.p.start ?? "~") > (b.p.start ?? "~") ? 1 : 0) || a.i - b.i)
    .map(({ p }) => p);
}

/**
 * What the report's gantt should hold for a plan: by start date, each phase
 * with its direct children that have dates of their own, then the milestones
 * (their section named in the roadmap's language).
 */
export function expectedTasks(plan: Plan): { section: string; title: string; item: PlannedItem }[] {
  const out: { section: string; title: string; item: PlannedItem }[] = [];
  const add = (section: string, items: PlannedItem[]) => {
    for (const item of items) if (item.start && item.end && item.status !== "cancelled") out.push({ section, title: item.title, item });
  };
  for (const phase of byStart(plan.roadmap.phases.map((id) => plan.itemsById.get(id)))) {
    add(phase.title, [phase, ...byStart(phase.item.children.map((c) => plan.itemsById.get(c))).filter((c) => c.placement !== "window")]);
  }
  add(labelsFor(plan.roadmap.locale).section.milestones, byStart(plan.roadmap.milestones.map((id) => plan.itemsById.get(id))));
  return out;
}

import type { Budget, Item, Kpi, Length, Risk, Roadmap, Span, Status, Weekday } from "../../src/model.js";
import { parseLength } from "../../src/schema/parse-length.js";
import { parseSpanObject, parseSpanText } from "../../src/schema/parse-span.js";

/** A work item written the short way, as in YAML. */
export interface ItemSpec {
  id: string;
  title?: string;
  duration?: string;
  when?: string | { start?: string; end?: string };
  after?: string[];
  status?: Status;
  progress?: number;
  milestone?: boolean;
  due?: string;
  tasks?: ItemSpec[];
}

export interface RoadmapSpec {
  title?: string;
  start?: string;
  updated?: string;
  review?: string;
  sequential?: boolean;
  workdays?: Weekday[];
  holidays?: string[];
  currency?: string;
  phases?: ItemSpec[];
  milestones?: ItemSpec[];
  risks?: Partial<Risk>[];
  kpis?: (Partial<Kpi> & { targetsByKey?: Record<string, number> })[];
  budgets?: Partial<Budget>[];
}

export function length(text: string): Length {
  const r = parseLength(text);
  if ("error" in r) throw new Error(r.error);
  return r;
}

export function span(when: string | { start?: string; end?: string }): Span {
  const r = typeof when === "string" ? parseSpanText(when) : parseSpanObject(when.start, when.end);
  if (!r || "error" in r) throw new Error(`bad span ${JSON.stringify(when)}`);
  return r;
}

/** Builds a resolved Roadmap by hand, filling the defaults the loader would. */
export function makeRoadmap(spec: RoadmapSpec): Roadmap {
  const items: Item[] = [];
  const visit = (list: ItemSpec[] | undefined, base: (string | number)[], parent: string | null, depth: number, kind: Item["kind"]) => {
    list?.forEach((s, i) => {
      const path = [...base, i];
      const item: Item = {
        id: s.id,
        explicitId: true,
        title: s.title ?? s.id,
        kind,
        parent,
        depth,
        children: (s.tasks ?? []).map((t) => t.id),
        milestone: kind === "milestone" || s.milestone === true,
        status: s.status,
        progress: s.progress,
        when: s.when === undefined ? undefined : span(s.when),
        duration: s.duration === undefined ? undefined : length(s.duration),
        due: s.due,
        after: s.after ?? [],
        deliverables: [],
        success: [],
        refs: [],
        tags: [],
        extensions: {},
        path,
      };
      items.push(item);
      visit(s.tasks, [...path, "tasks"], s.id, depth + 1, "task");
    });
  };
  visit(spec.phases, ["phases"], null, 0, "phase");
  visit(spec.milestones, ["milestones"], null, 0, "milestone");
  return {
    title: spec.title ?? "Test roadmap",
    start: spec.start,
    updated: spec.updated,
    review: spec.review ? { every: length(spec.review) } : undefined,
    locale: "en",
    currency: spec.currency,
    calendar: { workdays: spec.workdays ?? ["mon", "tue", "wed", "thu", "fri"], holidays: spec.holidays ?? [] },
    sequential: spec.sequential ?? true,
    deliverables: [],
    success: [],
    items,
    phases: items.filter((i) => i.kind === "phase").map((i) => i.id),
    milestones: items.filter((i) => i.kind === "milestone").map((i) => i.id),
    risks: (spec.risks ?? []).map((r, i) => ({
      id: r.id ?? `risk-${i + 1}`,
      title: r.title ?? "Risk",
      status: r.status ?? "open",
      affects: r.affects ?? [],
      probability: r.probability,
      impact: r.impact,
      extensions: {},
      path: ["risks", i],
    })),
    kpis: (spec.kpis ?? []).map((k, i) => ({
      id: k.id ?? `kpi-${i + 1}`,
      title: k.title ?? "KPI",
      better: k.better ?? "higher",
      baseline: k.baseline,
      current: k.current,
      target: k.target,
      unit: k.unit,
      targets: Object.entries(k.targetsByKey ?? {}).map(([key, value]) => {
        const s = parseSpanText(key);
        return s && !("error" in s) ? { key, span: s, value } : { key, value };
      }),
      extensions: {},
      path: ["kpis", i],
    })),
    budgets: (spec.budgets ?? []).map((b, i) => ({
      id: b.id ?? `budget-${i + 1}`,
      title: b.title ?? "Budget",
      currency: b.currency,
      phase: b.phase,
      items: b.items ?? [],
      totals: b.totals ?? [],
      extensions: {},
      path: ["budgets", i],
    })),
    sections: [],
    extensions: {},
  };
}

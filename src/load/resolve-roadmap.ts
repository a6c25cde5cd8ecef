import type { Budget, Check, Item, Kpi, KpiTarget, Path, Risk, Roadmap } from "../model.js";
import type { ItemInput, MilestoneInput } from "../schema/item.js";
import { parseSpanText } from "../schema/parse-span.js";
import type { RoadmapInput } from "../schema/roadmap.js";
import { assignIds } from "./slugify.js";
import { pathKey, type Extensions } from "./strip-extensions.js";

interface Flat {
  input: ItemInput | MilestoneInput;
  kind: Item["kind"];
  parentIndex: number;
  depth: number;
  path: Path;
}

/**
 * Turns validated input into the resolved model: ids and the flat item list.
 * References are checked on the raw data by `checkReferences`; here unknown
 * ones are kept as written (the planner ignores them).
 */
export function resolveRoadmap(input: RoadmapInput, extensions: Extensions, itemIds: string[], file?: string): Roadmap {
  const ext = (path: Path) => extensions.get(pathKey(path)) ?? {};
  const checks = (list: Check[] | undefined, path: Path): Check[] =>
    (list ?? []).map((c, i) => {
      const e = extensions.get(pathKey([...path, i]));
      return e ? { ...c, extensions: e } : c;
    });

  // Flatten phases and tasks (pre-order), then top-level milestones.
  const flat: Flat[] = [];
  const visit = (list: ItemInput[] | undefined, base: Path, parentIndex: number, depth: number, kind: Item["kind"]) => {
    list?.forEach((input, i) => {
      const path = [...base, i];
      const index = flat.length;
      flat.push({ input, kind, parentIndex, depth, path });
      visit(input.tasks, [...path, "tasks"], index, depth + 1, "task");
    });
  };
  visit(input.phases, ["phases"], -1, 0, "phase");
  input.milestones?.forEach((m, i) => flat.push({ input: m, kind: "milestone", parentIndex: -1, depth: 0, path: ["milestones", i] }));

  // The ids `checkReferences` assigned, in the same order (phases and their tasks depth-first, then milestones).
  const ids = itemIds;

  const items: Item[] = flat.map((f, i) => {
    const it = f.input as ItemInput;
    const milestone = f.kind === "milestone" || it.milestone === true;
    return {
      id: ids[i],
      explicitId: it.id !== undefined,
      title: it.title,
      kind: f.kind,
      parent: f.parentIndex >= 0 ? ids[f.parentIndex] : null,
      depth: f.depth,
      children: [],
      milestone,
      status: it.status,
      progress: it.progress,
      priority: it.priority,
      owner: it.owner,
      when: it.when,
      duration: it.duration,
      due: it.due,
      completed: it.completed,
      after: it.after ?? [],
      goal: it.goal,
      deliverables: checks(it.deliverables, [...f.path, "deliverables"]),
      success: checks(it.success, [...f.path, "success"]),
      refs: it.refs ?? [],
      notes: it.notes,
      tags: it.tags ?? [],
      extensions: ext(f.path),
      path: f.path,
    };
  });
  const byId = new Map<string, Item>();
  for (const item of items) if (!byId.has(item.id)) byId.set(item.id, item);
  flat.forEach((f, i) => {
    if (f.parentIndex >= 0) items[f.parentIndex].children.push(items[i].id);
  });

  const riskIds = assignIds(input.risks ?? [], "risk");
  const riskPaths = (input.risks ?? []).map((_, i): Path => ["risks", i]);
  const risks: Risk[] = (input.risks ?? []).map((r, i) => {
    const path = riskPaths[i];
    return {
      id: riskIds[i],
      title: r.title,
      probability: r.probability,
      impact: r.impact,
      mitigation: r.mitigation,
      status: r.status ?? "open",
      owner: r.owner,
      affects: r.affects ?? [],
      group: r.group,
      notes: r.notes,
      extensions: ext(path),
      path,
    };
  });

  const kpiIds = assignIds(input.kpis ?? [], "kpi");
  const kpiPaths = (input.kpis ?? []).map((_, i): Path => ["kpis", i]);
  const kpis: Kpi[] = (input.kpis ?? []).map((k, i) => {
    const path = kpiPaths[i];
    const targets: KpiTarget[] = [];
    for (const [key, value] of Object.entries(k.targets ?? {})) {
      const span = parseSpanText(key);
      if (span && "error" in span) continue;
      if (!span && !byId.has(key)) continue;
      targets.push(span ? { key, span, value } : { key, value });
    }
    return {
      id: kpiIds[i],
      title: k.title,
      unit: k.unit,
      better: k.better ?? "higher",
      baseline: k.baseline,
      current: k.current,
      targets,
      target: k.target,
      group: k.group,
      notes: k.notes,
      extensions: ext(path),
      path,
    };
  });

  const budgetIds = assignIds(input.budgets ?? [], "budget");
  const budgetPaths = (input.budgets ?? []).map((_, i): Path => ["budgets", i]);
  const budgets: Budget[] = (input.budgets ?? []).map((b, i) => {
    const path = budgetPaths[i];
    return {
      id: budgetIds[i],
      title: b.title,
      currency: b.currency ?? input.currency,
      phase: b.phase,
      items: b.items.map((it, j) => {
        const ipath = [...path, "items", j];
        return {
          title: it.title,
          category: it.category,
          count: it.count ?? 1,
          amount: it.amount,
          per: it.per,
          notes: it.notes,
          extensions: ext(ipath),
          path: ipath,
        };
      }),
      totals:
        b.total === undefined
          ? []
          : Array.isArray(b.total)
            ? b.total.map((t, j) => ({ ...t, path: [...path, "total", j] }))
            : [{ ...b.total, path: [...path, "total"] }],
      notes: b.notes,
      extensions: ext(path),
      path,
    };
  });

  const roadmap: Roadmap = {
    file,
    title: input.title,
    summary: input.summary,
    owner: input.owner,
    version: input.version,
    updated: input.updated,
    review: input.review,
    start: input.start,
    due: input.due,
    locale: input.locale ?? "en",
    currency: input.currency,
    repository: input.repository,
    calendar: {
      workdays: input.calendar?.workdays ?? ["mon", "tue", "wed", "thu", "fri"],
      holidays: input.calendar?.holidays ?? [],
    },
    sequential: input.sequential ?? true,
    deliverables: checks(input.deliverables, ["deliverables"]),
    success: checks(input.success, ["success"]),
    notes: input.notes,
    items,
    phases: items.filter((it) => it.kind === "phase").map((it) => it.id),
    milestones: items.filter((it) => it.kind === "milestone").map((it) => it.id),
    risks,
    kpis,
    budgets,
    sections: (input.sections ?? []).map((s, i) => ({ title: s.title, body: s.body, path: ["sections", i] })),
    lint: input.lint ? { asOf: input.lint["as-of"], rules: input.lint.rules ?? {} } : undefined,
    extensions: ext([]),
  };
  return roadmap;
}

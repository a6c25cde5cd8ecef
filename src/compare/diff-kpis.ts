import type { PlannedKpi } from "../plan/types.js";
import { diffById } from "./diff-by-id.js";
import type { KpiChange, KpiDiff, KpiSnapshot } from "./types.js";

function snapshot(k: PlannedKpi): KpiSnapshot {
  return {
    title: k.title,
    unit: k.unit ?? null,
    baseline: k.baseline,
    current: k.current,
    due: k.due,
    final: k.final,
    targets: k.targets.map((t) => ({ key: t.key, value: t.value })),
    meets: k.meets,
  };
}

function sameTargets(a: KpiSnapshot, b: KpiSnapshot): boolean {
  if (a.final !== b.final || a.targets.length !== b.targets.length) return false;
  return a.targets.every((t, i) => t.key === b.targets[i].key && t.value === b.targets[i].value);
}

/** KPIs added, removed, renamed, or with another current value, baseline or targets, in the `after` order. */
export function diffKpis(before: readonly PlannedKpi[], after: readonly PlannedKpi[]): KpiDiff[] {
  return diffById(before, after, snapshot, (a, b) => {
    const changes: KpiChange[] = [];
    if (a.current !== b.current) changes.push("current");
    if (a.baseline !== b.baseline) changes.push("baseline");
    if (!sameTargets(a, b)) changes.push("targets");
    return changes;
  });
}

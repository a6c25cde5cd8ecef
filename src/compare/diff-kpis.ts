import type { PlannedKpi } from "../plan/types.js";
import { matchById } from "./match-by-id.js";
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
  const out: KpiDiff[] = [];
  for (const pair of matchById(before, after)) {
    const a = pair.before && snapshot(pair.before);
    const b = pair.after && snapshot(pair.after);
    const changes: KpiChange[] = [];
    if (!a) changes.push("added");
    else if (!b) changes.push("removed");
    else {
      if (a.title !== b.title) changes.push("renamed");
      if (a.current !== b.current) changes.push("current");
      if (a.baseline !== b.baseline) changes.push("baseline");
      if (!sameTargets(a, b)) changes.push("targets");
    }
    if (changes.length > 0) out.push({ id: pair.id, changes, before: a, after: b });
  }
  return out;
}

import type { Plan, PlannedItem } from "../../plan/types.js";

/** Not done and not cancelled. */
export function isOpen(item: PlannedItem): boolean {
  return item.status !== "done" && item.status !== "cancelled";
}

/** Top-level phases running as of the date: in progress or blocked, or open with the date inside their span. */
export function currentPhases(plan: Plan): PlannedItem[] {
  return plan.items.filter(
    (p) =>
      p.depth === 0 &&
      !p.milestone &&
      isOpen(p) &&
      (p.status === "in-progress" || p.status === "blocked" || (p.start !== null && p.end !== null && p.start <= plan.asOf && plan.asOf <= p.end)),
  );
}

/** The next open top-level phase to start after the date, and the next open milestone. */
export function nextItems(plan: Plan, current: PlannedItem[]): PlannedItem[] {
  const taken = new Set(current.map((p) => p.id));
  const earliest = (list: PlannedItem[]) =>
    list.reduce<PlannedItem | undefined>((best, p) => (best === undefined || (p.start as string) < (best.start as string) ? p : best), undefined);
  const candidates = plan.items.filter((p) => p.depth === 0 && isOpen(p) && !taken.has(p.id) && p.start !== null && p.start > plan.asOf);
  const phase = earliest(candidates.filter((p) => !p.milestone));
  const milestone = earliest(
    plan.items.filter((p) => p.depth === 0 && p.milestone && isOpen(p) && p.start !== null && p.start >= plan.asOf),
  );
  return [phase, milestone].filter((p): p is PlannedItem => p !== undefined).sort((a, b) => ((a.start as string) < (b.start as string) ? -1 : 1));
}

import type { Plan, PlannedItem } from "../plan/types.js";
import { isOpen } from "./is-open.js";

/** Top-level phases running as of the date: open and in progress, blocked, or with the date inside their span. */
export function currentPhases(plan: Plan): PlannedItem[] {
  return plan.items.filter(
    (p) =>
      p.depth === 0 &&
      !p.milestone &&
      isOpen(p) &&
      (p.status === "in-progress" || p.status === "blocked" || (p.start !== null && p.end !== null && p.start <= plan.asOf && plan.asOf <= p.end)),
  );
}

/** What comes next: the earliest open top-level phases to start after the date (all that start that day), and the next open milestone. */
export function nextItems(plan: Plan, current: PlannedItem[]): PlannedItem[] {
  const taken = new Set(current.map((p) => p.id));
  const later = plan.items.filter((p) => p.depth === 0 && isOpen(p) && !taken.has(p.id) && p.start !== null);
  const phases = later.filter((p) => !p.milestone && p.start! > plan.asOf);
  const firstStart = phases.reduce<string | null>((min, p) => (min === null || p.start! < min ? p.start : min), null);
  const milestone = later
    .filter((p) => p.milestone && p.start! >= plan.asOf)
    .reduce<PlannedItem | undefined>((best, p) => (best === undefined || p.start! < best.start! ? p : best), undefined);
  return [...phases.filter((p) => p.start === firstStart), ...(milestone ? [milestone] : [])].sort((a, b) =>
    a.start! < b.start! ? -1 : a.start! > b.start! ? 1 : 0,
  );
}

/** Top-level phases (not milestones) still open, in file order. */
export function openPhases(plan: Plan): PlannedItem[] {
  return plan.items.filter((p) => p.depth === 0 && !p.milestone && isOpen(p));
}

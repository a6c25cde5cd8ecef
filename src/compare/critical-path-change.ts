import type { Plan } from "../plan/types.js";

/** Ids on the critical path of `after` and not of `before` (entered), and the other way round (left), each in its plan's order. */
export function criticalPathChange(before: Plan, after: Plan): { entered: string[]; left: string[] } {
  const was = new Set(before.criticalPath);
  const is = new Set(after.criticalPath);
  return {
    entered: after.criticalPath.filter((id) => !was.has(id)),
    left: before.criticalPath.filter((id) => !is.has(id)),
  };
}

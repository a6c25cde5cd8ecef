import type { DayNumbers } from "./day-numbers.js";
import type { ForwardPass } from "./forward-pass.js";
import { isPlaced } from "./item-state.js";
import type { ScheduleInputs } from "./schedule-inputs.js";

/** Where the plan begins and ends. */
export interface PlanExtent {
  /** The latest planned end as an ordinal (-Infinity when nothing is scheduled). */
  finish: number;
  /** The latest planned and best-case end days, the earliest start day; undefined when nothing is scheduled. */
  finishDay?: number;
  bestFinishDay?: number;
  firstDay?: number;
}

export function planExtent(inputs: ScheduleInputs, planned: ForwardPass, plannedDays: DayNumbers, bestDays: DayNumbers): PlanExtent {
  let finish = -Infinity,
    finishDay = -Infinity,
    bestFinishDay = -Infinity,
    firstDay = Infinity;
  const { state } = inputs.placement;
  for (let x = 0; x < inputs.tree.count; x++) {
    if (!isPlaced(state[x])) continue;
    if (planned.end[x] > finish) finish = planned.end[x];
    if (plannedDays.endDay[x] > finishDay) finishDay = plannedDays.endDay[x];
    if (bestDays.endDay[x] > bestFinishDay) bestFinishDay = bestDays.endDay[x];
    if (plannedDays.startDay[x] < firstDay) firstDay = plannedDays.startDay[x];
  }
  if (finishDay === -Infinity) return { finish };
  return { finish, finishDay, bestFinishDay, firstDay };
}

import { isPlaced, pinsEnd, pinsStart } from "./item-state.js";
import type { ForwardPass } from "./forward-pass.js";
import { EdgeKind } from "./node-graph.js";
import type { ScheduleInputs } from "./schedule-inputs.js";

/** Start and end as day numbers (days since 1970-01-01); NaN when not placed. */
export interface DayNumbers {
  startDay: Float64Array;
  endDay: Float64Array;
}

/**
 * Turns a pass's working-day ordinals into calendar days. A milestone is the
 * day that placed it (rule 5); a parent spans the days of all its children
 * (rule 3), milestones included, except where a pin holds a bound. In
 * schedule order: children before their parent, dependencies before a
 * milestone.
 */
export function toDayNumbers(inputs: ScheduleInputs, pass: ForwardPass): DayNumbers {
  const { calendar, graph, order } = inputs;
  const { state, scheduledChildren } = inputs.placement;
  const { isMilestone, pinKind } = inputs.pins;
  const startDay = new Float64Array(inputs.tree.count).fill(NaN);
  const endDay = new Float64Array(inputs.tree.count).fill(NaN);
  for (let k = 0; k < order.length; k++) {
    if ((order[k] & 1) === 0) continue;
    const x = order[k] >> 1;
    if (!isPlaced(state[x])) continue;
    const s = pass.start[x],
      f = pass.end[x];
    if (isMilestone[x]) {
      let day = pass.milestoneDay[x];
      if (Number.isNaN(day)) {
        // Placed by a dependency: the day the last one ends (a pinned one may end on a day off).
        day = calendar.dayOf(f);
        const node = 2 * x;
        for (let e = graph.inStart[node]; e < graph.inStart[node + 1]; e++) {
          const edge = graph.inEdges[e];
          if (graph.enabled[edge] && graph.kind[edge] !== EdgeKind.Structure) day = Math.max(day, endDay[graph.from[edge] >> 1]);
        }
      }
      startDay[x] = endDay[x] = day;
      continue;
    }
    let first = Infinity,
      last = -Infinity;
    for (let c = scheduledChildren.start[x]; c < scheduledChildren.start[x + 1]; c++) {
      const child = scheduledChildren.list[c];
      first = Math.min(first, startDay[child]);
      last = Math.max(last, endDay[child]);
    }
    if (f >= s) {
      first = pinsStart(pinKind[x]) ? calendar.dayOf(s) : Math.min(first, calendar.dayOf(s));
      last = pinsEnd(pinKind[x]) ? calendar.dayOf(f) : Math.max(last, calendar.dayOf(f));
    }
    startDay[x] = first;
    endDay[x] = last;
  }
  return { startDay, endDay };
}

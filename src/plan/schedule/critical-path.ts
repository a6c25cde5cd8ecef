import { ItemState, PinKind, pinsStart } from "./item-state.js";
import type { ForwardPass } from "./forward-pass.js";
import type { ScheduleInputs } from "./schedule-inputs.js";

/** The critical item without children that ends item x's critical work: descend through children ending with it. */
function leafEnding(inputs: ScheduleInputs, pass: ForwardPass, slack: Float64Array, x: number): number {
  const { state, windowOf, scheduledChildren } = inputs.placement;
  for (;;) {
    if (state[x] === ItemState.Window) {
      x = windowOf[x];
      continue;
    }
    if (inputs.pins.isMilestone[x]) return x;
    let next = -1;
    for (let c = scheduledChildren.start[x + 1] - 1; c >= scheduledChildren.start[x]; c--) {
      const child = scheduledChildren.list[c];
      if (pass.end[child] === pass.end[x] && slack[child] === 0) {
        next = child;
        break;
      }
    }
    if (next < 0) return x;
    x = next;
  }
}

/**
 * The item whose end set x's start: its driving dependency, or, when x
 * started with its parent, the dependency that set an ancestor's start;
 * -1 when a pin, the roadmap's start or the item's own length set it.
 */
function whatSetTheStart(inputs: ScheduleInputs, pass: ForwardPass, x: number): number {
  const { pinKind } = inputs.pins;
  const { parent } = inputs.tree;
  if (pinKind[x] !== PinKind.None || pass.start[x] !== pass.floor[x]) return -1;
  if (pass.driver[x] >= 0) return pass.driver[x];
  let up = parent[x];
  while (up >= 0 && pass.driver[up] < 0 && !pinsStart(pinKind[up])) up = parent[up];
  return up < 0 || pinsStart(pinKind[up]) ? -1 : pass.driver[up];
}

/**
 * The critical path (rule 7): the chain of zero-slack items without children,
 * in schedule order, that ends on the finish, followed back through what set
 * each start.
 */
export function criticalPath(inputs: ScheduleInputs, pass: ForwardPass, slack: Float64Array, finish: number, endDay: Float64Array): number[] {
  const { order } = inputs;
  const { state } = inputs.placement;
  // The last item in schedule order with zero slack that ends on the finish (on the latest day).
  let current = -1;
  for (let k = order.length - 1; k >= 0; k--) {
    const node = order[k];
    const x = node >> 1;
    if ((node & 1) === 1 && state[x] === ItemState.Scheduled && pass.end[x] === finish && slack[x] === 0) {
      if (current < 0 || endDay[x] > endDay[current]) current = x;
    }
  }
  // A parent's end comes from a child, unless its own pin or duration sets it.
  if (current >= 0) current = leafEnding(inputs, pass, slack, current);
  const path: number[] = [];
  const seen = new Set<number>();
  while (current >= 0 && !seen.has(current) && slack[current] === 0) {
    seen.add(current);
    path.push(current);
    const next = whatSetTheStart(inputs, pass, current);
    if (next < 0) break;
    current = leafEnding(inputs, pass, slack, next);
  }
  return path.reverse();
}

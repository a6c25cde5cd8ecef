import { ItemState, PinKind, isPlaced, pinsStart } from "./item-state.js";
import { EdgeKind } from "./node-graph.js";
import type { ScheduleInputs } from "./schedule-inputs.js";

/** Dates of one forward pass, in working-day ordinals, and what set them. */
export interface ForwardPass {
  /** Earliest start the parent (or anchor) and the dependencies allow. */
  floor: Float64Array;
  /** The parent's (or the anchor's) contribution to the floor. */
  base: Float64Array;
  /** The dependency that sets the floor, or -1 when the parent (or anchor) does. */
  driver: Int32Array;
  /** Latest end among explicit `after` dependencies (-Infinity without), and that item. */
  afterEnd: Float64Array;
  afterEndItem: Int32Array;
  /**
   * Earliest start from explicit `after` dependencies, own and inherited from
   * ancestors that are not pinned (not the sequential order): a pin before it
   * is a conflict.
   */
  dependencyStart: Float64Array;
  /** The item whose `after` sets `dependencyStart`, or -1. */
  dependencyStartItem: Int32Array;
  start: Float64Array;
  end: Float64Array;
  /** A milestone's day: pinned, or its parent's start (rule 5); NaN when a dependency places it. */
  milestoneDay: Float64Array;
}

function emptyPass(count: number): ForwardPass {
  return {
    floor: new Float64Array(count).fill(NaN),
    base: new Float64Array(count).fill(NaN),
    driver: new Int32Array(count).fill(-1),
    afterEnd: new Float64Array(count).fill(-Infinity),
    afterEndItem: new Int32Array(count).fill(-1),
    dependencyStart: new Float64Array(count).fill(-Infinity),
    dependencyStartItem: new Int32Array(count).fill(-1),
    start: new Float64Array(count).fill(NaN),
    end: new Float64Array(count).fill(NaN),
    milestoneDay: new Float64Array(count).fill(NaN),
  };
}

/**
 * The forward pass over the schedule order with the given lengths (rules 1-5).
 * Its two steps are closures over the arrays they read, taken once per pass:
 * this loop runs for every item of every pass (and the planner runs two).
 */
export function forwardPass(inputs: ScheduleInputs, lengths: Int32Array): ForwardPass {
  const { order, graph, calendar } = inputs;
  const { parent } = inputs.tree;
  const { pinKind, pinStart, pinEnd, pinnedDay, hasLength, isMilestone, anchor } = inputs.pins;
  const { state, windowOf, scheduledChildren } = inputs.placement;
  const { inStart, inEdges, enabled, kind: edgeKind, from } = graph;
  const pass = emptyPass(inputs.tree.count);
  const { floor, base, driver, afterEnd, afterEndItem, dependencyStart, dependencyStartItem, start, end, milestoneDay } = pass;

  /** The earliest start of item x: after its parent's start and every dependency's end (rule 2). */
  const computeFloor = (x: number): void => {
    const up = parent[x];
    const parentPinsStart = up >= 0 && pinsStart(pinKind[up]);
    const own = up < 0 ? anchor : parentPinsStart ? pinStart[up] : floor[up];
    let latestEnd = -Infinity,
      latestItem = -1,
      latestAfterEnd = -Infinity,
      latestAfterItem = -1;
    const node = 2 * x;
    for (let e = inStart[node]; e < inStart[node + 1]; e++) {
      const edge = inEdges[e];
      if (!enabled[edge] || edgeKind[edge] === EdgeKind.Structure) continue;
      const y = from[edge] >> 1;
      const yEnd = end[y];
      if (yEnd > latestEnd) {
        latestEnd = yEnd;
        latestItem = y;
      }
      if (edgeKind[edge] === EdgeKind.After && yEnd > latestAfterEnd) {
        latestAfterEnd = yEnd;
        latestAfterItem = y;
      }
    }
    let earliest = latestAfterEnd + 1,
      earliestItem = x;
    if (up >= 0 && !parentPinsStart && dependencyStart[up] > earliest) {
      earliest = dependencyStart[up];
      earliestItem = dependencyStartItem[up];
    }
    dependencyStart[x] = earliest;
    dependencyStartItem[x] = earliest === -Infinity ? -1 : earliestItem;
    base[x] = own;
    afterEnd[x] = latestAfterEnd;
    afterEndItem[x] = latestAfterItem;
    if (latestEnd + 1 >= own) {
      floor[x] = latestEnd + 1;
      driver[x] = latestItem;
    } else {
      floor[x] = own;
      driver[x] = -1;
    }
  };

  /** Start and end of item x from its floor, pin, length and children (rules 1, 3, 4, 5). */
  const computeDates = (x: number): void => {
    const itemFloor = floor[x];
    const pin = pinKind[x];
    const length = lengths[x];
    let s: number, f: number;
    if (isMilestone[x]) {
      // Zero length: end = start - 1 in ordinals, so dependents start on `start`.
      // Pinned: after the pinned day; else at the floor (rule 5).
      s = pin !== PinKind.None ? pinEnd[x] + 1 : itemFloor;
      f = s - 1;
      // Its day: pinned, else its parent's start when nothing holds it later
      // (on a tie, the parent's start: the same moment); a dependency's end day otherwise (see day-numbers).
      milestoneDay[x] = pin !== PinKind.None ? pinnedDay[x] : itemFloor > base[x] ? NaN : calendar.dayOf(s);
    } else if (state[x] === ItemState.Window) {
      // The window's start, or later when its own or inherited dependencies say so (rule 4).
      const window = windowOf[x];
      s = Math.max(dependencyStart[x], start[window]);
      f = Math.max(end[window], s);
    } else {
      let firstChildStart = Infinity,
        lastChildEnd = -Infinity;
      const first = scheduledChildren.start[x],
        last = scheduledChildren.start[x + 1];
      for (let c = first; c < last; c++) {
        const child = scheduledChildren.list[c];
        if (start[child] < firstChildStart) firstChildStart = start[child];
        if (end[child] > lastChildEnd) lastChildEnd = end[child];
      }
      const hasChildren = last > first;
      if (pin === PinKind.Both) {
        s = pinStart[x];
        f = pinEnd[x];
      } else if (pin === PinKind.Start) {
        s = pinStart[x];
        f = Math.max(hasLength[x] ? s + length - 1 : s, lastChildEnd);
      } else if (pin === PinKind.End) {
        f = pinEnd[x];
        s = Math.min(f, hasLength[x] ? f - length + 1 : hasChildren ? firstChildStart : itemFloor);
      } else if (hasChildren && hasLength[x]) {
        // Its own duration runs from when it can start, extended to cover its children.
        s = Math.min(firstChildStart, itemFloor);
        f = Math.max(lastChildEnd, itemFloor + length - 1);
      } else if (hasChildren) {
        s = firstChildStart;
        f = lastChildEnd;
      } else {
        s = itemFloor;
        f = itemFloor + length - 1;
      }
    }
    start[x] = s;
    end[x] = f;
  };

  for (let k = 0; k < order.length; k++) {
    const node = order[k];
    const x = node >> 1;
    if (!isPlaced(state[x])) continue;
    if ((node & 1) === 0) computeFloor(x);
    else computeDates(x);
  }
  return pass;
}

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

/** The earliest start of item x: after its parent's start and every dependency's end (rule 2). */
function computeFloor(inputs: ScheduleInputs, pass: ForwardPass, x: number): void {
  const { graph } = inputs;
  const { pinKind, pinStart, anchor } = inputs.pins;
  const up = inputs.tree.parent[x];
  const base = up < 0 ? anchor : pinsStart(pinKind[up]) ? pinStart[up] : pass.floor[up];
  let latestEnd = -Infinity,
    latestItem = -1,
    afterEnd = -Infinity,
    afterItem = -1;
  const node = 2 * x;
  for (let e = graph.inStart[node]; e < graph.inStart[node + 1]; e++) {
    const edge = graph.inEdges[e];
    if (!graph.enabled[edge] || graph.kind[edge] === EdgeKind.Structure) continue;
    const y = graph.from[edge] >> 1;
    const end = pass.end[y];
    if (end > latestEnd) {
      latestEnd = end;
      latestItem = y;
    }
    if (graph.kind[edge] === EdgeKind.After && end > afterEnd) {
      afterEnd = end;
      afterItem = y;
    }
  }
  let dependencyStart = afterEnd + 1,
    dependencyStartItem = x;
  if (up >= 0 && !pinsStart(pinKind[up]) && pass.dependencyStart[up] > dependencyStart) {
    dependencyStart = pass.dependencyStart[up];
    dependencyStartItem = pass.dependencyStartItem[up];
  }
  pass.dependencyStart[x] = dependencyStart;
  pass.dependencyStartItem[x] = dependencyStart === -Infinity ? -1 : dependencyStartItem;
  pass.base[x] = base;
  pass.afterEnd[x] = afterEnd;
  pass.afterEndItem[x] = afterItem;
  if (latestEnd + 1 >= base) {
    pass.floor[x] = latestEnd + 1;
    pass.driver[x] = latestItem;
  } else {
    pass.floor[x] = base;
    pass.driver[x] = -1;
  }
}

/** Start and end of item x from its floor, pin, length and children (rules 1, 3, 4, 5). */
function computeDates(inputs: ScheduleInputs, pass: ForwardPass, lengths: Int32Array, x: number): void {
  const { pinKind, pinStart, pinEnd, pinnedDay, hasLength, isMilestone } = inputs.pins;
  const { state, windowOf, scheduledChildren } = inputs.placement;
  const { start, end } = pass;
  const floor = pass.floor[x];
  const kind = pinKind[x];
  const length = lengths[x];
  let s: number, f: number;
  if (isMilestone[x]) {
    // Zero length: end = start - 1 in ordinals, so dependents start on `start`.
    // Pinned: after the pinned day; else at the floor (rule 5).
    s = kind !== PinKind.None ? pinEnd[x] + 1 : floor;
    f = s - 1;
    // Its day: pinned, else its parent's start when nothing holds it later
    // (on a tie, the parent's start: the same moment); a dependency's end day otherwise (see day-numbers).
    pass.milestoneDay[x] = kind !== PinKind.None ? pinnedDay[x] : floor > pass.base[x] ? NaN : inputs.calendar.dayOf(s);
  } else if (state[x] === ItemState.Window) {
    // The window's start, or later when its own or inherited dependencies say so (rule 4).
    const window = windowOf[x];
    s = Math.max(pass.dependencyStart[x], start[window]);
    f = Math.max(end[window], s);
  } else {
    let firstChildStart = Infinity,
      lastChildEnd = -Infinity;
    const from = scheduledChildren.start[x],
      to = scheduledChildren.start[x + 1];
    for (let c = from; c < to; c++) {
      const child = scheduledChildren.list[c];
      if (start[child] < firstChildStart) firstChildStart = start[child];
      if (end[child] > lastChildEnd) lastChildEnd = end[child];
    }
    const hasChildren = to > from;
    if (kind === PinKind.Both) {
      s = pinStart[x];
      f = pinEnd[x];
    } else if (kind === PinKind.Start) {
      s = pinStart[x];
      f = Math.max(hasLength[x] ? s + length - 1 : s, lastChildEnd);
    } else if (kind === PinKind.End) {
      f = pinEnd[x];
      s = Math.min(f, hasLength[x] ? f - length + 1 : hasChildren ? firstChildStart : floor);
    } else if (hasChildren && hasLength[x]) {
      // Its own duration runs from when it can start, extended to cover its children.
      s = Math.min(firstChildStart, floor);
      f = Math.max(lastChildEnd, floor + length - 1);
    } else if (hasChildren) {
      s = firstChildStart;
      f = lastChildEnd;
    } else {
      s = floor;
      f = floor + length - 1;
    }
  }
  start[x] = s;
  end[x] = f;
}

/** The forward pass over the schedule order with the given lengths (rules 1-5). */
export function forwardPass(inputs: ScheduleInputs, lengths: Int32Array): ForwardPass {
  const { order } = inputs;
  const { state } = inputs.placement;
  const pass = emptyPass(inputs.tree.count);
  for (let k = 0; k < order.length; k++) {
    const node = order[k];
    const x = node >> 1;
    if (!isPlaced(state[x])) continue;
    if ((node & 1) === 0) computeFloor(inputs, pass, x);
    else computeDates(inputs, pass, lengths, x);
  }
  return pass;
}

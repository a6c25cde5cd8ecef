import { ItemState, PinKind, isPlaced, pinsStart } from "../schedule/item-state.js";
import { EdgeKind } from "../schedule/node-graph.js";
import type { ScheduleInputs } from "../schedule/schedule-inputs.js";

/** How an item's dates follow from its floor, pin, length and children (the cases of the forward pass). */
const DateRule = {
  PinnedMilestone: 0,
  Milestone: 1,
  Window: 2,
  PinnedBoth: 3,
  PinnedStart: 4,
  PinnedEnd: 5,
  ChildrenAndLength: 6,
  Children: 7,
  Length: 8,
} as const;

/** Where an item's floor starts: the plan's anchor, a pinned parent's start, or the parent's floor. */
const Base = { Anchor: 0, PinnedParent: 1, ParentFloor: 2 } as const;

function dateRuleOf(inputs: ScheduleInputs, x: number): number {
  const { isMilestone, pinKind, hasLength } = inputs.pins;
  const { state, scheduledChildren } = inputs.placement;
  if (isMilestone[x]) return pinKind[x] !== PinKind.None ? DateRule.PinnedMilestone : DateRule.Milestone;
  if (state[x] === ItemState.Window) return DateRule.Window;
  const hasChildren = scheduledChildren.start[x + 1] > scheduledChildren.start[x];
  switch (pinKind[x]) {
    case PinKind.Both:
      return DateRule.PinnedBoth;
    case PinKind.Start:
      return DateRule.PinnedStart;
    case PinKind.End:
      return DateRule.PinnedEnd;
    default:
      return hasChildren && hasLength[x] ? DateRule.ChildrenAndLength : hasChildren ? DateRule.Children : DateRule.Length;
  }
}

/**
 * The forward pass of the scheduler (src/plan/schedule/forward-pass.ts)
 * compiled for many runs that change only lengths: the schedule order, the
 * dependencies and the rule of each item are worked out once into flat typed
 * arrays, and each run is one loop over them returning the finish as a day
 * number. A test checks it against the scheduler's own pass.
 */
export function compileForwardPass(inputs: ScheduleInputs): (lengths: Int32Array) => number {
  const { graph, calendar, order } = inputs;
  const { parent } = inputs.tree;
  const { pinKind, pinStart, pinEnd, pinnedDay, hasLength, anchor } = inputs.pins;
  const { state, windowOf, scheduledChildren } = inputs.placement;
  const count = inputs.tree.count;

  const steps: number[] = [];
  const afterStart = [0],
    afterFrom: number[] = [],
    otherStart = [0],
    otherFrom: number[] = [];
  const base = new Uint8Array(count),
    rule = new Uint8Array(count);
  let pinnedMilestoneDay = -Infinity;
  for (const node of order) {
    const x = node >> 1;
    if (!isPlaced(state[x])) continue;
    steps.push(node);
    if ((node & 1) === 1) {
      rule[x] = dateRuleOf(inputs, x);
      if (rule[x] === DateRule.PinnedMilestone) pinnedMilestoneDay = Math.max(pinnedMilestoneDay, pinnedDay[x]);
      continue;
    }
    const up = parent[x];
    base[x] = up < 0 ? Base.Anchor : pinsStart(pinKind[up]) ? Base.PinnedParent : Base.ParentFloor;
    for (let e = graph.inStart[node]; e < graph.inStart[node + 1]; e++) {
      const edge = graph.inEdges[e];
      // Items left without dates after the graph was built (rule 9) carry nothing into a run.
      if (!graph.enabled[edge] || graph.kind[edge] === EdgeKind.Structure || !isPlaced(state[graph.from[edge] >> 1])) continue;
      (graph.kind[edge] === EdgeKind.After ? afterFrom : otherFrom).push(graph.from[edge] >> 1);
    }
    afterStart.push(afterFrom.length);
    otherStart.push(otherFrom.length);
  }
  const stepNodes = Int32Array.from(steps);
  const afterFromOf = Int32Array.from(afterFrom),
    afterStartOf = Int32Array.from(afterStart);
  const otherFromOf = Int32Array.from(otherFrom),
    otherStartOf = Int32Array.from(otherStart);
  const kids = scheduledChildren.list,
    kidStart = scheduledChildren.start;

  const floor = new Float64Array(count),
    baseValue = new Float64Array(count),
    dependencyStart = new Float64Array(count);
  const start = new Float64Array(count),
    end = new Float64Array(count);

  return (lengths: Int32Array): number => {
    let floorStep = 0;
    let lastEnd = -Infinity,
      lastMilestoneStart = -Infinity;
    for (let k = 0; k < stepNodes.length; k++) {
      const node = stepNodes[k];
      const x = node >> 1;
      if ((node & 1) === 0) {
        const up = parent[x];
        const b = base[x] === Base.Anchor ? anchor : base[x] === Base.PinnedParent ? pinStart[up] : floor[up];
        let afterEnd = -Infinity,
          latestEnd = -Infinity;
        for (let e = afterStartOf[floorStep]; e < afterStartOf[floorStep + 1]; e++) if (end[afterFromOf[e]] > afterEnd) afterEnd = end[afterFromOf[e]];
        for (let e = otherStartOf[floorStep]; e < otherStartOf[floorStep + 1]; e++) if (end[otherFromOf[e]] > latestEnd) latestEnd = end[otherFromOf[e]];
        floorStep++;
        if (afterEnd > latestEnd) latestEnd = afterEnd;
        let inherited = afterEnd + 1;
        if (base[x] === Base.ParentFloor && dependencyStart[up] > inherited) inherited = dependencyStart[up];
        dependencyStart[x] = inherited;
        baseValue[x] = b;
        floor[x] = Math.max(latestEnd + 1, b);
        continue;
      }
      const f0 = floor[x];
      let s: number, f: number;
      switch (rule[x]) {
        case DateRule.PinnedMilestone:
          s = pinEnd[x] + 1;
          f = s - 1;
          break;
        case DateRule.Milestone:
          s = f0;
          f = s - 1;
          // Placed by its parent's start: that day; by a dependency: the day it ends (rule 5).
          if (f0 > baseValue[x]) {
            if (f > lastEnd) lastEnd = f;
          } else if (s > lastMilestoneStart) lastMilestoneStart = s;
          break;
        case DateRule.Window: {
          const w = windowOf[x];
          s = Math.max(dependencyStart[x], start[w]);
          f = Math.max(end[w], s);
          break;
        }
        default: {
          let first = Infinity,
            last = -Infinity;
          for (let c = kidStart[x]; c < kidStart[x + 1]; c++) {
            const kid = kids[c];
            if (start[kid] < first) first = start[kid];
            if (end[kid] > last) last = end[kid];
          }
          const length = lengths[x];
          switch (rule[x]) {
            case DateRule.PinnedBoth:
              s = pinStart[x];
              f = pinEnd[x];
              break;
            case DateRule.PinnedStart:
              s = pinStart[x];
              f = Math.max(hasLength[x] ? s + length - 1 : s, last);
              break;
            case DateRule.PinnedEnd:
              f = pinEnd[x];
              s = Math.min(f, hasLength[x] ? f - length + 1 : last > -Infinity ? first : f0);
              break;
            case DateRule.ChildrenAndLength:
              s = Math.min(first, f0);
              f = Math.max(last, f0 + length - 1);
              break;
            case DateRule.Children:
              s = first;
              f = last;
              break;
            default:
              s = f0;
              f = f0 + length - 1;
          }
          if (f >= s && f > lastEnd) lastEnd = f;
        }
      }
      if (rule[x] === DateRule.Window && f > lastEnd) lastEnd = f;
      start[x] = s;
      end[x] = f;
    }
    let finish = pinnedMilestoneDay;
    if (lastEnd > -Infinity) finish = Math.max(finish, calendar.dayOf(lastEnd));
    if (lastMilestoneStart > -Infinity) finish = Math.max(finish, calendar.dayOf(lastMilestoneStart));
    return finish;
  };
}

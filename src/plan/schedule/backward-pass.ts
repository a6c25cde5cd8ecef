import { ItemState, PinKind, isPlaced } from "./item-state.js";
import type { ForwardPass } from "./forward-pass.js";
import { EdgeKind } from "./node-graph.js";
import type { ScheduleInputs } from "./schedule-inputs.js";

/**
 * Slack in working days (rule 7): a backward pass from the finish that
 * ignores pins gives each item its latest end. An item without children
 * slips as far as its latest end allows (a window item counts from the
 * window's end, limited by its own dependents and the finish); a parent takes
 * the least slack of itself and everything inside it.
 */
export function slackOf(inputs: ScheduleInputs, pass: ForwardPass, finish: number): Float64Array {
  const { count, parent } = inputs.tree;
  const { state, windowOf, scheduledChildren } = inputs.placement;
  const { isMilestone, hasLength, length, pinKind } = inputs.pins;
  const { graph, order } = inputs;
  const { start, end } = pass;
  const latestEnd = new Float64Array(count).fill(finish);
  const latestStartOwn = new Float64Array(count).fill(Infinity);
  const latestStartInside = new Float64Array(count).fill(Infinity);

  for (let k = order.length - 1; k >= 0; k--) {
    const node = order[k];
    const x = node >> 1;
    const own = state[x];
    if (!isPlaced(own)) continue;
    if ((node & 1) === 1) {
      // Finish node: children and the window may end no later than this item may.
      const limit = latestEnd[x];
      const from = scheduledChildren.start[x],
        to = scheduledChildren.start[x + 1];
      for (let c = from; c < to; c++) if (latestEnd[scheduledChildren.list[c]] > limit) latestEnd[scheduledChildren.list[c]] = limit;
      if (own === ItemState.Window && latestEnd[windowOf[x]] > limit) latestEnd[windowOf[x]] = limit;
      let span: number;
      if (isMilestone[x]) span = 0;
      else if (own === ItemState.Window || pinKind[x] !== PinKind.None || to === from) span = end[x] - start[x] + 1;
      else span = hasLength[x] ? length[x] : Infinity;
      latestStartOwn[x] = span === Infinity ? Infinity : limit - span + 1;
      continue;
    }
    // Floor node: dependencies must end before the latest start of this item and of everything inside it.
    const latestStart = Math.min(latestStartOwn[x], latestStartInside[x]);
    const up = parent[x];
    if (up >= 0 && latestStart < latestStartInside[up]) latestStartInside[up] = latestStart;
    for (let e = graph.inStart[node]; e < graph.inStart[node + 1]; e++) {
      const edge = graph.inEdges[e];
      if (!graph.enabled[edge] || graph.kind[edge] === EdgeKind.Structure) continue;
      const y = graph.from[edge] >> 1;
      if (latestEnd[y] > latestStart - 1) latestEnd[y] = latestStart - 1;
    }
  }

  const slack = new Float64Array(count).fill(NaN);
  for (let x = 0; x < count; x++) if (isPlaced(state[x])) slack[x] = Math.max(0, latestEnd[x] - end[x]);
  // Children come after their parent in file order: one backward sweep folds them up.
  for (let x = count - 1; x >= 0; x--) {
    const up = parent[x];
    if (up >= 0 && slack[x] < slack[up]) slack[up] = slack[x];
  }
  return slack;
}

import type { Diagnostic } from "../../diagnostics.js";
import type { Roadmap } from "../../model.js";
import { isoToDay } from "../day-number.js";
import { WorkCalendar } from "../work-calendar.js";
import { criticalPath } from "./critical-path.js";
import { cycleDiagnostic } from "./cycle-diagnostic.js";
import { toDayNumbers } from "./day-numbers.js";
import { buildDependencyGraph } from "./dependency-graph.js";
import { forwardPass } from "./forward-pass.js";
import { buildItemTree } from "./item-tree.js";
import { leaveOutOfRange } from "./calendar-bounds.js";
import { findPinConflicts } from "./pin-conflicts.js";
import { readPinsAndLengths } from "./pins-and-lengths.js";
import { placeItems } from "./placement.js";
import { planExtent } from "./plan-extent.js";
import type { Schedule } from "./schedule.js";
import { slackOf } from "./backward-pass.js";
import { topologicalOrder } from "./topological-order.js";
import { undatedCycles } from "./undated-cycles.js";

export type { Schedule } from "./schedule.js";
export { ItemState, PinKind } from "./item-state.js";

/** Schedules a roadmap by the numbered rules of docs/scheduling.md. */
export function scheduleRoadmap(roadmap: Roadmap): Schedule {
  const diagnostics: Diagnostic[] = [];
  const calendar = new WorkCalendar(roadmap.calendar);
  const tree = buildItemTree(roadmap);
  // Rules 1, 3, 5: what each item says of its own time.
  const pins = readPinsAndLengths(roadmap, tree, calendar, diagnostics);
  // Rule 4: scheduled, in a window, unscheduled or cancelled.
  const placement = placeItems(tree, pins, diagnostics);
  // Rule 6: one graph over all items; cycles are reported and broken.
  const graph = buildDependencyGraph(roadmap, tree, placement, diagnostics);
  const { order, cycles } = topologicalOrder(graph);
  for (const cycle of cycles) diagnostics.push(cycleDiagnostic(tree, placement, graph, cycle));
  undatedCycles(tree, placement, diagnostics);
  const inputs = { tree, calendar, pins, placement, graph, order };

  // Rules 1-5: as soon as possible, with the upper and then the lower bounds of ranges.
  const planned = forwardPass(inputs, pins.length);
  const best = forwardPass(inputs, pins.lengthMin);
  findPinConflicts(inputs, planned, diagnostics);
  let plannedDays = toDayNumbers(inputs, planned);
  // Rule 9: dates stay within 0001-01-01 to 9999-12-31; what would leave them is left without dates.
  if (leaveOutOfRange(inputs, plannedDays, diagnostics)) plannedDays = toDayNumbers(inputs, planned);
  const bestDays = toDayNumbers(inputs, best);
  const extent = planExtent(inputs, planned, plannedDays, bestDays);

  // Rule 7: slack from a backward pass that ignores pins, then the critical path.
  const scheduled = extent.finishDay !== undefined;
  const slack = scheduled ? slackOf(inputs, planned, extent.finish) : new Float64Array(tree.count).fill(NaN);

  return {
    calendar,
    count: tree.count,
    items: tree.items,
    index: tree.index,
    parent: tree.parent,
    children: tree.children,
    status: tree.status,
    state: placement.state,
    pinKind: pins.pinKind,
    start: planned.start,
    end: planned.end,
    startDay: plannedDays.startDay,
    endDay: plannedDays.endDay,
    bestStartDay: bestDays.startDay,
    bestEndDay: bestDays.endDay,
    slack,
    critical: Uint8Array.from(slack, (days) => (days === 0 ? 1 : 0)),
    criticalPath: scheduled ? criticalPath(inputs, planned, slack, extent.finish, plannedDays.endDay) : [],
    finishDay: extent.finishDay,
    bestFinishDay: extent.bestFinishDay,
    startOfPlan: roadmap.start !== undefined ? isoToDay(roadmap.start) : extent.firstDay,
    diagnostics,
    inputs,
  };
}

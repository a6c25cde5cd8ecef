import type { WorkCalendar } from "../work-calendar.js";
import type { ItemTree } from "./item-tree.js";
import type { NodeGraph } from "./node-graph.js";
import type { PinsAndLengths } from "./pins-and-lengths.js";
import type { Placement } from "./placement.js";

/** What the passes read: the items, the calendar, their pins and lengths, their placement, the graph in schedule order. */
export interface ScheduleInputs {
  tree: ItemTree;
  calendar: WorkCalendar;
  pins: PinsAndLengths;
  placement: Placement;
  graph: NodeGraph;
  /** Every node after the nodes it is computed from. */
  order: Int32Array;
}

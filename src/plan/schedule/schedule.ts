import type { Diagnostic } from "../../diagnostics.js";
import type { Item, Status } from "../../model.js";
import type { IndexLists } from "../index-lists.js";
import type { WorkCalendar } from "../work-calendar.js";
import type { ScheduleInputs } from "./schedule-inputs.js";

/** The computed schedule, as arrays indexed like `roadmap.items`. Ordinals are working-day numbers. */
export interface Schedule {
  calendar: WorkCalendar;
  count: number;
  items: Item[];
  index: Map<string, number>;
  parent: Int32Array;
  children: IndexLists;
  status: Status[];
  /** An ItemState per item. */
  state: Uint8Array;
  /** A PinKind per item. */
  pinKind: Uint8Array;
  /** Planned start/end as ordinals and as day numbers (NaN when not scheduled). */
  start: Float64Array;
  end: Float64Array;
  startDay: Float64Array;
  endDay: Float64Array;
  bestStartDay: Float64Array;
  bestEndDay: Float64Array;
  /** Working days, NaN when not scheduled. */
  slack: Float64Array;
  critical: Uint8Array;
  criticalPath: number[];
  /** Latest planned end day; undefined when nothing is scheduled. */
  finishDay?: number;
  bestFinishDay?: number;
  /** The roadmap start, else the earliest planned start. */
  startOfPlan?: number;
  diagnostics: Diagnostic[];
  /** What the passes read, for another pass with other lengths (the forecast). */
  inputs: ScheduleInputs;
}

import type { Diagnostic } from "../diagnostics.js";
import type { Item, Path, Roadmap, Status } from "../model.js";
import { dayToIso, isoToDay } from "./day-number.js";
import { deriveStatuses } from "./derive-statuses.js";
import { groupIndexes, type IndexLists } from "./index-lists.js";
import { lengthToDays } from "./length-to-days.js";
import { AFTER, NodeGraphBuilder, SEQUENTIAL, STRUCT, type NodeGraph } from "./node-graph.js";
import { resolveSpanDays } from "./resolve-span.js";
import { topologicalOrder, type BrokenCycle } from "./topological-order.js";
import { WorkCalendar } from "./work-calendar.js";

/** Item states. */
export const CANCELLED = 0;
export const UNSCHEDULED = 1;
export const SCHEDULED = 2;
/** No own time: takes the window of its nearest scheduled ancestor (rule 4). */
export const WINDOW = 3;

/** Pin kinds: `when` with both bounds, only `{ start }`, only `{ end }`. */
export const PIN_NONE = 0;
export const PIN_BOTH = 1;
export const PIN_START = 2;
export const PIN_END = 3;

/** The computed schedule, as arrays indexed like `roadmap.items`. Ordinals are working-day numbers. */
export interface Schedule {
  calendar: WorkCalendar;
  n: number;
  items: Item[];
  index: Map<string, number>;
  parent: Int32Array;
  children: IndexLists;
  status: Status[];
  state: Uint8Array;
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
}

interface Prepared {
  n: number;
  items: Item[];
  index: Map<string, number>;
  cal: WorkCalendar;
  parent: Int32Array;
  children: IndexLists;
  /** Children that are scheduled (not window, unscheduled or cancelled). */
  sched: IndexLists;
  /** Dependencies: `after` resolved to indexes (unknown ids and self-references left out). */
  deps: IndexLists;
  /** For each entry of `deps.list`, its index in the item's `after`. */
  depAfter: Int32Array;
  status: Status[];
  state: Uint8Array;
  milestone: Uint8Array;
  pinKind: Uint8Array;
  pinS: Float64Array;
  pinF: Float64Array;
  /** Day of a pinned milestone (kept whatever the day). */
  pinDay: Float64Array;
  hasLen: Uint8Array;
  len: Int32Array;
  lenMin: Int32Array;
  windowOf: Int32Array;
  anchor: number;
}

interface Pass {
  floor: Float64Array;
  /** The parent's contribution to the floor (or the anchor). */
  base: Float64Array;
  /** Latest finish among enabled dependencies (after + sequential), -Infinity without. */
  depMax: Float64Array;
  /** The dependency that sets the floor, or -1 when the parent (or anchor) does. */
  driver: Int32Array;
  /** Latest finish among explicit `after` dependencies, and that item. */
  afterMax: Float64Array;
  afterMaxItem: Int32Array;
  /**
   * Earliest start from explicit `after` dependencies, own and inherited from
   * ancestors (not the sequential order): a pin before it is a conflict.
   */
  hard: Float64Array;
  /** The item whose `after` sets `hard`, or -1. */
  hardItem: Int32Array;
  start: Float64Array;
  end: Float64Array;
  /** The date of a milestone: the day its last dependency ends, its pinned day, or its parent's start. */
  display: Float64Array;
}

function error(code: string, message: string, path: Path, severity: "error" | "warning" = "error"): Diagnostic {
  return { code, severity, message, path };
}

function q(id: string): string {
  return JSON.stringify(id);
}

function parentIndexes(items: Item[], index: Map<string, number>): Int32Array {
  const parent = new Int32Array(items.length).fill(-1);
  const stack: number[] = [];
  items.forEach((item, i) => {
    if (item.parent === null) {
      stack[0] = i;
      return;
    }
    const byDepth = item.depth > 0 ? stack[item.depth - 1] : undefined;
    const p = byDepth !== undefined && items[byDepth].id === item.parent ? byDepth : index.get(item.parent) ?? -1;
    parent[i] = p === i ? -1 : p;
    stack[item.depth] = i;
  });
  return parent;
}

function prepare(roadmap: Roadmap, diagnostics: Diagnostic[]): Prepared {
  const items = roadmap.items;
  const n = items.length;
  const cal = new WorkCalendar(roadmap.calendar);
  const index = new Map<string, number>();
  items.forEach((item, i) => {
    if (!index.has(item.id)) index.set(item.id, i);
  });
  const parent = parentIndexes(items, index);
  const children = groupIndexes(n, parent);
  const status = deriveStatuses(items, parent, children);

  const startDay = roadmap.start !== undefined ? isoToDay(roadmap.start) : undefined;
  const milestone = new Uint8Array(n);
  const pinKind = new Uint8Array(n);
  const pinS = new Float64Array(n).fill(NaN);
  const pinF = new Float64Array(n).fill(NaN);
  const pinDay = new Float64Array(n).fill(NaN);
  const hasLen = new Uint8Array(n);
  const len = new Int32Array(n);
  const lenMin = new Int32Array(n);
  let earliestPin = Infinity;
  const workdayNames = cal.workdays.join(", ");

  for (let i = 0; i < n; i++) {
    const item = items[i];
    if (status[i] === "cancelled") continue;
    milestone[i] = item.milestone ? 1 : 0;
    if (item.duration && !item.milestone) {
      hasLen[i] = 1;
      len[i] = Math.max(1, lengthToDays(item.duration, cal.perWeek, "max"));
      lenMin[i] = Math.max(1, lengthToDays(item.duration, cal.perWeek, "min"));
    }
    if (!item.when) continue;
    const span = resolveSpanDays(item.when, startDay);
    const whenPath = [...item.path, "when"];
    if ("error" in span) {
      diagnostics.push(error(
        "missing-start",
        `${q(item.id)}: when: ${item.when.text} counts from the roadmap's start, which is not set: expected "start: YYYY-MM-DD" at the top level`,
        whenPath,
      ));
      continue;
    }
    if (item.milestone) {
      const day = span.to ?? span.from!;
      pinDay[i] = day;
      pinKind[i] = PIN_BOTH;
      pinS[i] = pinF[i] = cal.ordinalOnOrBefore(day);
      earliestPin = Math.min(earliestPin, cal.ordinalOnOrAfter(day));
      continue;
    }
    const s = span.from !== undefined ? cal.ordinalOnOrAfter(span.from) : NaN;
    const f = span.to !== undefined ? cal.ordinalOnOrBefore(span.to) : NaN;
    if (span.from !== undefined && span.to !== undefined && s > f) {
      const range = span.from === span.to ? dayToIso(span.from) : `${dayToIso(span.from)} to ${dayToIso(span.to)}`;
      diagnostics.push(error(
        "empty-span",
        `${q(item.id)}: when: ${item.when.text} (${range}) has no working day: expected at least one day that is a workday (${workdayNames}) and not a holiday; the item is planned as if it had no "when"`,
        whenPath,
      ));
      continue;
    }
    pinKind[i] = span.from !== undefined && span.to !== undefined ? PIN_BOTH : span.from !== undefined ? PIN_START : PIN_END;
    pinS[i] = s;
    pinF[i] = f;
    earliestPin = Math.min(earliestPin, Number.isNaN(s) ? (hasLen[i] ? f - len[i] + 1 : f) : s);
  }

  const anchor = startDay !== undefined ? cal.ordinalOnOrAfter(startDay) : earliestPin;
  const noAnchor = !Number.isFinite(anchor);

  // Scheduled: own time (pin, length, milestone) or a scheduled child; bottom-up.
  const state = new Uint8Array(n);
  const timed = new Uint8Array(n);
  for (let i = n - 1; i >= 0; i--) {
    if (status[i] === "cancelled" || noAnchor) continue;
    if (pinKind[i] !== PIN_NONE || hasLen[i] || milestone[i]) timed[i] = 1;
    if (timed[i] && parent[i] >= 0) timed[parent[i]] = 1;
  }
  const windowOf = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const p = parent[i];
    if (status[i] === "cancelled") state[i] = CANCELLED;
    else if (timed[i]) state[i] = SCHEDULED;
    else if (p >= 0 && state[p] === SCHEDULED) {
      state[i] = WINDOW;
      windowOf[i] = p;
    } else if (p >= 0 && state[p] === WINDOW) {
      state[i] = WINDOW;
      windowOf[i] = windowOf[p];
    } else state[i] = UNSCHEDULED;
  }

  if (noAnchor) {
    const needy = items.findIndex((it, i) => status[i] !== "cancelled" && (it.duration !== undefined || it.milestone));
    if (needy >= 0) {
      diagnostics.push(error(
        "missing-start",
        `the roadmap has no "start" and no dated item, so "${items[needy].id}" and the rest cannot be scheduled: expected "start: YYYY-MM-DD" at the top level`,
        [],
      ));
    }
  } else {
    for (let i = 0; i < n; i++) {
      if (state[i] !== UNSCHEDULED || (parent[i] >= 0 && state[parent[i]] === UNSCHEDULED)) continue;
      // Finished work needs no dates: only open work left without a plan is worth a warning.
      if (status[i] === "done") continue;
      // A \`when\` without a working day is already an empty-span error.
      if (items[i].when !== undefined) continue;
      diagnostics.push(error(
        "unscheduled-item",
        `${q(items[i].id)} has no dates: expected a "when", a "duration", a task with one, or a scheduled parent; found none, so reports list it without dates`,
        items[i].path,
        "warning",
      ));
    }
  }

  const sched = groupIndexes(n, parent, (i) => state[i] === SCHEDULED);
  // Dependencies as indexes, once.
  const depStart = new Int32Array(n + 1);
  let total = 0;
  for (let i = 0; i < n; i++) total += items[i].after.length;
  const depList = new Int32Array(total);
  const depAfter = new Int32Array(total);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const after = items[i].after;
    for (let j = 0; j < after.length; j++) {
      const y = index.get(after[j]);
      // Unknown ids and self-dependencies are reported by the loader.
      if (y === undefined || y === i) continue;
      depList[k] = y;
      depAfter[k++] = j;
    }
    depStart[i + 1] = k;
  }
  const deps = { start: depStart, list: depList.subarray(0, k) };
  return { n, items, index, cal, parent, children, sched, deps, depAfter, status, state, milestone, pinKind, pinS, pinF, pinDay, hasLen, len, lenMin, windowOf, anchor };
}

function buildGraph(p: Prepared, roadmap: Roadmap, diagnostics: Diagnostic[]): NodeGraph {
  const { n, items, index, state, parent, windowOf, deps, depAfter } = p;
  const b = new NodeGraphBuilder(2 * n, 4 * n + deps.list.length);
  for (let x = 0; x < n; x++) {
    const st = state[x];
    if (st === CANCELLED) continue;
    const placed = st === SCHEDULED || st === WINDOW;
    if (placed) {
      b.add(2 * x, 2 * x + 1, STRUCT);
      const par = parent[x];
      if (par >= 0) b.add(2 * par, 2 * x, STRUCT);
      if (st === SCHEDULED && par >= 0) b.add(2 * x + 1, 2 * par + 1, STRUCT);
      if (st === WINDOW) b.add(2 * windowOf[x] + 1, 2 * x + 1, STRUCT);
    }
    for (let k = deps.start[x]; k < deps.start[x + 1]; k++) {
      const y = deps.list[k];
      const j = depAfter[k];
      if (state[y] === CANCELLED) {
        diagnostics.push(error(
          "cancelled-dependency",
          `${q(items[x].id)} is after ${q(items[y].id)}, which is cancelled: the dependency is ignored; expected an item that will be done (remove it from "after")`,
          [...items[x].path, "after", j],
          "warning",
        ));
        continue;
      }
      if (!placed || state[y] === UNSCHEDULED) continue;
      b.add(2 * y + 1, 2 * x, AFTER, j);
    }
  }
  if (roadmap.sequential) {
    let prev = -1;
    // By position, not id: a duplicated phase id must not chain a phase to itself.
    for (let x = 0; x < items.length; x++) {
      if (items[x].kind !== "phase" || parent[x] !== -1 || state[x] !== SCHEDULED) continue;
      if (prev >= 0) b.add(2 * prev + 1, 2 * x, SEQUENTIAL);
      prev = x;
    }
  }
  return b.build();
}

function isAncestor(p: Prepared, a: number, x: number): boolean {
  for (let y = p.parent[x]; y >= 0; y = p.parent[y]) if (y === a) return true;
  return false;
}

function cycleDiagnostic(p: Prepared, g: NodeGraph, cycle: BrokenCycle): Diagnostic {
  const seq: number[] = [];
  for (const node of cycle.nodes) {
    const x = node >> 1;
    if (seq[seq.length - 1] !== x) seq.push(x);
  }
  if (seq.length === 1) seq.push(seq[0]);
  const ids = seq.map((x) => p.items[x].id);
  const notes: string[] = [];
  for (let k = 0; k + 1 < seq.length; k++) {
    const u = seq[k];
    const v = seq[k + 1];
    const uid = q(p.items[u].id);
    const vid = q(p.items[v].id);
    if (p.items[u].after.includes(p.items[v].id)) continue;
    if (isAncestor(p, v, u)) notes.push(`${uid} is inside ${vid}`);
    else if (isAncestor(p, u, v)) notes.push(`${uid} contains ${vid}`);
    else if (p.windowOf[u] === v) notes.push(`${uid} takes the dates of ${vid}`);
    else notes.push(`${uid} follows ${vid} (phases are sequential)`);
  }
  const x = g.to[cycle.edge] >> 1;
  const y = g.from[cycle.edge] >> 1;
  const sequential = g.kind[cycle.edge] === SEQUENTIAL;
  const path = sequential ? p.items[x].path : [...p.items[x].path, "after", g.afterIndex[cycle.edge]];
  const explain = notes.length > 0 ? ` (${notes.join("; ")})` : "";
  return error(
    "dependency-cycle",
    `dependency cycle: ${ids.join(" → ")}${explain}: expected no item to wait for itself; ${q(p.items[x].id)} is planned without waiting for ${q(p.items[y].id)}`,
    path,
  );
}

function newPass(n: number): Pass {
  return {
    floor: new Float64Array(n).fill(NaN),
    base: new Float64Array(n).fill(NaN),
    depMax: new Float64Array(n).fill(-Infinity),
    driver: new Int32Array(n).fill(-1),
    afterMax: new Float64Array(n).fill(-Infinity),
    afterMaxItem: new Int32Array(n).fill(-1),
    hard: new Float64Array(n).fill(-Infinity),
    hardItem: new Int32Array(n).fill(-1),
    start: new Float64Array(n).fill(NaN),
    end: new Float64Array(n).fill(NaN),
    display: new Float64Array(n).fill(NaN),
  };
}

/** Forward pass (rules 1-5) over the topological order, with the given lengths. */
function forward(p: Prepared, g: NodeGraph, order: Int32Array, lens: Int32Array): Pass {
  const { state, parent, pinKind, pinS, pinF, hasLen, milestone, windowOf } = p;
  const { start: kidStart, list: kidList } = p.sched;
  const r = newPass(p.n);
  const { floor, base, depMax, driver, afterMax, afterMaxItem, start, end } = r;
  for (let k = 0; k < order.length; k++) {
    const node = order[k];
    const x = node >> 1;
    const st = state[x];
    if (st !== SCHEDULED && st !== WINDOW) continue;
    if ((node & 1) === 0) {
      const par = parent[x];
      const b = par < 0 ? p.anchor : pinKind[par] === PIN_BOTH || pinKind[par] === PIN_START ? pinS[par] : floor[par];
      let dm = -Infinity, drv = -1, am = -Infinity, ai = -1;
      for (let e = g.inStart[node]; e < g.inStart[node + 1]; e++) {
        const edge = g.inEdges[e];
        if (!g.enabled[edge] || g.kind[edge] === STRUCT) continue;
        const y = g.from[edge] >> 1;
        const f = end[y];
        if (f > dm) { dm = f; drv = y; }
        if (g.kind[edge] === AFTER && f > am) { am = f; ai = y; }
      }
      let hard = am + 1, hardItem = x;
      if (par >= 0 && pinKind[par] !== PIN_BOTH && pinKind[par] !== PIN_START && r.hard[par] > hard) {
        hard = r.hard[par];
        hardItem = r.hardItem[par];
      }
      r.hard[x] = hard;
      r.hardItem[x] = hard === -Infinity ? -1 : hardItem;
      base[x] = b;
      depMax[x] = dm;
      afterMax[x] = am;
      afterMaxItem[x] = ai;
      if (dm + 1 >= b) { floor[x] = dm + 1; driver[x] = drv; }
      else { floor[x] = b; driver[x] = -1; }
      continue;
    }
    const fl = floor[x];
    const pk = pinKind[x];
    const len = lens[x];
    let s: number, f: number;
    if (milestone[x]) {
      // Zero length: end = start - 1 in ordinals, so dependents start on `start`.
      // Pinned: after the pinned day; else at the floor (TaskJuggler's semantics).
      s = pk !== PIN_NONE ? pinF[x] + 1 : fl;
      f = s - 1;
      // Its date (see `days`): the day its last dependency ends when that
      // sets its start, else its parent's start (on a tie, the parent's start:
      // the same moment).
      r.display[x] = pk !== PIN_NONE ? p.pinDay[x] : fl > base[x] ? NaN : p.cal.dayOf(s);
    } else if (st === WINDOW) {
      // The window's start, or later when its own or inherited dependencies say so (rule 4).
      const a = windowOf[x];
      s = Math.max(r.hard[x], start[a]);
      f = Math.max(end[a], s);
    } else {
      let minS = Infinity, maxF = -Infinity;
      const k0 = kidStart[x], k1 = kidStart[x + 1];
      for (let c = k0; c < k1; c++) {
        const kid = kidList[c];
        if (start[kid] < minS) minS = start[kid];
        if (end[kid] > maxF) maxF = end[kid];
      }
      const hasKids = k1 > k0;
      if (pk === PIN_BOTH) {
        s = pinS[x];
        f = pinF[x];
      } else if (pk === PIN_START) {
        s = pinS[x];
        f = Math.max(hasLen[x] ? s + len - 1 : s, maxF);
      } else if (pk === PIN_END) {
        f = pinF[x];
        s = Math.min(f, hasLen[x] ? f - len + 1 : hasKids ? minS : fl);
      } else if (hasKids && hasLen[x]) {
        // Its own duration runs from when it can start, extended to cover its children.
        s = Math.min(minS, fl);
        f = Math.max(maxF, fl + len - 1);
      } else if (hasKids) {
        s = minS;
        f = maxF;
      } else {
        s = fl;
        f = fl + len - 1;
      }
    }
    start[x] = s;
    end[x] = f;
  }
  return r;
}

/** Pins that start before a dependency ends, and children outside a pinned parent (rule 6). */
function pinConflicts(p: Prepared, pass: Pass, diagnostics: Diagnostic[]): void {
  const { items, cal, pinKind, state, parent, milestone } = p;
  const iso = (ordinal: number) => dayToIso(cal.dayOf(ordinal));
  for (let x = 0; x < p.n; x++) {
    // A window item too: a dependency may push it past its pinned parent's end.
    if (state[x] !== SCHEDULED && state[x] !== WINDOW) continue;
    const par = parent[x];
    if (pinKind[x] === PIN_NONE && (par < 0 || pinKind[par] === PIN_NONE)) continue;
    const id = q(items[x].id);
    if (pinKind[x] !== PIN_NONE && pass.hardItem[x] >= 0 && pass.start[x] < pass.hard[x]) {
      const owner = pass.hardItem[x];
      const y = pass.afterMaxItem[owner];
      const depEnd = pass.afterMax[owner];
      const pinned = milestone[x] ? `is pinned to ${dayToIso(p.pinDay[x])}` : `is pinned to start on ${iso(pass.start[x])}`;
      const via = owner === x ? "its dependency" : `the dependency of its parent ${q(items[owner].id)},`;
      diagnostics.push(error(
        "pin-conflict",
        `${id} ${pinned} (when: ${items[x].when!.text}), but ${via} ${q(items[y].id)} ends on ${iso(depEnd)}: expected the pin to ${milestone[x] ? "be on or after" : "start after"} that day; the pin is kept`,
        [...items[x].path, "when"],
      ));
    }
    if (pinKind[x] === PIN_BOTH && !milestone[x] && p.hasLen[x] && p.len[x] > pass.end[x] - pass.start[x] + 1) {
      const workdays = pass.end[x] - pass.start[x] + 1;
      diagnostics.push(error(
        "pin-conflict",
        `${id} has duration: ${items[x].duration!.text} (${p.len[x]} workdays), which does not fit in when: ${items[x].when!.text} (${iso(pass.start[x])} to ${iso(pass.end[x])}, ${workdays} ${workdays === 1 ? "workday" : "workdays"}): expected a duration that fits the pinned dates, or a longer "when"; the item keeps its pin`,
        [...items[x].path, "when"],
      ));
    }
    if (par < 0 || pinKind[par] === PIN_NONE || milestone[par]) continue;
    const pk = pinKind[par];
    const pid = q(items[par].id);
    if ((pk === PIN_BOTH || pk === PIN_START) && pass.start[x] < pass.start[par]) {
      diagnostics.push(error(
        "pin-conflict",
        `${id} starts on ${iso(pass.start[x])}, before its parent ${pid} starts on ${iso(pass.start[par])} (when: ${items[par].when!.text}): expected children within the parent's pinned dates`,
        items[x].when ? [...items[x].path, "when"] : items[x].path,
      ));
    }
    if ((pk === PIN_BOTH || pk === PIN_END) && pass.end[x] > pass.end[par]) {
      diagnostics.push(error(
        "pin-conflict",
        `${id} ends on ${iso(pass.end[x])}, after its parent ${pid} ends on ${iso(pass.end[par])} (when: ${items[par].when!.text}): expected children within the parent's pinned dates; the parent keeps its pin`,
        items[x].when ? [...items[x].path, "when"] : items[x].path,
      ));
    }
  }
}

/** Backward pass ignoring pins: late finish of every item; returns slack in working days. */
function backward(p: Prepared, g: NodeGraph, order: Int32Array, pass: Pass, finish: number): Float64Array {
  const { n, state, parent, milestone, windowOf, hasLen, len, pinKind } = p;
  const { start: kidStart, list: kidList } = p.sched;
  const { start, end } = pass;
  const lf = new Float64Array(n).fill(finish);
  const lsOwn = new Float64Array(n).fill(Infinity);
  const lsAcc = new Float64Array(n).fill(Infinity);
  for (let k = order.length - 1; k >= 0; k--) {
    const node = order[k];
    const x = node >> 1;
    const st = state[x];
    if (st !== SCHEDULED && st !== WINDOW) continue;
    if ((node & 1) === 1) {
      const l = lf[x];
      const k0 = kidStart[x], k1 = kidStart[x + 1];
      for (let c = k0; c < k1; c++) if (lf[kidList[c]] > l) lf[kidList[c]] = l;
      if (st === WINDOW && lf[windowOf[x]] > l) lf[windowOf[x]] = l;
      let length: number;
      if (milestone[x]) length = 0;
      else if (st === WINDOW || pinKind[x] !== PIN_NONE || k1 === k0) length = end[x] - start[x] + 1;
      else length = hasLen[x] ? len[x] : Infinity;
      lsOwn[x] = length === Infinity ? Infinity : l - length + 1;
      continue;
    }
    const ls = Math.min(lsOwn[x], lsAcc[x]);
    const par = parent[x];
    if (par >= 0 && ls < lsAcc[par]) lsAcc[par] = ls;
    for (let e = g.inStart[node]; e < g.inStart[node + 1]; e++) {
      const edge = g.inEdges[e];
      if (!g.enabled[edge] || g.kind[edge] === STRUCT) continue;
      const y = g.from[edge] >> 1;
      if (lf[y] > ls - 1) lf[y] = ls - 1;
    }
  }
  // A window item ends with its window: its slack counts from that end, limited
  // only by its own dependents and the finish (rule 7).
  const slack = new Float64Array(n).fill(NaN);
  for (let x = 0; x < n; x++) {
    if (state[x] === SCHEDULED || state[x] === WINDOW) slack[x] = Math.max(0, lf[x] - end[x]);
  }
  // A parent's slack is the least of its own and everything inside it (rule 7):
  // children come after their parent in file order, so one backward sweep folds them up.
  for (let x = n - 1; x >= 0; x--) {
    const par = parent[x];
    if (par >= 0 && slack[x] < slack[par]) slack[par] = slack[x];
  }
  return slack;
}

/**
 * The chain of zero-slack items without children that ends on the finish,
 * following what set each start: a dependency, or the parent's start.
 */
function criticalPath(p: Prepared, pass: Pass, order: Int32Array, slack: Float64Array, finish: number, endDay: Float64Array): number[] {
  const { state, windowOf, parent, pinKind, milestone } = p;
  const { start: kidStart, list: kidList } = p.sched;
  const { start, end, floor, driver } = pass;
  const isCritical = (x: number) => slack[x] === 0;
  // The leaf that ends an item's critical work: descend through children ending with it.
  const leafEnding = (x: number): number => {
    for (;;) {
      if (state[x] === WINDOW) { x = windowOf[x]; continue; }
      if (milestone[x]) return x;
      let next = -1;
      for (let c = kidStart[x + 1] - 1; c >= kidStart[x]; c--) {
        if (end[kidList[c]] === end[x] && isCritical(kidList[c])) { next = kidList[c]; break; }
      }
      if (next < 0) return x;
      x = next;
    }
  };
  // Start: an item with zero slack that ends on the finish (the latest date; then the last in schedule order).
  let cur = -1;
  for (let k = order.length - 1; k >= 0; k--) {
    const node = order[k];
    const x = node >> 1;
    if ((node & 1) === 1 && state[x] === SCHEDULED && end[x] === finish && isCritical(x)) {
      if (cur < 0 || endDay[x] > endDay[cur]) cur = x;
    }
  }
  // A parent's end comes from a child, unless its own pin or duration sets it.
  if (cur >= 0) cur = leafEnding(cur);
  const path: number[] = [];
  const seen = new Set<number>();
  while (cur >= 0 && !seen.has(cur) && isCritical(cur)) {
    seen.add(cur);
    path.push(cur);
    let next = -1;
    let x = cur;
    if (pinKind[x] !== PIN_NONE || start[x] !== floor[x]) break;
    else if (driver[x] >= 0) next = driver[x];
    else x = -2;
    if (x === -2) {
      // Started with its parent: climb to the ancestor whose dependency set that start.
      x = parent[cur];
      while (x >= 0 && driver[x] < 0 && pinKind[x] !== PIN_BOTH && pinKind[x] !== PIN_START) x = parent[x];
      if (x < 0 || pinKind[x] === PIN_BOTH || pinKind[x] === PIN_START) break;
      next = driver[x];
    }
    if (next < 0) break;
    cur = leafEnding(next);
  }
  return path.reverse();
}

/** Computes the schedule of a roadmap: dates, slack, critical path, best case, planning diagnostics. */
export function scheduleRoadmap(roadmap: Roadmap): Schedule {
  const diagnostics: Diagnostic[] = [];
  const p = prepare(roadmap, diagnostics);
  const g = buildGraph(p, roadmap, diagnostics);
  const { order, cycles } = topologicalOrder(g);
  for (const cycle of cycles) diagnostics.push(cycleDiagnostic(p, g, cycle));

  const planned = forward(p, g, order, p.len);
  const best = forward(p, g, order, p.lenMin);
  pinConflicts(p, planned, diagnostics);

  const { n, cal, state, milestone } = p;
  const startDay = new Float64Array(n).fill(NaN);
  const endDay = new Float64Array(n).fill(NaN);
  const bestStartDay = new Float64Array(n).fill(NaN);
  const bestEndDay = new Float64Array(n).fill(NaN);
  let finish = -Infinity, finishDay = -Infinity, bestFinishDay = -Infinity, firstDay = Infinity;
  const days = (pass: Pass, startOut: Float64Array, endOut: Float64Array) => {
    // In schedule order: children before a zero-length parent (of milestones
    // only), which takes their dates; dependencies before a milestone.
    for (let k = 0; k < order.length; k++) {
      if ((order[k] & 1) === 0) continue;
      const x = order[k] >> 1;
      if (state[x] !== SCHEDULED && state[x] !== WINDOW) continue;
      const s = pass.start[x], f = pass.end[x];
      if (milestone[x]) {
        let day = pass.display[x];
        if (Number.isNaN(day)) {
          // The day its last dependency ends: a pinned milestone may end on a day off.
          day = cal.dayOf(f);
          for (let e = g.inStart[2 * x]; e < g.inStart[2 * x + 1]; e++) {
            const edge = g.inEdges[e];
            if (g.enabled[edge] && g.kind[edge] !== STRUCT) day = Math.max(day, endOut[g.from[edge] >> 1]);
          }
        }
        startOut[x] = endOut[x] = day;
      } else {
        // A parent spans the days of all its children (rule 3), milestones
        // included: one at the end of a day, or pinned to a day off, lies
        // outside the working days its ordinals cover.
        let lo = Infinity, hi = -Infinity;
        for (let k = p.sched.start[x]; k < p.sched.start[x + 1]; k++) {
          const c = p.sched.list[k];
          lo = Math.min(lo, startOut[c]);
          hi = Math.max(hi, endOut[c]);
        }
        if (f >= s) {
          // A pinned bound stays (a child outside it is a pin-conflict).
          const pk = p.pinKind[x];
          lo = pk === PIN_BOTH || pk === PIN_START ? cal.dayOf(s) : Math.min(lo, cal.dayOf(s));
          hi = pk === PIN_BOTH || pk === PIN_END ? cal.dayOf(f) : Math.max(hi, cal.dayOf(f));
        }
        startOut[x] = lo;
        endOut[x] = hi;
      }
    }
  };
  days(planned, startDay, endDay);
  days(best, bestStartDay, bestEndDay);
  for (let x = 0; x < n; x++) {
    if (state[x] !== SCHEDULED && state[x] !== WINDOW) continue;
    if (planned.end[x] > finish) finish = planned.end[x];
    if (endDay[x] > finishDay) finishDay = endDay[x];
    if (bestEndDay[x] > bestFinishDay) bestFinishDay = bestEndDay[x];
    if (startDay[x] < firstDay) firstDay = startDay[x];
  }
  const any = finishDay > -Infinity;
  const slack = any ? backward(p, g, order, planned, finish) : new Float64Array(n).fill(NaN);
  const critical = new Uint8Array(n);
  for (let x = 0; x < n; x++) if (slack[x] === 0) critical[x] = 1;
  const path = any ? criticalPath(p, planned, order, slack, finish, endDay) : [];

  return {
    calendar: cal,
    n,
    items: p.items,
    index: p.index,
    parent: p.parent,
    children: p.children,
    status: p.status,
    state,
    pinKind: p.pinKind,
    start: planned.start,
    end: planned.end,
    startDay,
    endDay,
    bestStartDay,
    bestEndDay,
    slack,
    critical,
    criticalPath: path,
    finishDay: any ? finishDay : undefined,
    bestFinishDay: any ? bestFinishDay : undefined,
    startOfPlan: roadmap.start !== undefined ? isoToDay(roadmap.start) : any ? firstDay : undefined,
    diagnostics,
  };
}

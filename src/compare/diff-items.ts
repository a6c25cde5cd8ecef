import type { PlannedItem } from "../plan/types.js";
import type { WorkCalendar } from "../plan/work-calendar.js";
import type { ItemChange, ItemDiff, ItemSnapshot } from "./types.js";
import { workdaySlip } from "./workday-slip.js";

function snapshot(p: PlannedItem): ItemSnapshot {
  return {
    title: p.title,
    parent: p.parent,
    milestone: p.milestone,
    start: p.start,
    end: p.end,
    status: p.status,
    progress: p.progress,
    critical: p.critical,
  };
}

/** Progress as the reports show it: whole percentage points. */
const percent = (p: number) => Math.round(p * 100);

/** The changes of an item present in both versions. */
function changesOf(a: PlannedItem, b: PlannedItem, critical: ReadonlySet<string>): ItemChange[] {
  const changes: ItemChange[] = [];
  const cancelled = b.status === "cancelled" && a.status !== "cancelled";
  if (cancelled) changes.push("cancelled");
  if (a.title !== b.title) changes.push("renamed");
  // A cancelled item loses its dates because it is cancelled: that is not a move.
  if (!cancelled && (a.start !== b.start || a.end !== b.end)) changes.push("moved");
  if (!cancelled && a.status !== b.status) changes.push("status");
  if (!cancelled && percent(a.progress) !== percent(b.progress)) changes.push("progress");
  if (critical.has(b.id)) changes.push("critical");
  return changes;
}

/**
 * The items that changed between two versions, matched by id: moved ones
 * first, latest slip first (end slip, then start slip; moves without a slip,
 * such as losing their dates, after the earlier ones), then the other
 * changes in the `after` order, then the removed items in the `before` order.
 * `criticalChanged` holds the ids that entered or left the critical path.
 */
export function diffItems(
  before: readonly PlannedItem[],
  after: readonly PlannedItem[],
  calendar: WorkCalendar,
  criticalChanged: ReadonlySet<string>,
): ItemDiff[] {
  const old = new Map<string, PlannedItem>();
  for (const p of before) if (!old.has(p.id)) old.set(p.id, p);
  const seen = new Set<string>();
  const moved: { diff: ItemDiff; order: number }[] = [];
  const other: ItemDiff[] = [];
  after.forEach((b, order) => {
    if (seen.has(b.id)) return;
    seen.add(b.id);
    const a = old.get(b.id);
    if (!a) {
      other.push({ id: b.id, changes: ["added"], startSlip: null, endSlip: null, after: snapshot(b) });
      return;
    }
    const changes = changesOf(a, b, criticalChanged);
    if (changes.length === 0) return;
    const diff: ItemDiff = {
      id: b.id,
      changes,
      startSlip: workdaySlip(calendar, a.start, b.start),
      endSlip: workdaySlip(calendar, a.end, b.end),
      before: snapshot(a),
      after: snapshot(b),
    };
    if (changes.includes("moved")) moved.push({ diff, order });
    else other.push(diff);
  });
  const key = (s: number | null) => (s === null ? -Infinity : s);
  moved.sort((x, y) => key(y.diff.endSlip) - key(x.diff.endSlip) || key(y.diff.startSlip) - key(x.diff.startSlip) || x.order - y.order);
  const removed: ItemDiff[] = [];
  for (const [id, a] of old) {
    if (!seen.has(id)) removed.push({ id, changes: ["removed"], startSlip: null, endSlip: null, before: snapshot(a) });
  }
  return [...moved.map((m) => m.diff), ...other, ...removed];
}

import type { Plan, PlannedItem } from "../plan/types.js";
import { isOpen } from "./is-open.js";

/** One entry of an attention list: an item, and how many flagged items inside it it stands for. */
export interface AttentionEntry {
  item: PlannedItem;
  /** Flagged open items inside `item` that this entry also stands for (shown as `+N`). */
  inside: number;
}

/**
 * The one nesting policy of every report and of lint: a parent whose open
 * work is all flagged stands for all of it (once, as the outermost such
 * parent); otherwise each flagged item that has no flagged item inside it is
 * listed. So a late phase whose three tasks are late is one entry (+3), and a
 * phase with one late task of three lists that task.
 */
export function attentionList(plan: Plan, flagged: ReadonlySet<string>): AttentionEntry[] {
  const { items } = plan;
  const index = new Map(items.map((p, i) => [p.id, i]));
  const parentOf = items.map((p) => (p.parent === null ? -1 : (index.get(p.parent) ?? -1)));
  // Bottom-up (children come after their parent): whole = flagged with every open child whole;
  // below = flagged items strictly inside.
  const whole = new Uint8Array(items.length).fill(1);
  const below = new Int32Array(items.length);
  const hasOpenChild = new Uint8Array(items.length);
  for (let i = items.length - 1; i >= 0; i--) {
    const p = items[i];
    const isFlagged = flagged.has(p.id);
    if (!isFlagged) whole[i] = 0;
    const up = parentOf[i];
    if (up < 0) continue;
    if (isOpen(p)) {
      hasOpenChild[up] = 1;
      if (!whole[i]) whole[up] = 0;
    }
    below[up] += below[i] + (isFlagged ? 1 : 0);
  }
  const entries: AttentionEntry[] = [];
  for (let i = 0; i < items.length; i++) {
    if (!flagged.has(items[i].id)) continue;
    const up = parentOf[i];
    if (whole[i]) {
      if (up >= 0 && whole[up]) continue;
      entries.push({ item: items[i], inside: below[i] });
    } else if (below[i] === 0) {
      entries.push({ item: items[i], inside: 0 });
    }
  }
  return entries;
}

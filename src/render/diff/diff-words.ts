import type { RoadmapDiff } from "../../compare/roadmap-diff.js";
import type { ItemChange, ItemDiff, ItemSnapshot, PlanDiff } from "../../compare/types.js";

/** An item change with both versions: moved, renamed, with another status or progress, cancelled. */
export type BothSides = ItemDiff & { before: ItemSnapshot; after: ItemSnapshot };

export function bothSides(i: ItemDiff): i is BothSides {
  return i.before !== undefined && i.after !== undefined;
}

/** The title of a changed entity: the head's, else the base's. */
export function changedTitle(x: { id: string; before?: { title: string }; after?: { title: string } }): string {
  return x.after?.title ?? x.before?.title ?? x.id;
}

/** `1 workday`, `3 workdays`. */
export function workdays(n: number): string {
  return `${n} workday${Math.abs(n) === 1 ? "" : "s"}`;
}

/** A slip as a signed number of workdays: `+5`, `-3`, `0`; `—` when unknown. */
export function signed(n: number | null): string {
  if (n === null) return "—";
  return n > 0 ? `+${n}` : String(n);
}

/** `2026-03-20 → 2026-03-27`, or the one date when it did not move; `—` for none. */
export function fromTo(a: string | null, b: string | null): string {
  if (a === b) return a ?? "—";
  return `${a ?? "—"} → ${b ?? "—"}`;
}

/** `42%`. */
export function percent(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}

/** How a date moved, as the clause of a sentence: "slips 5 workdays, 2026-03-20 → 2026-03-27". */
function moveClause(what: string, slip: number | null, before: string | null, after: string | null): string {
  if (before === null && after === null) return `${what}: none (nothing is scheduled)`;
  if (before === null) return `${what}: ${after} (none before)`;
  if (after === null) return `${what}: none any more (it was ${before})`;
  if (slip !== null && slip > 0) return `${what} slips ${workdays(slip)}, ${before} → ${after}`;
  if (slip !== null && slip < 0) return `${what} moves ${workdays(-slip)} earlier, ${before} → ${after}`;
  return before === after ? `${what} holds at ${after}` : `${what} moves ${before} → ${after} (0 workdays)`;
}

function dueClause(before: string | null, after: string | null): string {
  if (before === null) return `a due date is set, ${after}`;
  if (after === null) return `the due date (${before}) is dropped`;
  return `the due date moves ${before} → ${after}`;
}

/** How many items have a change, by kind, in the order a reader asks about them. */
export function changeCounts(items: readonly ItemDiff[]): { change: ItemChange; count: number }[] {
  const order: ItemChange[] = ["moved", "added", "removed", "cancelled", "renamed", "status", "progress", "critical"];
  return order.map((change) => ({ change, count: items.filter((i) => i.changes.includes(change)).length })).filter((c) => c.count > 0);
}

const COUNT_WORDS: Record<ItemChange, (n: number) => string> = {
  moved: (n) => `${n} ${n === 1 ? "item" : "items"} moved`,
  added: (n) => `${n} added`,
  removed: (n) => `${n} removed`,
  cancelled: (n) => `${n} cancelled`,
  renamed: (n) => `${n} renamed`,
  status: (n) => `${n} changed status`,
  progress: (n) => `${n} changed progress`,
  critical: () => "",
};

/** The rest of the headline after the finish: how many items changed and how, and what else. */
function countsClause(d: PlanDiff): string {
  const parts = changeCounts(d.items)
    .map((c) => COUNT_WORDS[c.change](c.count))
    .filter(Boolean);
  // The first count names the items; when it is not "moved", say "items" once.
  if (parts.length > 0 && !parts[0].includes("item")) parts[0] = parts[0].replace(/^(\d+) /, (_m, n: string) => `${n} ${n === "1" ? "item" : "items"} `);
  const other: string[] = [];
  if (d.criticalPath.entered.length + d.criticalPath.left.length > 0) other.push("the critical path changed");
  if (d.risks.length > 0) other.push(`${d.risks.length} ${d.risks.length === 1 ? "risk" : "risks"} changed`);
  if (d.kpis.length > 0) other.push(`${d.kpis.length} ${d.kpis.length === 1 ? "KPI" : "KPIs"} changed`);
  if (d.budgets.length > 0) other.push(`${d.budgets.length} ${d.budgets.length === 1 ? "budget" : "budgets"} changed`);
  if (d.problems.length > 0) other.push(`${d.problems.length} new ${d.problems.length === 1 ? "error" : "errors"}`);
  const all = [...parts, ...other];
  return all.length === 0 ? "" : `${all.join(", ")}.`;
}

/**
 * The headline of a comparison in two parts: `lead`, how the finish moved
 * (and the best case and due date when they did), and `rest`, what changed
 * besides. Plain text made of dates, numbers and fixed words only: no
 * roadmap text, so it needs no escaping.
 */
export function diffHeadline(entry: RoadmapDiff): { lead: string; rest: string } {
  const { base, head, diff } = entry;
  if (entry.status === "new") {
    const s = head.summary;
    return {
      lead: s ? `New roadmap: ${s.items} ${s.items === 1 ? "item" : "items"}, finish ${s.finish ?? "not scheduled"}.` : "New roadmap; it does not parse.",
      rest: "",
    };
  }
  if (entry.status === "deleted") {
    const s = base.summary;
    return { lead: `Roadmap deleted${s ? ` (it had ${s.items} ${s.items === 1 ? "item" : "items"}, finish ${s.finish ?? "not scheduled"})` : ""}.`, rest: "" };
  }
  if (!diff) {
    if (head.error !== null) return { lead: "The head version does not parse: nothing to compare.", rest: "" };
    return { lead: `The base version does not parse: nothing to compare; the head finishes ${head.summary?.finish ?? "unscheduled"}.`, rest: "" };
  }
  if (entry.status === "unchanged") return { lead: `No change to the plan: the finish holds at ${diff.after.finish ?? "—"}.`, rest: "" };
  const { finish: was, bestCaseFinish: wasBest } = diff.before;
  if (was === null || diff.after.finish === null) {
    // Without a finish on one side there is no slip to speak of: say what is scheduled.
    const lead =
      was === null && diff.after.finish === null
        ? "Nothing is scheduled, before or after."
        : was === null
          ? `The plan now finishes ${diff.after.finish} (nothing was scheduled before).`
          : `Nothing is scheduled any more (the finish was ${was}${wasBest !== was && wasBest !== null ? `, the best case ${wasBest}` : ""}).`;
    return { lead, rest: countsClause(diff) };
  }
  let lead = moveClause("The finish", diff.finishSlip, diff.before.finish, diff.after.finish);
  const bestMoved = diff.bestCaseSlip !== 0 || diff.before.bestCaseFinish !== diff.after.bestCaseFinish;
  const bestAlike =
    diff.bestCaseSlip === diff.finishSlip && diff.before.bestCaseFinish === diff.before.finish && diff.after.bestCaseFinish === diff.after.finish;
  if (bestMoved && bestAlike) lead += " (the best case too)";
  else if (bestMoved) lead += `; ${moveClause("the best case", diff.bestCaseSlip, diff.before.bestCaseFinish, diff.after.bestCaseFinish)}`;
  if (diff.before.due !== diff.after.due) lead += `; ${dueClause(diff.before.due, diff.after.due)}`;
  const { due, finish } = diff.after;
  if (due !== null && finish !== null && finish > due) lead += ` (after the due date, ${due})`;
  return { lead: `${lead}.`, rest: countsClause(diff) };
}

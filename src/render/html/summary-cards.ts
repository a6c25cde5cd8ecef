import type { PlannedBudget } from "../../plan/types.js";
import { escapeHtml } from "./escape-html.js";
import type { HtmlContext } from "./html-context.js";
import { scheduleBadge } from "./status-badge.js";

function card(label: string, value: string, detail: string, extra = "", cls = ""): string {
  return `<div class="card${cls ? ` ${cls}` : ""}"><p class="card-label" lang="en">${label}</p><p class="card-value">${value}</p>${extra}<p class="card-detail">${detail}</p></div>`;
}

/** A thin progress track with the expected position marked; the numbers are always next to it. */
export function progressMeter(progress: number, expected: number | null): string {
  const w = 200;
  const fill = Math.max(0, Math.min(1, progress)) * w;
  const mark = expected === null ? "" : `<rect class="meter-expected" x="${(Math.max(0, Math.min(1, expected)) * w - 1).toFixed(1)}" y="0" width="2" height="10"/>`;
  return `<svg class="meter" viewBox="0 0 ${w} 10" width="${w}" height="10" preserveAspectRatio="none" aria-hidden="true"><rect class="meter-track" x="0" y="2" width="${w}" height="6" rx="3"/><rect class="meter-fill" x="0" y="2" width="${fill.toFixed(1)}" height="6" rx="3"/>${mark}</svg>`;
}

function budgetTotals(budgets: PlannedBudget[], fallback: string | undefined): Map<string, { monthly: bigint; yearly: bigint; oneOff: bigint }> {
  const by = new Map<string, { monthly: bigint; yearly: bigint; oneOff: bigint }>();
  for (const b of budgets) {
    const cur = b.currency ?? fallback ?? "";
    const t = by.get(cur) ?? { monthly: 0n, yearly: 0n, oneOff: 0n };
    t.monthly += b.monthly;
    t.yearly += b.yearly;
    t.oneOff += b.oneOff;
    by.set(cur, t);
  }
  return by;
}

/** The headline numbers: progress against plan, schedule state, finish dates, open risks, budget, work done. */
export function summaryCards(ctx: HtmlContext): string {
  const { plan } = ctx;
  const cards: string[] = [];
  const diff = Math.round(plan.progress * 100) - Math.round(plan.expectedProgress * 100);

  cards.push(
    card(
      "Progress",
      escapeHtml(ctx.percent(plan.progress)),
      `Expected ${escapeHtml(ctx.percent(plan.expectedProgress))} by ${escapeHtml(ctx.dayMonth(plan.asOf))}`,
      progressMeter(plan.progress, plan.expectedProgress),
    ),
  );
  const delta = diff === 0 ? "Exactly on plan" : `${Math.abs(diff)} ${Math.abs(diff) === 1 ? "point" : "points"} ${diff > 0 ? "ahead of" : "behind"} plan`;
  cards.push(card("Schedule", scheduleBadge(plan.schedule), escapeHtml(delta), "", `sched-card sched-${plan.schedule}`));

  if (plan.finish) {
    const bestText = plan.bestCaseFinish && plan.bestCaseFinish !== plan.finish ? `Best case ${escapeHtml(ctx.day(plan.bestCaseFinish))}` : "No ranged estimates";
    const dueText = plan.due === null ? "" : ` · due ${escapeHtml(ctx.day(plan.due))}${plan.finish > plan.due ? " (late)" : ""}`;
    const best = bestText + dueText;
    cards.push(card("Planned finish", escapeHtml(ctx.day(plan.finish)), best));
  } else {
    cards.push(card("Planned finish", "—", "Nothing is scheduled"));
  }

  const parents = new Set(plan.items.map((i) => i.parent));
  const leaves = plan.items.filter((i) => !parents.has(i.id) && i.status !== "cancelled");
  const done = leaves.filter((i) => i.status === "done").length;
  // Counted over tasks without children, as in "Needs attention" (a late task already makes its phase late).
  const leafCount = (ids: string[]) => ids.filter((id) => !parents.has(id)).length;
  const [overdue, blocked, upcoming] = [leafCount(plan.overdue), leafCount(plan.blocked), leafCount(plan.upcoming)];
  const attention = [overdue ? `${overdue} overdue` : "", blocked ? `${blocked} blocked` : "", upcoming ? `${upcoming} starting soon` : ""].filter(Boolean);
  cards.push(card("Work done", `${done}<span class="card-of"> / ${leaves.length}</span>`, attention.length ? escapeHtml(attention.join(" · ")) : "Nothing overdue or blocked"));

  if (plan.risks.length) {
    const open = plan.openRisks.map((id) => plan.risks.find((r) => r.id === id)!).filter(Boolean);
    const levels = (["critical", "high", "medium", "low"] as const)
      .map((l) => [l, open.filter((r) => r.level === l).length] as const)
      .filter(([, n]) => n > 0)
      .map(([l, n]) => `${n} ${l}`);
    const unscored = open.filter((r) => r.score === null).length;
    if (unscored) levels.push(`${unscored} unscored`);
    cards.push(card("Open risks", String(open.length), levels.length ? escapeHtml(levels.join(" · ")) : `${plan.risks.length} recorded, none open`));
  }

  if (plan.budgets.length) {
    const totals = budgetTotals(plan.budgets, plan.roadmap.currency);
    const monthly = [...totals].map(([cur, t]) => ctx.money(t.monthly, cur || null));
    const yearly = [...totals].map(([cur, t]) => ctx.money(t.yearly, cur || null));
    const oneOff = [...totals].filter(([, t]) => t.oneOff > 0n).map(([cur, t]) => ctx.money(t.oneOff, cur || null));
    const n = plan.budgets.length;
    const detail = `${escapeHtml(yearly.join(" + "))} a year${oneOff.length ? ` + ${escapeHtml(oneOff.join(" + "))} one-off` : ""} · ${n} ${n === 1 ? "budget" : "budgets"}`;
    cards.push(card("Budget per month", escapeHtml(monthly.join(" + ")), detail));
  }
  return `<section class="cards" aria-label="Summary">${cards.join("")}</section>`;
}

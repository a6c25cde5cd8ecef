import type { PlannedItem } from "../../plan/types.js";
import { chancePercent } from "../chance-percent.js";
import { escapeHtml } from "./escape-html.js";
import type { HtmlContext } from "./html-context.js";
import { labels } from "./labels.js";
import { htmlTitle } from "./plain-title.js";
import { scheduleBadge } from "./status-badge.js";

const words = labels.cards;

function card(label: string, value: string, details: string[], extra = "", cls = ""): string {
  const lines = details.map((d) => `<p class="card-detail">${d}</p>`).join("");
  return `<div class="card${cls ? ` ${cls}` : ""}"><p class="card-label" lang="en">${label}</p><p class="card-value">${value}</p>${extra}${lines}</div>`;
}

/** A thin progress track with the expected position marked; the numbers are always next to it. */
export function progressMeter(progress: number, expected: number | null): string {
  const w = 200;
  const fill = Math.max(0, Math.min(1, progress)) * w;
  const mark = expected === null ? "" : `<rect class="meter-expected" x="${(Math.max(0, Math.min(1, expected)) * w - 1).toFixed(1)}" y="0" width="2" height="10"/>`;
  return `<svg class="meter" viewBox="0 0 ${w} 10" width="${w}" height="10" preserveAspectRatio="none" aria-hidden="true"><rect class="meter-track" x="0" y="2" width="${w}" height="6" rx="3"/><rect class="meter-fill" x="0" y="2" width="${fill.toFixed(1)}" height="6" rx="3"/>${mark}</svg>`;
}

/** The planned finish, the best case and the due date; the forecast when the finish is uncertain. */
function finishCard(ctx: HtmlContext): string {
  const { report } = ctx;
  if (!report.finish) return card(words.plannedFinish, "—", [words.nothingScheduled]);
  const best = report.bestCaseFinish && report.bestCaseFinish !== report.finish ? words.bestCase(escapeHtml(ctx.day(report.bestCaseFinish))) : words.noRanges;
  const due = report.due === null ? "" : ` · ${words.due(escapeHtml(ctx.day(report.due)))}${report.finishesLate ? ` ${words.late}` : ""}`;
  const details = [best + due];
  const f = report.forecast;
  if (report.uncertainFinish && f) {
    details.push(
      escapeHtml(
        report.due !== null && f.dueProbability !== null
          ? words.forecastDue(ctx.dayMonth(f.p80), chancePercent(f.dueProbability))
          : words.forecastNoDue(ctx.dayMonth(f.p50), ctx.dayMonth(f.p80), ctx.dayMonth(f.p95)),
      ),
    );
  }
  return card(words.plannedFinish, escapeHtml(ctx.day(report.finish)), details);
}

/** The phases running now (linked), and what starts next. */
function nowCard(ctx: HtmlContext): string {
  const { report } = ctx;
  const link = (p: PlannedItem) => `<a href="#${ctx.anchor("item", p.id)}">${htmlTitle(p.title)}</a>`;
  const details = [report.current.length ? report.current.map(link).join(", ") : words.nothingRunning];
  if (report.next.length) {
    details.push(`${words.next} ${report.next.map((p) => `${link(p)} <span class="muted">${escapeHtml(p.milestone ? ctx.dayMonth(p.start!) : words.from(ctx.dayMonth(p.start!)))}</span>`).join(", ")}`);
  }
  return card(words.now, String(report.current.length), details);
}

/** The headline numbers: progress against plan, schedule state, finish dates, phases now, work done, open risks, budget. */
export function summaryCards(ctx: HtmlContext): string {
  const { report } = ctx;
  const cards: string[] = [];
  cards.push(
    card(
      words.progress,
      escapeHtml(ctx.percent(report.progress)),
      [words.expectedBy(escapeHtml(ctx.percent(report.expectedProgress)), escapeHtml(ctx.dayMonth(report.asOf)))],
      progressMeter(report.progress, report.expectedProgress),
    ),
  );
  const diff = report.progressDelta;
  const delta = diff === 0 ? words.onPlan : diff > 0 ? words.pointsAhead(diff) : words.pointsBehind(-diff);
  cards.push(card(words.schedule, scheduleBadge(report.schedule), [escapeHtml(delta)], "", `sched-card sched-${report.schedule}`));
  cards.push(finishCard(ctx));
  cards.push(nowCard(ctx));

  const [overdue, blocked, upcoming] = [report.overdue.length, report.blocked.length, report.upcoming.length];
  const attention = [overdue ? words.overdue(overdue) : "", blocked ? words.blocked(blocked) : "", upcoming ? words.startingSoon(upcoming) : ""].filter(Boolean);
  cards.push(card(words.workDone, `${report.work.done}<span class="card-of"> / ${report.work.total}</span>`, [attention.length ? escapeHtml(attention.join(" · ")) : words.allClear]));

  const { risks } = report.plan;
  if (risks.length) {
    const counts = report.openRiskLevels;
    const levels = (["critical", "high", "medium", "low"] as const).filter((l) => counts[l] > 0).map((l) => words.level(counts[l], l));
    if (counts.unscored) levels.push(words.unscored(counts.unscored));
    cards.push(card(words.openRisks, String(report.openRisks.length), [levels.length ? escapeHtml(levels.join(" · ")) : words.noneOpen(risks.length)]));
  }

  if (report.budgets.length) {
    const money = (f: (t: (typeof report.budgets)[number]) => bigint, all = true) =>
      report.budgets.filter((t) => all || f(t) > 0n).map((t) => ctx.money(f(t), t.currency));
    const n = report.plan.budgets.length;
    const detail = words.budgetDetail(escapeHtml(money((t) => t.yearly).join(" + ")), escapeHtml(money((t) => t.oneOff, false).join(" + ")), n);
    cards.push(card(words.budgetPerMonth, escapeHtml(money((t) => t.monthly).join(" + ")), [detail]));
  }
  return `<section class="cards" aria-label="${labels.summary}">${cards.join("")}</section>`;
}

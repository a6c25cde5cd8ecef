import type { PlannedItem } from "../../plan/types.js";
import { chancePercent } from "../chance-percent.js";
import { escapeHtml } from "./escape-html.js";
import type { HtmlContext } from "./html-context.js";
import { htmlTitle } from "./plain-title.js";
import { scheduleBadge } from "./status-badge.js";

/** A card: its label (plain text), its value and details (HTML). */
function card(label: string, value: string, details: string[], extra = "", cls = ""): string {
  const lines = details.map((d) => `<p class="card-detail">${d}</p>`).join("");
  return `<div class="card${cls ? ` ${cls}` : ""}"><p class="card-label">${escapeHtml(label)}</p><p class="card-value">${value}</p>${extra}${lines}</div>`;
}

/** A thin progress track with the expected position marked; the numbers are always next to it. */
export function progressMeter(progress: number, expected: number | null): string {
  const w = 200;
  const fill = Math.max(0, Math.min(1, progress)) * w;
  const mark =
    expected === null ? "" : `<rect class="meter-expected" x="${(Math.max(0, Math.min(1, expected)) * w - 1).toFixed(1)}" y="0" width="2" height="10"/>`;
  return `<svg class="meter" viewBox="0 0 ${w} 10" width="${w}" height="10" preserveAspectRatio="none" aria-hidden="true"><rect class="meter-track" x="0" y="2" width="${w}" height="6" rx="3"/><rect class="meter-fill" x="0" y="2" width="${fill.toFixed(1)}" height="6" rx="3"/>${mark}</svg>`;
}

/** The planned finish, the best case and the due date; the forecast when the finish is uncertain. */
function finishCard(ctx: HtmlContext): string {
  const { report, t } = ctx;
  if (!report.finish) return card(t.column.plannedFinish, "—", [escapeHtml(t.report.nothingScheduled)]);
  const best =
    report.bestCaseFinish && report.bestCaseFinish !== report.finish
      ? t.capitalize(t.when.bestCase({ date: ctx.day(report.bestCaseFinish) }))
      : t.forecast.noRanges;
  const due = report.due === null ? "" : ` · ${t.when.due({ date: ctx.day(report.due) })}${report.finishesLate ? ` (${t.flag.late})` : ""}`;
  const details = [escapeHtml(best + due)];
  const f = report.forecast;
  if (report.uncertainFinish && f) {
    details.push(
      escapeHtml(
        report.due !== null && f.dueProbability !== null
          ? `${t.forecast.p80Finish({ date: ctx.dayMonth(f.p80) })} · ${t.forecast.dueProbability({ percent: chancePercent(f.dueProbability, t.percent) })}`
          : `P50 ${ctx.dayMonth(f.p50)} · P80 ${ctx.dayMonth(f.p80)} · P95 ${ctx.dayMonth(f.p95)}`,
      ),
    );
  }
  return card(t.column.plannedFinish, escapeHtml(ctx.day(report.finish)), details);
}

/** The phases running now (linked), and what starts next. */
function nowCard(ctx: HtmlContext): string {
  const { report, t } = ctx;
  const link = (p: PlannedItem) => `<a href="#${ctx.anchor("item", p.id)}">${htmlTitle(p.title)}</a>`;
  const separator = escapeHtml(t.punctuation.listSeparator);
  const details = [report.current.length ? report.current.map(link).join(separator) : escapeHtml(t.list.noPhaseRunning)];
  if (report.next.length) {
    const next = report.next.map(
      (p) => `${link(p)} <span class="muted">${escapeHtml(p.milestone ? ctx.dayMonth(p.start!) : t.when.from({ date: ctx.dayMonth(p.start!) }))}</span>`,
    );
    details.push(`${escapeHtml(`${t.section.next}${t.punctuation.colon.trimEnd()}`)} ${next.join(separator)}`);
  }
  return card(t.section.phasesNow, escapeHtml(t.number(report.current.length)), details);
}

/** The headline numbers: progress against plan, schedule state, finish dates, phases now, work done, open risks, budget. */
export function summaryCards(ctx: HtmlContext): string {
  const { report, t } = ctx;
  const cards: string[] = [];
  cards.push(
    card(
      t.section.progress,
      escapeHtml(ctx.percent(report.progress)),
      [escapeHtml(t.progress.expectedBy({ percent: ctx.percent(report.expectedProgress), date: ctx.dayMonth(report.asOf) }))],
      progressMeter(report.progress, report.expectedProgress),
    ),
  );
  const diff = report.progressDelta;
  const delta = diff === 0 ? t.progress.exactlyOnPlan : diff > 0 ? t.progress.pointsAhead(diff) : t.progress.pointsBehind(-diff);
  cards.push(card(t.section.schedule, scheduleBadge(t, report.schedule), [escapeHtml(delta)], "", `sched-card sched-${report.schedule}`));
  cards.push(finishCard(ctx));
  cards.push(nowCard(ctx));

  const [overdue, blocked, upcoming] = [report.overdue.length, report.blocked.length, report.upcoming.length];
  const attention = [
    overdue ? t.count.overdue({ count: overdue }) : "",
    blocked ? t.count.blocked({ count: blocked }) : "",
    upcoming ? t.count.startingSoon({ count: upcoming }) : "",
  ].filter(Boolean);
  const work = `${escapeHtml(t.number(report.work.done))}<span class="card-of"> / ${escapeHtml(t.number(report.work.total))}</span>`;
  cards.push(card(t.column.workDone, work, [escapeHtml(attention.length ? attention.join(" · ") : t.list.nothingOverdueOrBlocked)]));

  const { risks } = report.plan;
  if (risks.length) {
    const counts = report.openRiskLevels;
    const colon = t.punctuation.colon;
    const levels = (["critical", "high", "medium", "low", "unscored"] as const)
      .filter((l) => counts[l] > 0)
      .map((l) => `${t.riskLevel[l]}${colon}${t.number(counts[l])}`);
    const detail = levels.length ? levels.join(" · ") : t.list.recordedNoneOpen({ count: risks.length });
    cards.push(card(t.column.openRisks, escapeHtml(t.number(report.openRisks.length)), [escapeHtml(detail)]));
  }

  if (report.budgets.length) {
    const money = (f: (b: (typeof report.budgets)[number]) => bigint, all = true) =>
      report.budgets.filter((b) => all || f(b) > 0n).map((b) => ctx.money(f(b), b.currency));
    const n = report.plan.budgets.length;
    const oneOff = money((b) => b.oneOff, false).join(" + ");
    const detail = `${t.budget.perYearAmount({ amount: money((b) => b.yearly).join(" + ") })}${oneOff ? ` + ${t.budget.oneOffAmount({ amount: oneOff })}` : ""} · ${t.count.budgets(n)}`;
    cards.push(card(t.column.budgetPerMonth, escapeHtml(money((b) => b.monthly).join(" + ")), [escapeHtml(detail)]));
  }
  return `<section class="cards" aria-label="${escapeHtml(t.report.summary)}">${cards.join("")}</section>`;
}

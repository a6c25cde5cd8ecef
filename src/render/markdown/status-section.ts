import type { PlannedItem } from "../../plan/types.js";
import type { AttentionEntry } from "../../report/attention-list.js";
import { chancePercent } from "../chance-percent.js";
import { day, type MarkdownContext } from "./context.js";
import { escapeMarkdown } from "./escape-markdown.js";
import { boldLabel, progressBar, riskLevelLabel, scheduleLabel, statusEmoji } from "./labels.js";
import { markdownTable } from "./markdown-table.js";

/** How many names a status line lists before `and N more`. */
const LIST_LIMIT = 8;

/** Titles joined with commas, cut after `LIST_LIMIT` with `and N more`. */
function limited(ctx: MarkdownContext, parts: string[]): string {
  const { t } = ctx;
  const shown = parts.slice(0, LIST_LIMIT).join(t.punctuation.listSeparator);
  return parts.length <= LIST_LIMIT ? shown : `${shown} ${t.list.andMore({ count: parts.length - LIST_LIMIT })}`;
}

/** An attention entry: its title, `+N` for the flagged items inside it it stands for, then `detail` in brackets. */
function entry(ctx: MarkdownContext, { item, inside }: AttentionEntry, detail = ""): string {
  return `${escapeMarkdown(item.title)}${inside ? ` +${ctx.t.number(inside)}` : ""}${detail ? ` (${detail})` : ""}`;
}

/** `- **Label (N):** a, b, c`, or nothing for an empty list. */
function fact(ctx: MarkdownContext, label: string, parts: string[]): string[] {
  return parts.length ? [`- ${boldLabel(ctx.t, `${label} (${ctx.t.number(parts.length)})`)} ${limited(ctx, parts)}`] : [];
}

/** The table at the top: progress, schedule, work done, start, the planned and best-case finish, the due date. */
function statusTable(ctx: MarkdownContext): string {
  const { report, t } = ctx;
  const words = t.column;
  const dash = "—";
  // The roadmap's own deadline gets a column only when it has one.
  const due = report.due === null ? [] : [`${day(ctx, report.due)}${report.finishesLate ? ` ⚠️ ${t.flag.plannedLater}` : ""}`];
  return markdownTable(
    [
      words.asOf,
      words.progress,
      words.schedule,
      words.workItemsDone,
      words.start,
      words.plannedFinish,
      words.bestCaseFinish,
      ...(report.due === null ? [] : [words.due]),
    ],
    [
      [
        day(ctx, report.asOf),
        `${progressBar(report.progress)} ${t.percent(report.progress)} (${t.progress.expected({ percent: t.percent(report.expectedProgress) })})`,
        scheduleLabel(t, report.schedule),
        t.progress.ofTotal({ done: report.work.done, total: report.work.total }),
        report.start ? day(ctx, report.start) : dash,
        report.finish ? day(ctx, report.finish) : dash,
        report.bestCaseFinish ? day(ctx, report.bestCaseFinish) : dash,
        ...due,
      ],
    ],
  );
}

/**
 * The forecast, when the estimate ranges make the finish uncertain: with a
 * due date the P80 finish and the chance of the due date first, else P50,
 * P80 and P95; then how it was computed.
 */
function forecastFact(ctx: MarkdownContext): string[] {
  const { report, t } = ctx;
  const f = report.forecast;
  if (!report.uncertainFinish || f === null) return [];
  const how = f.exact
    ? t.forecast.exactCombinations(f.runs)
    : `${t.forecast.runs(f.runs)}${t.punctuation.listSeparator}${t.forecast.seed({ seed: String(f.seed) })}`;
  const text =
    report.due !== null && f.dueProbability !== null
      ? `${t.forecast.p80Finish({ date: day(ctx, f.p80) })} · ${t.forecast.dueProbability({ percent: chancePercent(f.dueProbability, t.percent) })} (P50 ${day(ctx, f.p50)}${t.punctuation.listSeparator}P95 ${day(ctx, f.p95)}; ${how})`
      : `P50 ${day(ctx, f.p50)} · P80 ${day(ctx, f.p80)} · P95 ${day(ctx, f.p95)} (${how})`;
  return [`- ${boldLabel(t, `📈 ${t.section.forecast}`)} ${text}`];
}

/** A phase or milestone coming next, with the day it starts. */
function nextPart(ctx: MarkdownContext, p: PlannedItem): string {
  const title = escapeMarkdown(p.title);
  return p.milestone ? `🏁 ${title} (${day(ctx, p.start!)})` : `${title} (${ctx.t.when.from({ date: day(ctx, p.start!) })})`;
}

/**
 * `## Status` as of the plan's date: overall progress against the expected
 * progress, the schedule state, planned and best-case finish, then the
 * forecast and what is going on now, next, overdue, blocked, upcoming, late
 * and unscheduled, the open risks, the critical path by phase and the
 * planner's problems, all from the report model.
 */
export function statusSection(ctx: MarkdownContext): string[] {
  const { report, t } = ctx;
  const words = t.section;
  const blocks = [`## ${words.status}`, statusTable(ctx)];
  const facts: string[] = [...forecastFact(ctx)];
  facts.push(
    ...fact(
      ctx,
      words.now,
      report.current.map((p) => `${statusEmoji[p.status]} ${escapeMarkdown(p.title)} (${t.percent(p.progress)})`),
    ),
  );
  if (report.next.length)
    facts.push(
      `- ${boldLabel(t, words.next)} ${limited(
        ctx,
        report.next.map((p) => nextPart(ctx, p)),
      )}`,
    );
  facts.push(
    ...fact(
      ctx,
      `⚠️ ${words.overdue}`,
      report.overdue.map((e) => entry(ctx, e, t.when[e.reason]({ date: day(ctx, e.since) }))),
    ),
    ...fact(
      ctx,
      `⛔ ${words.blocked}`,
      report.blocked.map((e) => entry(ctx, e)),
    ),
    ...fact(
      ctx,
      `📅 ${words.startingSoon}`,
      report.upcoming.map((e) => entry(ctx, e, day(ctx, e.item.start!))),
    ),
    ...fact(
      ctx,
      `🕒 ${words.late}`,
      report.late.map((e) => entry(ctx, e)),
    ),
    ...fact(
      ctx,
      `🎯 ${t.column.openRisks}`,
      report.openRisks.map(
        (r) => `${escapeMarkdown(r.title)} (${r.level ? `${riskLevelLabel(t, r.level)} ${t.number(r.score ?? 0)}` : `⚪ ${t.riskLevel.unscored}`})`,
      ),
    ),
  );
  const { phases, done, open } = report.criticalPath;
  if (phases.length) {
    const path = phases.map((p) => escapeMarkdown(p.title)).join(" → ");
    facts.push(`- ${boldLabel(t, `🔥 ${words.criticalPath}`)} ${path} (${t.report.criticalPathNote(done.length + open.length, { mark: "🔥" })})`);
  }
  facts.push(
    ...fact(
      ctx,
      words.unscheduled,
      report.unscheduled.map((e) => entry(ctx, e)),
    ),
  );
  if (facts.length) blocks.push(facts.join("\n"));

  const problems = report.problems.filter((d) => d.severity === "error");
  if (problems.length) {
    blocks.push(["> [!WARNING]", `> ${t.report.plannerProblems}`, ">", ...problems.map((d) => `> - ${escapeMarkdown(d.message)}`)].join("\n"));
  }
  return blocks;
}

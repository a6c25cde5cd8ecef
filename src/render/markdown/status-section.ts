import type { PlannedItem } from "../../plan/types.js";
import type { AttentionEntry } from "../../report/attention-list.js";
import { chancePercent } from "../chance-percent.js";
import { day, type MarkdownContext } from "./context.js";
import { escapeMarkdown } from "./escape-markdown.js";
import { formatNumber } from "./format-number.js";
import { labels, percent, progressBar, riskLevelLabel, scheduleLabel, statusEmoji } from "./labels.js";
import { markdownTable } from "./markdown-table.js";

const words = labels.status;

/** How many names a status line lists before `and N more`. */
const LIST_LIMIT = 8;

/** Titles joined with commas, cut after `LIST_LIMIT` with `and N more`. */
function limited(parts: string[]): string {
  if (parts.length <= LIST_LIMIT) return parts.join(", ");
  return words.more(parts.slice(0, LIST_LIMIT).join(", "), parts.length - LIST_LIMIT);
}

/** An attention entry: its title, `+N` for the flagged items inside it it stands for, then `detail` in brackets. */
function entry({ item, inside }: AttentionEntry, detail = ""): string {
  return `${escapeMarkdown(item.title)}${inside ? ` ${words.inside(inside)}` : ""}${detail ? ` (${detail})` : ""}`;
}

/** `- **Label (N):** a, b, c`, or nothing for an empty list. */
function fact(label: string, parts: string[]): string[] {
  return parts.length ? [`- **${label} (${parts.length}):** ${limited(parts)}`] : [];
}

/** The table at the top: progress, schedule, work done, start, the planned and best-case finish, the due date. */
function statusTable(ctx: MarkdownContext): string {
  const { report } = ctx;
  const dash = "—";
  // The roadmap's own deadline gets a column only when it has one.
  const due = report.due === null ? [] : [`${day(ctx, report.due)}${report.finishesLate ? ` ${words.plannedLater}` : ""}`];
  return markdownTable(
    [words.asOf, words.progress, words.schedule, words.workItemsDone, words.start, words.plannedFinish, words.bestCaseFinish, ...(report.due === null ? [] : [words.due])],
    [[
      day(ctx, report.asOf),
      `${progressBar(report.progress)} ${percent(report.progress)} ${words.expected(percent(report.expectedProgress))}`,
      scheduleLabel[report.schedule],
      words.doneOf(report.work.done, report.work.total),
      report.start ? day(ctx, report.start) : dash,
      report.finish ? day(ctx, report.finish) : dash,
      report.bestCaseFinish ? day(ctx, report.bestCaseFinish) : dash,
      ...due,
    ]],
  );
}

/**
 * The forecast, when the estimate ranges make the finish uncertain: with a
 * due date the P80 finish and the chance of the due date first, else P50,
 * P80 and P95; then how it was computed.
 */
function forecastFact(ctx: MarkdownContext): string[] {
  const { report } = ctx;
  const f = report.forecast;
  if (!report.uncertainFinish || f === null) return [];
  const how = f.exact ? words.forecastExact(f.runs) : words.forecastRuns(formatNumber(f.runs), f.seed);
  const text =
    report.due !== null && f.dueProbability !== null
      ? `${words.forecastDue(day(ctx, f.p80), chancePercent(f.dueProbability))} (${words.forecastOthers(day(ctx, f.p50), day(ctx, f.p95))}; ${how})`
      : `${words.forecastSpread(day(ctx, f.p50), day(ctx, f.p80), day(ctx, f.p95))} (${how})`;
  return [`- **${words.forecast}:** ${text}`];
}

/** A phase or milestone coming next, with the day it starts. */
function nextPart(ctx: MarkdownContext, p: PlannedItem): string {
  const title = escapeMarkdown(p.title);
  return p.milestone ? `🏁 ${title} (${day(ctx, p.start!)})` : `${title} (${words.from(day(ctx, p.start!))})`;
}

/**
 * `## Status` as of the plan's date: overall progress against the expected
 * progress, the schedule state, planned and best-case finish, then the
 * forecast and what is going on now, next, overdue, blocked, upcoming, late
 * and unscheduled, the open risks, the critical path by phase and the
 * planner's problems, all from the report model.
 */
export function statusSection(ctx: MarkdownContext): string[] {
  const { report } = ctx;
  const blocks = [`## ${labels.section.status}`, statusTable(ctx)];
  const facts: string[] = [...forecastFact(ctx)];
  if (report.current.length) {
    facts.push(`- **${words.now} (${report.current.length}):** ${limited(report.current.map((p) => `${statusEmoji[p.status]} ${escapeMarkdown(p.title)} (${percent(p.progress)})`))}`);
  }
  if (report.next.length) facts.push(`- **${words.next}:** ${limited(report.next.map((p) => nextPart(ctx, p)))}`);
  facts.push(
    ...fact(words.overdue, report.overdue.map((e) => entry(e, words.overdueSince[e.reason](day(ctx, e.since))))),
    ...fact(words.blocked, report.blocked.map((e) => entry(e))),
    ...fact(words.upcoming, report.upcoming.map((e) => entry(e, day(ctx, e.item.start!)))),
    ...fact(words.late, report.late.map((e) => entry(e))),
    ...fact(words.openRisks, report.openRisks.map((r) => `${escapeMarkdown(r.title)} (${r.level ? `${riskLevelLabel[r.level]} ${r.score}` : words.unscored})`)),
  );
  const { phases, done, open } = report.criticalPath;
  if (phases.length) {
    facts.push(`- **${words.criticalPath}:** ${phases.map((p) => escapeMarkdown(p.title)).join(" → ")} (${words.criticalPathNote(done.length + open.length)})`);
  }
  facts.push(...fact(words.unscheduled, report.unscheduled.map((e) => entry(e))));
  if (facts.length) blocks.push(facts.join("\n"));

  const problems = report.problems.filter((d) => d.severity === "error");
  if (problems.length) {
    blocks.push(["> [!WARNING]", `> ${words.plannerProblems}`, ">", ...problems.map((d) => `> - ${escapeMarkdown(d.message)}`)].join("\n"));
  }
  return blocks;
}

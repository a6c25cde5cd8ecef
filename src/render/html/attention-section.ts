import type { AttentionEntry } from "../../report/attention-list.js";
import { escapeHtml } from "./escape-html.js";
import type { HtmlContext } from "./html-context.js";
import { htmlTitle } from "./plain-title.js";

const SHOWN = 8;

/**
 * Overdue, blocked, late and soon-starting work as the report model has it
 * (one nesting policy: a parent stands for the flagged work inside it,
 * `+N inside`), each a short linked list; then the planning problems.
 * Nothing when all is well.
 */
export function attentionSection(ctx: HtmlContext): string {
  const { report, t } = ctx;
  /** Each entry with what to say about it. */
  const noted = <T extends AttentionEntry>(list: T[], note: (entry: T) => string) => list.map((entry) => ({ entry, note: note(entry) }));
  const groups: [string, string, { entry: AttentionEntry; note: string }[]][] = [
    ["overdue", t.section.overdue, noted(report.overdue, ({ since, reason }) => t.when[reason]({ date: ctx.dayMonth(since) }))],
    ["blocked", t.section.blockedOrWaiting, noted(report.blocked, ({ item }) => (item.status === "blocked" ? t.flag.blocked : t.flag.waitingOnBlocked))],
    [
      "late",
      t.section.late,
      noted(report.late, ({ item }) => (item.due && item.end ? t.when.dueEnds({ due: ctx.dayMonth(item.due), end: ctx.dayMonth(item.end) }) : "")),
    ],
    ["upcoming", t.section.startingSoon, noted(report.upcoming, ({ item }) => (item.start ? t.when.starts({ date: ctx.dayMonth(item.start) }) : ""))],
  ];
  const blocks = groups
    .filter(([, , list]) => list.length > 0)
    .map(([kind, title, list]) => {
      const items = list.slice(0, SHOWN).map(({ entry: e, note }) => {
        const detail = [e.inside ? t.list.inside({ count: e.inside }) : "", note].filter(Boolean).join(" · ");
        return `<li><a href="#${ctx.anchor("item", e.item.id)}">${htmlTitle(e.item.title)}</a> <span class="muted">${escapeHtml(detail)}</span></li>`;
      });
      const more = list.length > SHOWN ? `<li class="muted">${escapeHtml(t.list.andMore({ count: list.length - SHOWN }))}</li>` : "";
      return `<div class="att att-${kind}"><h3>${escapeHtml(title)} <span class="count">${list.length}</span></h3><ul>${items.join("")}${more}</ul></div>`;
    });
  // The planner's messages are English (diagnostics): marked so, inside a page in the report's language.
  const problems = report.problems.map(
    (d) =>
      `<li><span class="flag f-${d.severity === "error" ? "overdue" : "late"}">${escapeHtml(t.severity[d.severity])}</span> <span lang="en">${escapeHtml(d.message)}</span></li>`,
  );
  if (blocks.length === 0 && problems.length === 0) return "";
  return (
    `<section id="attention" class="section"><h2>${escapeHtml(t.section.needsAttention)}</h2>` +
    (blocks.length ? `<div class="att-grid">${blocks.join("")}</div>` : "") +
    (problems.length
      ? `<div class="att att-problems"><h3>${escapeHtml(t.section.planningProblems)} <span class="count">${problems.length}</span></h3><ul>${problems.join("")}</ul></div>`
      : "") +
    `</section>`
  );
}

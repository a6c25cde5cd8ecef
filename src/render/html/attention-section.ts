import type { AttentionEntry } from "../../report/attention-list.js";
import { escapeHtml } from "./escape-html.js";
import type { HtmlContext } from "./html-context.js";
import { labels } from "./labels.js";
import { htmlTitle } from "./plain-title.js";

const SHOWN = 8;
const words = labels.attention;

/**
 * Overdue, blocked, late and soon-starting work as the report model has it
 * (one nesting policy: a parent stands for the flagged work inside it,
 * `+N inside`), each a short linked list; then the planning problems.
 * Nothing when all is well.
 */
export function attentionSection(ctx: HtmlContext): string {
  const { report } = ctx;
  /** Each entry with what to say about it. */
  const noted = <T extends AttentionEntry>(list: T[], note: (entry: T) => string) => list.map((entry) => ({ entry, note: note(entry) }));
  const groups: [string, string, { entry: AttentionEntry; note: string }[]][] = [
    ["overdue", words.overdue, noted(report.overdue, ({ since, reason }) => words.since[reason](ctx.dayMonth(since)))],
    ["blocked", words.blocked, noted(report.blocked, ({ item }) => (item.status === "blocked" ? words.isBlocked : words.waiting))],
    ["late", words.late, noted(report.late, ({ item }) => (item.due && item.end ? words.dueEnds(ctx.dayMonth(item.due), ctx.dayMonth(item.end)) : ""))],
    ["upcoming", words.upcoming, noted(report.upcoming, ({ item }) => (item.start ? words.starts(ctx.dayMonth(item.start)) : ""))],
  ];
  const blocks = groups
    .filter(([, , list]) => list.length > 0)
    .map(([kind, title, list]) => {
      const items = list.slice(0, SHOWN).map(({ entry: e, note }) => {
        const detail = [e.inside ? words.inside(e.inside) : "", note].filter(Boolean).join(" · ");
        return `<li><a href="#${ctx.anchor("item", e.item.id)}">${htmlTitle(e.item.title)}</a> <span class="muted">${escapeHtml(detail)}</span></li>`;
      });
      const more = list.length > SHOWN ? `<li class="muted">${labels.more(list.length - SHOWN)}</li>` : "";
      return `<div class="att att-${kind}"><h3>${title} <span class="count">${list.length}</span></h3><ul>${items.join("")}${more}</ul></div>`;
    });
  const problems = report.problems.map((d) => `<li><span lang="en" class="flag f-${d.severity === "error" ? "overdue" : "late"}">${d.severity}</span> ${escapeHtml(d.message)}</li>`);
  if (blocks.length === 0 && problems.length === 0) return "";
  return (
    `<section id="attention" class="section"><h2>${words.heading}</h2>` +
    (blocks.length ? `<div class="att-grid">${blocks.join("")}</div>` : "") +
    (problems.length ? `<div class="att att-problems"><h3>${words.problems} <span class="count">${problems.length}</span></h3><ul>${problems.join("")}</ul></div>` : "") +
    `</section>`
  );
}

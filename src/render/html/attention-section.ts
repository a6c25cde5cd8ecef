import { escapeHtml } from "./escape-html.js";
import type { HtmlContext } from "./html-context.js";
import { htmlTitle } from "./plain-title.js";

const SHOWN = 8;

/** Overdue, blocked, late and soon-starting work, each a short linked list; nothing when all is well. */
export function attentionSection(ctx: HtmlContext): string {
  const { plan } = ctx;
  const parents = new Set(plan.items.map((i) => i.parent));
  // Leaves only: a late task already makes its phase late, listing both says it twice.
  const leaves = (ids: string[]) => ids.filter((id) => !parents.has(id));
  const groups: [string, string, string[], (id: string) => string][] = [
    ["overdue", "Overdue", leaves(plan.overdue), (id) => {
      const i = plan.itemsById.get(id)!;
      return i.end ? `ended ${ctx.dayMonth(i.end)}` : "";
    }],
    ["blocked", "Blocked or waiting", leaves(plan.blocked), (id) => {
      const i = plan.itemsById.get(id)!;
      return i.status === "blocked" ? "blocked" : "waiting on a blocked item";
    }],
    ["late", "Planned past their due date", leaves(plan.late), (id) => {
      const i = plan.itemsById.get(id)!;
      return i.due ? `due ${ctx.dayMonth(i.due)}, ends ${ctx.dayMonth(i.end!)}` : "";
    }],
    ["upcoming", "Starting in the next two weeks", leaves(plan.upcoming), (id) => {
      const i = plan.itemsById.get(id)!;
      return i.start ? `starts ${ctx.dayMonth(i.start)}` : "";
    }],
  ];
  const blocks = groups
    .filter(([, , ids]) => ids.length > 0)
    .map(([kind, title, ids, note]) => {
      const items = ids.slice(0, SHOWN).map((id) => {
        const item = plan.itemsById.get(id)!;
        return `<li><a href="#${ctx.anchor("item", id)}">${htmlTitle(item.title)}</a> <span class="muted">${escapeHtml(note(id))}</span></li>`;
      });
      const more = ids.length > SHOWN ? `<li class="muted">and ${ids.length - SHOWN} more</li>` : "";
      return `<div class="att att-${kind}"><h3>${title} <span class="count">${ids.length}</span></h3><ul>${items.join("")}${more}</ul></div>`;
    });
  const problems = plan.diagnostics.map((d) => `<li><span lang="en" class="flag f-${d.severity === "error" ? "overdue" : "late"}">${d.severity}</span> ${escapeHtml(d.message)}</li>`);
  if (blocks.length === 0 && problems.length === 0) return "";
  return (
    `<section id="attention" class="section"><h2>Needs attention</h2>` +
    (blocks.length ? `<div class="att-grid">${blocks.join("")}</div>` : "") +
    (problems.length ? `<div class="att att-problems"><h3>Planning problems <span class="count">${problems.length}</span></h3><ul>${problems.join("")}</ul></div>` : "") +
    `</section>`
  );
}

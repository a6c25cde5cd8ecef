import { lineCents, toCents } from "../../plan/money.js";
import type { PlannedBudget } from "../../plan/types.js";
import { budgetBars, categoryClasses, categoryName } from "./budget-bars.js";
import { escapeHtml } from "./escape-html.js";
import type { HtmlContext } from "./html-context.js";
import { labels, perLabel as PER } from "./labels.js";
import { htmlTitle } from "./plain-title.js";
import { safeMarkdown } from "./safe-markdown.js";

const words = labels.budgets;

function budgetTable(b: PlannedBudget, ctx: HtmlContext): string {
  const cur = b.currency;
  const hasCategory = b.budget.items.some((i) => i.category !== undefined);
  const rows = b.budget.items.map(
    (i) =>
      `<tr><th scope="row">${htmlTitle(i.title)}${i.notes ? `<div class="md small">${safeMarkdown(i.notes, { headingOffset: 4 })}</div>` : ""}</th>` +
      (hasCategory ? `<td>${escapeHtml(categoryName(i.category ?? null))}</td>` : "") +
      `<td class="num">${escapeHtml(ctx.number(i.count))}</td><td class="num">${escapeHtml(ctx.money(toCents(i.amount), cur))}</td>` +
      `<td>${PER[i.per]}</td><td class="num">${escapeHtml(ctx.money(lineCents(i.count, i.amount), cur))}</td></tr>`,
  );
  const span = hasCategory ? 5 : 4;
  const foot: string[] = [];
  const total = (label: string, value: string, cls = "") => `<tr class="${cls}"><th scope="row" colspan="${span}">${label}</th><td class="num">${value}</td></tr>`;
  foot.push(total(words.monthlyRunRate, escapeHtml(ctx.money(b.monthly, cur)), "is-total"));
  foot.push(total(words.yearlyRunRate, escapeHtml(ctx.money(b.yearly, cur))));
  if (b.oneOff > 0n) foot.push(total(words.oneOff, escapeHtml(ctx.money(b.oneOff, cur))));
  for (const d of b.declared) {
    const verdict = d.matches
      ? `<span class="badge k-met"><span aria-hidden="true">✓</span> ${words.matches}</span>`
      : `<span class="badge k-missed"><span aria-hidden="true">✗</span> ${escapeHtml(words.itemsSumTo(ctx.money(d.runRate, cur)))}</span>`;
    foot.push(total(`${words.declared(PER[d.per])} ${verdict}`, escapeHtml(ctx.money(d.amount, cur))));
  }
  if (b.span && b.phaseCost !== null) {
    foot.push(total(escapeHtml(words.phaseCost(ctx.day(b.span.start), ctx.day(b.span.end), b.span.days)), escapeHtml(ctx.money(b.phaseCost, cur)), "is-total"));
  }
  return (
    `<div class="table-scroll"><table class="budget-table"><thead lang="en"><tr><th scope="col">${words.item}</th>${hasCategory ? `<th scope="col">${words.category}</th>` : ""}<th scope="col" class="num">${words.count}</th><th scope="col" class="num">${words.amount}</th><th scope="col">${words.per}</th><th scope="col" class="num">${words.lineTotal}</th></tr></thead>` +
    `<tbody>${rows.join("")}</tbody><tfoot>${foot.join("")}</tfoot></table></div>`
  );
}

/** Stacked bars per currency (the report's totals per currency), then each budget with its items and totals. */
export function budgetsSection(ctx: HtmlContext): string {
  const { budgets } = ctx.plan;
  if (budgets.length === 0) return "";
  const charts = ctx.report.budgets.map(({ currency: cur, members: list }) => {
    const classes = categoryClasses(list);
    const named = [...classes.keys()].some((c) => c !== null);
    const legend = named
      ? `<ul class="legend">${[...classes].map(([c, cls]) => `<li><svg class="legend-swatch" viewBox="0 0 14 14" width="14" height="14" aria-hidden="true"><rect class="b-seg-swatch ${cls}" x="1" y="1" width="12" height="12" rx="2"/></svg><span>${escapeHtml(categoryName(c))}</span></li>`).join("")}</ul>`
      : "";
    const monthly = list.some((b) => b.monthly > 0n);
    return `<figure class="budget-chart"><figcaption>${monthly ? words.monthlyRunRate : words.oneOffCosts}${cur ? ` (${escapeHtml(cur)})` : ""}${named ? words.byCategory : ""}</figcaption>${legend}<div class="chart-scroll">${budgetBars(list, cur, ctx)}</div></figure>`;
  });
  const cards = budgets.map((b) => {
    const phase = b.phase ? ctx.plan.itemsById.get(b.phase) : undefined;
    const sub = [
      b.currency ? escapeHtml(b.currency) : "",
      phase ? `${words.over} <a href="#${ctx.anchor("item", phase.id)}">${htmlTitle(phase.title)}</a>` : b.phase ? escapeHtml(b.phase) : "",
    ].filter(Boolean);
    return (
      `<article class="budget" id="${ctx.anchor("budget", b.id)}"><div class="budget-head"><h3>${htmlTitle(b.title)}</h3>` +
      `<p class="budget-total"><span class="bt-value">${escapeHtml(ctx.money(b.monthly, b.currency))}</span><span class="muted">${words.perMonth}</span></p></div>` +
      (sub.length ? `<p class="muted small">${sub.join(" · ")}</p>` : "") +
      (b.budget.notes ? `<div class="md small">${safeMarkdown(b.budget.notes, { headingOffset: 4 })}</div>` : "") +
      budgetTable(b, ctx) +
      `</article>`
    );
  });
  return `<section id="budgets" class="section"><h2>${labels.nav.budgets}</h2>${charts.join("")}<div class="budgets">${cards.join("")}</div></section>`;
}

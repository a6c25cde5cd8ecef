import { lineCents, toCents } from "../../plan/money.js";
import type { PlannedBudget } from "../../plan/types.js";
import { budgetBars, categoryClasses, categoryName } from "./budget-bars.js";
import { escapeHtml } from "./escape-html.js";
import type { HtmlContext } from "./html-context.js";
import type { BudgetItem } from "../../model.js";
import { htmlTitle } from "./plain-title.js";
import { safeMarkdown } from "./safe-markdown.js";

/** How often a line is paid: `monthly`, `yearly`, `once`. */
function perText(ctx: HtmlContext, per: BudgetItem["per"]): string {
  const { budget } = ctx.t;
  return per === "month" ? budget.monthly : per === "year" ? budget.yearly : budget.once;
}

function budgetTable(b: PlannedBudget, ctx: HtmlContext): string {
  const { t } = ctx;
  const cur = b.currency;
  const hasCategory = b.budget.items.some((i) => i.category !== undefined);
  const rows = b.budget.items.map(
    (i) =>
      `<tr><th scope="row">${htmlTitle(i.title)}${i.notes ? `<div class="md small">${safeMarkdown(i.notes, { headingOffset: 4 })}</div>` : ""}</th>` +
      (hasCategory ? `<td>${escapeHtml(categoryName(t, i.category ?? null))}</td>` : "") +
      `<td class="num">${escapeHtml(ctx.number(i.count))}</td><td class="num">${escapeHtml(ctx.money(toCents(i.amount), cur))}</td>` +
      `<td>${escapeHtml(perText(ctx, i.per))}</td><td class="num">${escapeHtml(ctx.money(lineCents(i.count, i.amount), cur))}</td></tr>`,
  );
  const span = hasCategory ? 5 : 4;
  const foot: string[] = [];
  /** A row of the foot: its label (HTML) and value. */
  const total = (label: string, value: string, cls = "") =>
    `<tr class="${cls}"><th scope="row" colspan="${span}">${label}</th><td class="num">${value}</td></tr>`;
  foot.push(total(escapeHtml(t.budget.monthlyRunRate), escapeHtml(ctx.money(b.monthly, cur)), "is-total"));
  foot.push(total(escapeHtml(t.budget.yearlyRunRate), escapeHtml(ctx.money(b.yearly, cur))));
  if (b.oneOff > 0n) foot.push(total(escapeHtml(t.column.oneOff), escapeHtml(ctx.money(b.oneOff, cur))));
  for (const d of b.declared) {
    const verdict = d.matches
      ? `<span class="badge k-met"><span aria-hidden="true">✓</span> ${escapeHtml(t.budget.matches)}</span>`
      : `<span class="badge k-missed"><span aria-hidden="true">✗</span> ${escapeHtml(t.budget.itemsAddUpTo({ amount: ctx.money(d.runRate, cur) }))}</span>`;
    foot.push(total(`${escapeHtml(`${t.budget.declaredTotal} (${perText(ctx, d.per)})`)} ${verdict}`, escapeHtml(ctx.money(d.amount, cur))));
  }
  if (b.span && b.phaseCost !== null) {
    const range = t.when.range({ start: ctx.day(b.span.start), end: ctx.day(b.span.end) });
    foot.push(total(escapeHtml(`${t.budget.costOverPhase({ range })} (${t.count.days(b.span.days)})`), escapeHtml(ctx.money(b.phaseCost, cur)), "is-total"));
  }
  const words = t.column;
  const head = (text: string, num = false) => `<th scope="col"${num ? ' class="num"' : ""}>${escapeHtml(text)}</th>`;
  return (
    `<div class="table-scroll"><table class="budget-table"><thead><tr>${head(words.budgetItem)}${hasCategory ? head(words.category) : ""}${head(words.count, true)}${head(words.amount, true)}${head(words.per)}${head(words.lineTotal, true)}</tr></thead>` +
    `<tbody>${rows.join("")}</tbody><tfoot>${foot.join("")}</tfoot></table></div>`
  );
}

/** Stacked bars per currency (the report's totals per currency), then each budget with its items and totals. */
export function budgetsSection(ctx: HtmlContext): string {
  const { budgets } = ctx.plan;
  const { t } = ctx;
  if (budgets.length === 0) return "";
  const charts = ctx.report.budgets.map(({ currency: cur, members: list }) => {
    const classes = categoryClasses(list);
    const named = [...classes.keys()].some((c) => c !== null);
    const legend = named
      ? `<ul class="legend">${[...classes].map(([c, cls]) => `<li><svg class="legend-swatch" viewBox="0 0 14 14" width="14" height="14" aria-hidden="true"><rect class="b-seg-swatch ${cls}" x="1" y="1" width="12" height="12" rx="2"/></svg><span>${escapeHtml(categoryName(t, c))}</span></li>`).join("")}</ul>`
      : "";
    const monthly = list.some((b) => b.monthly > 0n);
    const caption = `${monthly ? t.budget.monthlyRunRate : t.budget.oneOffCosts}${cur ? ` (${cur})` : ""}${named ? `${t.punctuation.listSeparator}${t.budget.byCategory}` : ""}`;
    return `<figure class="budget-chart"><figcaption>${escapeHtml(caption)}</figcaption>${legend}<div class="chart-scroll">${budgetBars(list, cur, ctx)}</div></figure>`;
  });
  const cards = budgets.map((b) => {
    const phase = b.phase ? ctx.plan.itemsById.get(b.phase) : undefined;
    const sub = [
      b.currency ? escapeHtml(b.currency) : "",
      // The phase is a link (HTML); the catalogue's text around it holds no markup.
      phase ? t.budget.over({ phase: `<a href="#${ctx.anchor("item", phase.id)}">${htmlTitle(phase.title)}</a>` }) : b.phase ? escapeHtml(b.phase) : "",
    ].filter(Boolean);
    return (
      `<article class="budget" id="${ctx.anchor("budget", b.id)}"><div class="budget-head"><h3>${htmlTitle(b.title)}</h3>` +
      `<p class="budget-total"><span class="bt-value">${escapeHtml(ctx.money(b.monthly, b.currency))}</span><span class="muted">${escapeHtml(` ${t.budget.slashMonth}`)}</span></p></div>` +
      (sub.length ? `<p class="muted small">${sub.join(" · ")}</p>` : "") +
      (b.budget.notes ? `<div class="md small">${safeMarkdown(b.budget.notes, { headingOffset: 4 })}</div>` : "") +
      budgetTable(b, ctx) +
      `</article>`
    );
  });
  return `<section id="budgets" class="section"><h2>${escapeHtml(t.section.budgets)}</h2>${charts.join("")}<div class="budgets">${cards.join("")}</div></section>`;
}

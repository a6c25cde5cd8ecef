import type { PlannedBudget } from "../../plan/types.js";
import { escapeHtml } from "./escape-html.js";
import { fitText, textWidth } from "./fit-text.js";
import type { HtmlContext } from "./html-context.js";
import type { Labels } from "../../report/i18n/labels.js";
import { plainTitle } from "./plain-title.js";

const W = 1000;
const LABEL = 260;
const VALUE = 150;
const ROW = 34;
const BAR = 18;
const TOP = 8;

/** Category colour classes, in order of first appearance across the chart. */
export function categoryClasses(budgets: PlannedBudget[]): Map<string | null, string> {
  const out = new Map<string | null, string>();
  for (const b of budgets) for (const c of b.categories) if (!out.has(c.category)) out.set(c.category, `cat-${out.size % 8}`);
  return out;
}

export function categoryName(t: Labels, category: string | null): string {
  return category ?? t.budget.uncategorized;
}

/**
 * Budgets of one currency as horizontal bars of their monthly run-rate,
 * stacked by category (one-off totals when none has a run-rate), on one
 * scale. Segments wide enough carry their category name; each has a tooltip.
 */
export function budgetBars(budgets: PlannedBudget[], currency: string | null, ctx: HtmlContext): string {
  const useMonthly = budgets.some((b) => b.monthly > 0n);
  const amount = (t: { monthly: bigint; oneOff: bigint }) => (useMonthly ? t.monthly : t.oneOff);
  // biome-ignore lint/complexity/useMathMinMax: amounts are bigint, which Math.max does not take
  const max = budgets.reduce((m, b) => (amount(b) > m ? amount(b) : m), 0n);
  const plot = W - LABEL - VALUE;
  const scale = (v: bigint) => (max === 0n ? 0 : (Number(v) / Number(max)) * plot);
  const classes = categoryClasses(budgets);
  // Name segments only when categories tell budgets apart.
  const named = [...classes.keys()].some((c) => c !== null);
  const h = TOP + budgets.length * ROW + 4;
  const f = (n: number) => n.toFixed(1);
  const parts: string[] = [];
  const { t } = ctx;
  const what = useMonthly ? t.budget.perMonth : t.budget.oneOff;
  budgets.forEach((b, r) => {
    const y = TOP + r * ROW;
    const mid = y + ROW / 2;
    parts.push(`<text class="b-label" x="0" y="${f(mid + 4)}">${escapeHtml(fitText(plainTitle(b.title), LABEL - 12, 12))}</text>`);
    parts.push(`<rect class="b-track" x="${LABEL}" y="${f(mid - BAR / 2)}" width="${plot}" height="${BAR}" rx="3"/>`);
    let x = LABEL;
    for (const c of b.categories) {
      const v = amount(c);
      if (v <= 0n) continue;
      const w = scale(v);
      const name = categoryName(t, c.category);
      const tip = `${plainTitle(b.title)} — ${name}: ${ctx.money(v, currency)} ${what}`;
      const label = named && w > textWidth(name, 10.5) + 10 ? `<text class="b-seg-text" x="${f(x + 5)}" y="${f(mid + 3.5)}">${escapeHtml(name)}</text>` : "";
      parts.push(
        `<g class="b-seg ${classes.get(c.category)}"><title>${escapeHtml(tip)}</title><rect x="${f(x)}" y="${f(mid - BAR / 2)}" width="${f(Math.max(1, w - 1))}" height="${BAR}"/>${label}</g>`,
      );
      x += w;
    }
    parts.push(`<text class="b-value" x="${f(x + 8)}" y="${f(mid + 4)}">${escapeHtml(ctx.money(amount(b), currency))}</text>`);
  });
  const shown = useMonthly ? t.budget.monthlyRunRate : t.budget.oneOffCosts;
  const title = `${t.section.budgets}${currency ? ` ${t.budget.inCurrency({ currency })}` : ""}${t.punctuation.colon}${shown} ${t.budget.byCategory}`;
  const desc = `${budgets.map((b) => `${plainTitle(b.title)} ${ctx.money(amount(b), currency)}`).join("; ")}${t.punctuation.stop} ${t.report.sameDataBelow}`;
  return (
    `<svg class="budget-svg" role="img" viewBox="0 0 ${W} ${h}" width="${W}" height="${h}" xmlns="http://www.w3.org/2000/svg">` +
    `<title>${escapeHtml(title)}</title><desc>${escapeHtml(desc)}</desc>${parts.join("")}</svg>`
  );
}

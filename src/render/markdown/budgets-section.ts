import { lineCents, toCents } from "../../plan/money.js";
import type { BudgetItem } from "../../model.js";
import type { MoneyTotals, PlannedBudget } from "../../plan/types.js";
import { itemTitle, type MarkdownContext } from "./context.js";
import { escapeMarkdown } from "./escape-markdown.js";
import { formatRange } from "./format-range.js";
import { formatMoney, formatNumber } from "./format-number.js";
import { markdownBody } from "./markdown-body.js";
import { boldLabel, perLabel } from "./labels.js";
import { markdownTable, type Align } from "./markdown-table.js";

/** A money cell: the amount, or a dash for zero. */
function money(cents: bigint): string {
  return cents === 0n ? "—" : formatMoney(cents);
}

function totalsRow(name: string, t: MoneyTotals): string[] {
  return [name, money(t.monthly), money(t.yearly), money(t.oneOff)];
}

/** One budget: its items grouped by category, then subtotals per category and the totals. */
function budgetBlocks(ctx: MarkdownContext, b: PlannedBudget): string[] {
  const { t } = ctx;
  const words = t.column;
  const perText = (per: BudgetItem["per"]) => perLabel(t, per);
  const currency = b.currency ? ` (${escapeMarkdown(b.currency)})` : "";
  const blocks = [`### ${escapeMarkdown(b.title)}${currency}`];
  const order = b.categories.map((c) => c.category);
  const items = b.budget.items
    .map((item, i) => ({ item, i }))
    .sort((x, y) => order.indexOf(x.item.category ?? null) - order.indexOf(y.item.category ?? null) || x.i - y.i)
    .map(({ item }) => item);
  const hasCategories = order.some((c) => c !== null);
  const hasNotes = items.some((i) => i.notes);
  const hasCounts = items.some((i) => i.count !== 1);
  const header = [
    words.budgetItem,
    ...(hasCategories ? [words.category] : []),
    ...(hasCounts ? [words.count] : []),
    words.amount,
    words.per,
    words.lineTotal,
    ...(hasNotes ? [words.notes] : []),
  ];
  const rows = items.map((item) => [
    escapeMarkdown(item.title),
    ...(hasCategories ? [item.category ? escapeMarkdown(item.category) : "—"] : []),
    ...(hasCounts ? [formatNumber(item.count)] : []),
    formatMoney(toCents(item.amount)),
    perText(item.per),
    formatMoney(lineCents(item.count, item.amount)),
    ...(hasNotes ? [markdownBody(item.notes, 6) || "—"] : []),
  ]);
  const align: Align[] = [
    "left",
    ...(hasCategories ? ["left" as const] : []),
    ...(hasCounts ? ["right" as const] : []),
    "right",
    "left",
    "right",
    ...(hasNotes ? ["left" as const] : []),
  ];
  blocks.push(markdownTable(header, rows, align));

  // subtotals per category when there is more than one (one would repeat the total)
  const totalRows =
    b.categories.length > 1 ? b.categories.map((c) => totalsRow(c.category === null ? t.budget.uncategorized : escapeMarkdown(c.category), c)) : [];
  totalRows.push(totalsRow(`**${t.budget.total}**`, b).map((cell, i) => (i === 0 || cell === "—" ? cell : `**${cell}**`)));
  blocks.push(markdownTable([words.totals, words.monthly, words.yearly, words.oneOff], totalRows, ["left", "right", "right", "right"]));

  const facts: string[] = [];
  for (const d of b.declared) {
    const declared = `${formatMoney(d.amount)} ${perText(d.per)}`;
    facts.push(
      d.matches
        ? `- ${boldLabel(t, t.budget.declaredTotal)} ${declared} · ✅ ${t.budget.matchesItems}`
        : `- ${boldLabel(t, t.budget.declaredTotal)} ${declared} · ❌ ${t.budget.itemsAddUpTo({ amount: `${formatMoney(d.runRate)} ${perText(d.per)}` })}`,
    );
  }
  if (b.phase) {
    const phase = itemTitle(ctx, b.phase);
    if (b.span && b.phaseCost !== null) {
      const range = formatRange(b.span.start, b.span.end, ctx.locale);
      const days = `${range}${t.punctuation.listSeparator}${t.count.days(b.span.days)}`;
      facts.push(`- **${t.budget.over({ phase })}** (${days})${t.punctuation.colon.trimEnd()} ${formatMoney(b.phaseCost)}`);
    } else {
      facts.push(`- ${boldLabel(t, words.phase)} ${phase} (${t.budget.phaseNotScheduled})`);
    }
  }
  if (facts.length) blocks.push(facts.join("\n"));
  const notes = markdownBody(b.budget.notes, 3);
  if (notes) blocks.push(boldLabel(t, t.section.notes), notes);
  return blocks;
}

/** `## Budgets`: one subsection per budget. */
export function budgetsSection(ctx: MarkdownContext): string[] {
  if (!ctx.plan.budgets.length) return [];
  return [`## ${ctx.t.section.budgets}`, ...ctx.plan.budgets.flatMap((b) => budgetBlocks(ctx, b))];
}

import { lineCents, toCents } from "../../plan/money.js";
import type { MoneyTotals, PlannedBudget } from "../../plan/types.js";
import { itemTitle, type MarkdownContext } from "./context.js";
import { escapeMarkdown } from "./escape-markdown.js";
import { formatRange } from "./format-range.js";
import { formatMoney, formatNumber } from "./format-number.js";
import { markdownBody } from "./markdown-body.js";
import { labels, perLabel as perText } from "./labels.js";
import { markdownTable, type Align } from "./markdown-table.js";

const words = labels.budget;

/** A money cell: the amount, or a dash for zero. */
function money(cents: bigint): string {
  return cents === 0n ? "—" : formatMoney(cents);
}

function totalsRow(name: string, t: MoneyTotals): string[] {
  return [name, money(t.monthly), money(t.yearly), money(t.oneOff)];
}

/** One budget: its items grouped by category, then subtotals per category and the totals. */
function budgetBlocks(ctx: MarkdownContext, b: PlannedBudget): string[] {
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
  const header = [words.item, ...(hasCategories ? [words.category] : []), ...(hasCounts ? [words.count] : []), words.amount, words.per, words.lineTotal, ...(hasNotes ? [words.notes] : [])];
  const rows = items.map((item) => [
    escapeMarkdown(item.title),
    ...(hasCategories ? [item.category ? escapeMarkdown(item.category) : "—"] : []),
    ...(hasCounts ? [formatNumber(item.count)] : []),
    formatMoney(toCents(item.amount)),
    perText[item.per],
    formatMoney(lineCents(item.count, item.amount)),
    ...(hasNotes ? [markdownBody(item.notes, 6) || "—"] : []),
  ]);
  const align: Align[] = ["left", ...(hasCategories ? ["left" as const] : []), ...(hasCounts ? ["right" as const] : []), "right", "left", "right", ...(hasNotes ? ["left" as const] : [])];
  blocks.push(markdownTable(header, rows, align));

  // subtotals per category when there is more than one (one would repeat the total)
  const totalRows = b.categories.length > 1
    ? b.categories.map((c) => totalsRow(c.category === null ? words.uncategorized : escapeMarkdown(c.category), c))
    : [];
  totalRows.push(totalsRow(words.total, b).map((cell, i) => (i === 0 || cell === "—" ? cell : `**${cell}**`)));
  blocks.push(markdownTable([words.totals, words.monthly, words.yearly, words.oneOff], totalRows, ["left", "right", "right", "right"]));

  const facts: string[] = [];
  for (const d of b.declared) {
    const declared = `${formatMoney(d.amount)} ${perText[d.per]}`;
    facts.push(
      d.matches
        ? `- **${words.declaredTotal}:** ${declared} · ${words.matches}`
        : `- **${words.declaredTotal}:** ${declared} · ${words.addsUpTo(`${formatMoney(d.runRate)} ${perText[d.per]}`)}`,
    );
  }
  if (b.phase) {
    const phase = itemTitle(ctx, b.phase);
    if (b.span && b.phaseCost !== null) {
      const range = formatRange(b.span.start, b.span.end, ctx.locale);
      facts.push(`- **${words.over(phase)}** (${range}, ${words.days(b.span.days)}): ${formatMoney(b.phaseCost)}`);
    } else {
      facts.push(`- **${words.phase}:** ${phase} (${words.notScheduled})`);
    }
  }
  if (facts.length) blocks.push(facts.join("\n"));
  const notes = markdownBody(b.budget.notes, 3);
  if (notes) blocks.push(`**${words.notes}:**`, notes);
  return blocks;
}

/** `## Budgets`: one subsection per budget. */
export function budgetsSection(ctx: MarkdownContext): string[] {
  if (!ctx.plan.budgets.length) return [];
  return [`## ${labels.section.budgets}`, ...ctx.plan.budgets.flatMap((b) => budgetBlocks(ctx, b))];
}

import type { Plan, PlannedItem, PlannedKpi } from "../../plan/types.js";
import { formatDay } from "../dates.js";
import type { TerminalContext } from "./context.js";
import { currentPhases, isOpen, nextItems } from "./current-phases.js";
import { displayWidth } from "./display-width.js";
import { formatMoney, formatNumber, formatPercent } from "./format-number.js";
import { hasAncestorIn, itemLabel } from "./item-label.js";
import { plural } from "./plural.js";
import { progressBar } from "./progress-bar.js";
import { sanitizeLine } from "./sanitize-terminal.js";
import { schedulePaint, scheduleWords } from "./schedule-state.js";
import { section } from "./section.js";
import { daysBetween, shortDate, shortRange } from "./short-date.js";
import { statusSymbol, SYMBOL } from "./symbols.js";
import { cell, cells, empty, painted, renderTable, type Cell } from "./table.js";
import { truncate } from "./truncate.js";

/** Rows a list section shows before `… N more`. */
const LIST_LIMIT = 8;
const RISK_LIMIT = 5;
const INDENT = 2;

/** The bar width for item rows at a report width. */
function rowBarWidth(width: number): number {
  return width < 70 ? 8 : width < 100 ? 12 : 20;
}

function paintStatus(item: PlannedItem, ctx: TerminalContext) {
  const t = ctx.theme;
  if (item.status === "done") return t.done;
  if (item.status === "blocked") return t.bad;
  if (item.overdue) return t.warn;
  if (item.status === "in-progress") return t.active;
  return t.muted;
}

function symbolCell(item: PlannedItem, ctx: TerminalContext): Cell {
  const symbol = item.milestone && item.status !== "done" ? SYMBOL.milestone : statusSymbol(item.status);
  return cell(symbol, paintStatus(item, ctx));
}

function more(count: number, ctx: TerminalContext): string[] {
  return count > 0 ? [`${" ".repeat(INDENT)}${ctx.theme.muted(`… ${count} more`)}`] : [];
}

function header(plan: Plan, ctx: TerminalContext): string[] {
  const r = plan.roadmap;
  const title = truncate(sanitizeLine(plan.title) || "Untitled roadmap", ctx.width);
  const facts: string[] = [];
  if (r.owner?.length) facts.push(r.owner.map(sanitizeLine).join(", "));
  if (r.version) facts.push(`v${sanitizeLine(r.version)}`);
  if (r.updated) facts.push(`updated ${formatDay(r.updated, ctx.dateLocale)}`);
  facts.push(`as of ${formatDay(plan.asOf, ctx.dateLocale)}`);
  return [ctx.theme.heading(title), ctx.theme.muted(truncate(facts.join(" · "), ctx.width))];
}

function progressBlock(plan: Plan, ctx: TerminalContext): string[] {
  const t = ctx.theme;
  const label = "Progress  ";
  const pct = formatPercent(plan.progress).padStart(4);
  const words = scheduleWords(plan.schedule);
  const state = `${words.symbol} ${words.text} · expected ${formatPercent(plan.expectedProgress)}`;
  const paint = schedulePaint(plan.schedule, ctx);
  const room = ctx.width - label.length - pct.length - 2;
  const inline = room - displayWidth(state) - 2 >= 16;
  const barWidth = Math.max(8, Math.min(40, inline ? room - displayWidth(state) - 2 : room));
  const bar = progressBar(plan.progress, barWidth, t, { expected: plan.expectedProgress });
  const lines = [`${t.heading(label.trimEnd())}  ${bar}  ${pct}${inline ? `  ${paint(state)}` : ""}`];
  if (!inline) lines.push(" ".repeat(label.length) + paint(truncate(state, ctx.width - label.length)));

  if (plan.start || plan.finish) {
    const from = plan.start ? formatDay(plan.start, ctx.dateLocale) : "?";
    const to = plan.finish ? formatDay(plan.finish, ctx.dateLocale) : "?";
    let left = "";
    if (plan.finish) {
      const days = daysBetween(plan.asOf, plan.finish);
      if (plan.progress >= 1) left = "complete";
      else if (days > 0) left = `${plural(days, "day")} left`;
      else if (days === 0) left = "finishes today";
      else left = `${SYMBOL.overdue} ${plural(-days, "day")} past the finish`;
    }
    const due = plan.due ? ` · due ${formatDay(plan.due, ctx.dateLocale)}${plan.finish && plan.finish > plan.due ? ` ${SYMBOL.overdue} late` : ""}` : "";
    const text = truncate(`${from} → ${to}${due}${left ? ` · ${left}` : ""}`, ctx.width - label.length);
    lines.push(`${t.heading("Schedule")}  ${text.includes(SYMBOL.overdue) ? t.warn(text) : text}`);
  }
  const unscheduled = plan.unscheduled.length;
  if (unscheduled > 0) {
    const text = `${plan.start || plan.finish ? "" : "no dates yet · "}${plural(unscheduled, "item")} without dates`;
    lines.push(`${" ".repeat(label.length)}${t.muted(truncate(text, ctx.width - label.length))}`);
  }
  return lines;
}

function phaseNote(item: PlannedItem, plan: Plan, ctx: TerminalContext): Cell {
  const t = ctx.theme;
  if (item.status === "blocked") return cell(`${SYMBOL.blocked} blocked`, t.bad);
  if (item.overdue) return cell(`${SYMBOL.overdue} overdue`, t.warn);
  if (item.late) return cell(`${SYMBOL.overdue} late for due ${shortDate(item.due as string, ctx.dateLocale, plan.asOf)}`, t.warn);
  if (item.status === "todo" && item.start && item.start > plan.asOf) {
    const days = daysBetween(plan.asOf, item.start);
    return cell(`in ${plural(days, "day")}`, t.muted);
  }
  if (item.critical) return cell(`${SYMBOL.critical} critical`, t.critical);
  return empty;
}

function phasesSection(plan: Plan, ctx: TerminalContext): string[] {
  const current = currentPhases(plan);
  const next = nextItems(plan, current);
  const barWidth = rowBarWidth(ctx.width);
  const row = (tag: string, p: PlannedItem): Cell[] => [
    cell(tag, ctx.theme.muted),
    symbolCell(p, ctx),
    cells(...itemLabel(plan, p, ctx.theme)),
    cell(p.start && p.end ? shortRange(p.start, p.end, ctx.dateLocale, plan.asOf) : "unscheduled", ctx.theme.muted),
    p.milestone ? empty : painted(progressBar(p.progress, barWidth, ctx.theme)),
    p.milestone ? empty : cell(formatPercent(p.progress)),
    phaseNote(p, plan, ctx),
  ];
  // Nothing running and nothing dated ahead: list the open phases, so an undated roadmap still shows its shape.
  const open =
    current.length === 0 && next.length === 0
      ? plan.items.filter((p) => p.depth === 0 && !p.milestone && isOpen(p)).slice(0, LIST_LIMIT)
      : [];
  const rows = [
    ...current.map((p, i) => row(i === 0 ? "now" : "", p)),
    ...next.map((p, i) => row(i === 0 ? "next" : "", p)),
    ...open.map((p, i) => row(i === 0 ? "open" : "", p)),
  ];
  const lines = renderTable(
    rows,
    [{}, {}, { flex: true, min: 18, gap: 1 }, { drop: 3 }, { drop: 2 }, { align: "right", gap: 1 }, { drop: 4 }],
    { width: ctx.width, indent: INDENT },
  );
  return section(ctx, "Phases", "", lines);
}

/**
 * A list of flagged items: those whose ancestor is also flagged fold into
 * it (`+N`), or, with `leaves`, those with flagged descendants are left out.
 */
function foldItems(plan: Plan, ids: string[], leaves: boolean): { item: PlannedItem; inside: number }[] {
  const set = new Set(ids);
  const items = ids.map((id) => plan.itemsById.get(id)).filter((p): p is PlannedItem => p !== undefined);
  if (leaves) {
    const parents = new Set(items.map((p) => p.parent).filter((p): p is string => p !== null && set.has(p)));
    return items.filter((p) => !parents.has(p.id)).map((item) => ({ item, inside: 0 }));
  }
  const top = items.filter((p) => !hasAncestorIn(plan, p, set));
  const inside = new Map(top.map((p) => [p.id, 0]));
  for (const p of items) {
    if (inside.has(p.id)) continue;
    let parent = p.parent;
    while (parent !== null && !inside.has(parent)) parent = plan.itemsById.get(parent)?.parent ?? null;
    if (parent !== null) inside.set(parent, (inside.get(parent) ?? 0) + 1);
  }
  return top.map((item) => ({ item, inside: inside.get(item.id) ?? 0 }));
}

function overdueSection(plan: Plan, ctx: TerminalContext): string[] {
  const t = ctx.theme;
  const folded = foldItems(plan, plan.overdue, false).map(({ item, inside }) => {
    const dueFirst = item.due !== null && item.due < plan.asOf && (item.end === null || item.due <= item.end);
    const date = dueFirst ? (item.due as string) : (item.end ?? (item.due as string));
    return { item, inside, date, word: dueFirst ? "due" : "ended" };
  });
  folded.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const shown = folded.slice(0, LIST_LIMIT);
  const rows = shown.map(({ item, inside, date, word }) => [
    cell(SYMBOL.overdue, t.warn),
    cells(...itemLabel(plan, item, t)),
    cell(inside > 0 ? `+${inside}` : "", t.muted),
    cell(`${word} ${shortDate(date, ctx.dateLocale, plan.asOf)}`),
    cell(`${plural(daysBetween(date, plan.asOf), "day")} ago`, t.warn),
  ]);
  const lines = renderTable(rows, [{}, { flex: true, min: 14, gap: 1 }, { drop: 3 }, { drop: 1 }, { align: "right", drop: 2 }], {
    width: ctx.width,
    indent: INDENT,
  });
  return section(ctx, "Overdue", plural(plan.overdue.length, "item"), [...lines, ...more(folded.length - shown.length, ctx)]);
}

function blockedSection(plan: Plan, ctx: TerminalContext): string[] {
  const t = ctx.theme;
  const list = foldItems(plan, plan.blocked, true);
  const shown = list.slice(0, LIST_LIMIT);
  const rows = shown.map(({ item }) => [
    cell(SYMBOL.blocked, t.bad),
    cells(...itemLabel(plan, item, t)),
    cell(item.start && item.end ? shortRange(item.start, item.end, ctx.dateLocale, plan.asOf) : "unscheduled", t.muted),
    item.critical ? cell(`${SYMBOL.critical} critical`, t.critical) : empty,
  ]);
  const lines = renderTable(rows, [{}, { flex: true, min: 14, gap: 1 }, { drop: 2 }, { drop: 1 }], { width: ctx.width, indent: INDENT });
  return section(ctx, "Blocked", plural(list.length, "item"), [...lines, ...more(list.length - shown.length, ctx)]);
}

function upcomingSection(plan: Plan, ctx: TerminalContext): string[] {
  const t = ctx.theme;
  const list = foldItems(plan, plan.upcoming, false).sort((a, b) => ((a.item.start as string) < (b.item.start as string) ? -1 : 1));
  const shown = list.slice(0, LIST_LIMIT);
  const rows = shown.map(({ item, inside }) => {
    const days = daysBetween(plan.asOf, item.start as string);
    return [
      symbolCell(item, ctx),
      cells(...itemLabel(plan, item, t)),
      cell(inside > 0 ? `+${inside}` : "", t.muted),
      cell(`starts ${shortDate(item.start as string, ctx.dateLocale, plan.asOf)}`),
      cell(days === 0 ? "today" : `in ${plural(days, "day")}`, t.muted),
    ];
  });
  const lines = renderTable(rows, [{}, { flex: true, min: 14, gap: 1 }, { drop: 3 }, { drop: 1 }, { align: "right", drop: 2 }], {
    width: ctx.width,
    indent: INDENT,
  });
  return section(ctx, "Upcoming", "next 2 weeks", [...lines, ...more(list.length - shown.length, ctx)]);
}

function criticalSection(plan: Plan, ctx: TerminalContext): string[] {
  const t = ctx.theme;
  const items = plan.criticalPath.map((id) => plan.itemsById.get(id)).filter((p): p is PlannedItem => p !== undefined);
  if (items.length === 0 || !plan.finish) return [];
  const done = items.filter((p) => p.status === "done" || p.status === "cancelled");
  const open = items.filter((p) => !done.includes(p));
  const shown = open.slice(0, LIST_LIMIT);
  const rows: Cell[][] = [];
  if (done.length > 0) rows.push([cell(SYMBOL.done, t.done), cell(`${plural(done.length, "item")} done`, t.muted), empty, empty]);
  for (const p of shown) {
    rows.push([
      symbolCell(p, ctx),
      cells(...itemLabel(plan, p, t)),
      cell(p.start && p.end ? shortRange(p.start, p.end, ctx.dateLocale, plan.asOf) : "", t.muted),
      p.overdue ? cell(`${SYMBOL.overdue} overdue`, t.warn) : p.status === "blocked" ? cell(`${SYMBOL.blocked} blocked`, t.bad) : empty,
    ]);
  }
  const lines = renderTable(rows, [{}, { flex: true, min: 14, gap: 1 }, { drop: 2 }, { drop: 1 }], { width: ctx.width, indent: INDENT });
  const finish = `finish ${formatDay(plan.finish, ctx.dateLocale)}`;
  const best = plan.bestCaseFinish ? ` · best case ${formatDay(plan.bestCaseFinish, ctx.dateLocale)}` : "";
  return section(ctx, "Critical path", finish + best, [...lines, ...more(open.length - shown.length, ctx)]);
}

function risksSection(plan: Plan, ctx: TerminalContext): string[] {
  const t = ctx.theme;
  const byId = new Map(plan.risks.map((r) => [r.id, r]));
  const open = plan.openRisks.map((id) => byId.get(id)).filter((r) => r !== undefined);
  const shown = open.slice(0, RISK_LIMIT);
  const levelPaint = { critical: t.bad, high: t.warn, medium: (s: string) => s, low: t.muted };
  const names = ["", "low", "medium", "high", "critical"];
  const rows = shown.map((r) => [
    cell(r.score === null ? "–" : String(r.score), r.level ? levelPaint[r.level] : t.muted),
    cell(r.level ?? "unscored", r.level ? levelPaint[r.level] : t.muted),
    cell(sanitizeLine(r.title) || r.id),
    cell(r.probability && r.impact ? `${names[r.probability]} × ${names[r.impact]}` : "", t.muted),
    cell(r.risk.owner?.length ? r.risk.owner.map(sanitizeLine).join(", ") : "", t.muted),
  ]);
  const lines = renderTable(rows, [{ align: "right" }, {}, { flex: true, min: 14 }, { drop: 2 }, { drop: 1 }], {
    width: ctx.width,
    indent: INDENT,
  });
  const note = open.length > shown.length ? `top ${shown.length} of ${open.length} open` : `${open.length} open`;
  return section(ctx, "Risks", note, lines);
}

function kpiValue(value: number, kpi: PlannedKpi, ctx: TerminalContext): string {
  const unit = kpi.unit ? sanitizeLine(kpi.unit) : "";
  const n = formatNumber(value, ctx.numberLocale);
  if (!unit) return n;
  return unit === "%" ? `${n}%` : `${n} ${unit}`;
}

function kpisSection(plan: Plan, ctx: TerminalContext): string[] {
  const t = ctx.theme;
  const sign = (k: PlannedKpi) => (k.better === "lower" ? "≤" : "≥");
  const rows = plan.kpis.map((k) => {
    let verdict: Cell;
    let symbol: Cell;
    let target = "";
    // The unit is on the current value; the target leaves it out to stay short.
    const value = (n: number) => (k.unit === "%" ? `${formatNumber(n, ctx.numberLocale)}%` : formatNumber(n, ctx.numberLocale));
    if (k.due !== null) {
      target = `${sign(k)} ${value(k.due)}${k.dueDate ? ` by ${shortDate(k.dueDate, ctx.dateLocale, plan.asOf)}` : ""}`;
    } else if (k.next) {
      target = `${sign(k)} ${value(k.next.value)}${k.next.date ? ` by ${shortDate(k.next.date, ctx.dateLocale, plan.asOf)}` : ""}`;
    } else if (k.final !== null) {
      target = `${sign(k)} ${value(k.final)}`;
    }
    if (k.meets === true) {
      symbol = cell(SYMBOL.done, t.done);
      verdict = cell("meets", t.done);
    } else if (k.meets === false) {
      symbol = cell(SYMBOL.blocked, t.bad);
      verdict = cell("misses", t.bad);
    } else if (k.due === null && k.next === null && k.meetsFinal !== null) {
      symbol = k.meetsFinal ? cell(SYMBOL.done, t.done) : cell(SYMBOL.blocked, t.bad);
      verdict = k.meetsFinal ? cell("meets", t.done) : cell("misses", t.bad);
    } else {
      symbol = cell(SYMBOL.todo, t.muted);
      verdict = cell(k.current === null ? "no value" : "not due", t.muted);
    }
    return [symbol, cell(sanitizeLine(k.title) || k.id), cell(k.current === null ? "–" : kpiValue(k.current, k, ctx)), cell(target, t.muted), verdict];
  });
  const lines = renderTable(rows, [{}, { flex: true, min: 16, gap: 1 }, { align: "right", max: 16 }, { drop: 1 }, {}], { width: ctx.width, indent: INDENT });
  return section(ctx, "KPIs", "current against the target due", lines);
}

function budgetSection(plan: Plan, ctx: TerminalContext): string[] {
  const t = ctx.theme;
  if (plan.budgets.length === 0) return [];
  const currencyOf = (c: string | null) => (c ? sanitizeLine(c) : null);
  const money = (cents: bigint, currency: string | null) => formatMoney(cents, currencyOf(currency), ctx.numberLocale);
  const anyOnce = plan.budgets.some((b) => b.oneOff !== 0n);
  const rows: Cell[][] = [[empty, cell("per month", t.muted), cell("per year", t.muted), cell(anyOnce ? "one-off" : "", t.muted)]];
  for (const b of plan.budgets) {
    rows.push([
      cell(sanitizeLine(b.title) || b.id),
      cell(money(b.monthly, b.currency)),
      cell(money(b.yearly, b.currency)),
      anyOnce && b.oneOff !== 0n ? cell(money(b.oneOff, b.currency)) : cell(anyOnce ? "–" : "", t.muted),
    ]);
  }
  const currencies = new Set(plan.budgets.map((b) => b.currency));
  if (plan.budgets.length > 1 && currencies.size === 1) {
    const [currency] = currencies;
    const sum = (f: (b: (typeof plan.budgets)[number]) => bigint) => plan.budgets.reduce((s, b) => s + f(b), 0n);
    rows.push([
      cell("Total", t.heading),
      cell(money(sum((b) => b.monthly), currency), t.heading),
      cell(money(sum((b) => b.yearly), currency), t.heading),
      cell(anyOnce ? money(sum((b) => b.oneOff), currency) : "", t.heading),
    ]);
  }
  const lines = renderTable(rows, [{ flex: true, min: 14 }, { align: "right" }, { align: "right" }, { align: "right", drop: 1 }], {
    width: ctx.width,
    indent: INDENT,
  });
  return section(ctx, "Budget", "run-rate", lines);
}

/** The status report of one roadmap: blocks separated by blank lines; empty sections left out. */
export function statusReport(plan: Plan, ctx: TerminalContext): string {
  const blocks = [
    header(plan, ctx),
    progressBlock(plan, ctx),
    phasesSection(plan, ctx),
    overdueSection(plan, ctx),
    blockedSection(plan, ctx),
    upcomingSection(plan, ctx),
    criticalSection(plan, ctx),
    risksSection(plan, ctx),
    kpisSection(plan, ctx),
    budgetSection(plan, ctx),
  ].filter((b) => b.length > 0);
  return `${blocks.map((b) => b.join("\n")).join("\n\n")}\n`;
}


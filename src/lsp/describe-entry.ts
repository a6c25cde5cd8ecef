import { formatCents } from "../plan/money.js";
import type { Plan, PlannedItem } from "../plan/types.js";
import { escapeMarkdown, oneLine } from "../render/markdown/escape-markdown.js";
import type { Entry } from "./id-index.js";

/** Roadmap text is untrusted: one line, Markdown escaped. */
export const markdownText = (s: string): string => escapeMarkdown(oneLine(s));
const text = markdownText;
const percent = (x: number): string => `${Math.round(x * 100)}%`;
const days = (n: number): string => `${n} workday${n === 1 ? "" : "s"}`;

/** A Markdown line break between facts. */
const lines = (parts: (string | undefined | false)[]): string => parts.filter(Boolean).join("  \n");

function heading(entry: Pick<Entry, "kind" | "id" | "title">, kind: string = entry.kind): string {
  return `**${text(entry.title || entry.id)}** · ${kind} ${text(entry.id)}`;
}

/** What the planner knows about a work item: dates, slack, critical flag, status and progress. */
export function describeItem(item: PlannedItem, plan: Plan): string {
  const kind = item.milestone && item.kind !== "milestone" ? `${item.kind}, milestone` : item.kind;
  let dates: string;
  if (item.placement === "cancelled") dates = "Cancelled: not scheduled";
  else if (item.start === null || item.end === null) dates = "Not scheduled: no length, span or dependency gives it dates";
  else if (item.milestone) dates = `Planned ${item.start}${item.bestEnd && item.bestEnd !== item.end ? ` · best case ${item.bestEnd}` : ""}`;
  else {
    const best = item.bestStart !== item.start || item.bestEnd !== item.end ? ` · best case ${item.bestStart} → ${item.bestEnd}` : "";
    dates = `Planned ${item.start} → ${item.end} (${days(item.workdays)})${best}`;
  }
  const slack = item.slack === null ? undefined : `Slack ${days(item.slack)}${item.critical ? " · **critical path**" : ""}`;
  const flags = [item.overdue && "overdue", item.late && "late", item.blocked && "blocked"].filter(Boolean).join(", ");
  const status = `Status ${item.status}${flags ? ` (${flags})` : ""} · ${percent(item.progress)} done, ${percent(item.expectedProgress)} expected as of ${plan.asOf}`;
  const due = item.due ? `Due ${item.due}${item.late ? ": the planned end is later" : ""}` : undefined;
  return `${heading({ kind: item.kind, id: item.id, title: item.title }, kind)}\n\n${lines([dates, slack, status, due])}`;
}

/** A risk's score, status and the items it affects. */
export function describeRisk(entry: Entry, plan: Plan): string {
  const risk = plan.risks.find((r) => r.id === entry.id);
  if (!risk) return heading(entry);
  const score =
    risk.score === null
      ? "Not scored (give probability and impact)"
      : `Score ${risk.score} (${risk.level}): probability ${risk.risk.probability} × impact ${risk.risk.impact}`;
  const affects = risk.risk.affects.length ? `Affects ${risk.risk.affects.map(text).join(", ")}` : undefined;
  return `${heading(entry)}\n\n${lines([score, `Status ${risk.status}`, affects])}`;
}

/** A KPI's value against the target due as of the date. */
export function describeKpi(entry: Entry, plan: Plan): string {
  const kpi = plan.kpis.find((k) => k.id === entry.id);
  if (!kpi) return heading(entry);
  const unit = kpi.unit ? ` ${text(kpi.unit)}` : "";
  const value = (v: number | null) => (v === null ? "none" : `${v}${unit}`);
  const current = `Current ${value(kpi.current)} · baseline ${value(kpi.baseline)} · ${kpi.better} is better`;
  const due =
    kpi.due === null
      ? "No target due yet"
      : `Target due ${kpi.dueDate ?? ""} (${text(kpi.dueKey ?? "")}): ${value(kpi.due)}${kpi.meets === null ? "" : kpi.meets ? " · met" : " · **not met**"}`;
  const next = kpi.next ? `Next target ${value(kpi.next.value)}${kpi.next.date ? ` by ${kpi.next.date}` : ""}` : undefined;
  return `${heading(entry, "KPI")}\n\n${lines([current, due, next])}`;
}

/** A budget's run-rate and one-off totals. */
export function describeBudget(entry: Entry, plan: Plan): string {
  const budget = plan.budgets.find((b) => b.id === entry.id);
  if (!budget) return heading(entry);
  const currency = budget.currency ? ` ${text(budget.currency)}` : "";
  const totals = `Monthly ${formatCents(budget.monthly)}${currency} · yearly ${formatCents(budget.yearly)}${currency}${budget.oneOff ? ` · one-off ${formatCents(budget.oneOff)}${currency}` : ""}`;
  const phase =
    budget.span && budget.phaseCost !== null ? `Phase ${budget.span.start} → ${budget.span.end}: ${formatCents(budget.phaseCost)}${currency}` : undefined;
  return `${heading(entry)}\n\n${lines([totals, phase])}`;
}

/** The Markdown shown for an entry, from the plan when there is one. */
export function describeEntry(entry: Entry, plan: Plan | undefined): string {
  if (!plan) return `${heading(entry)}\n\nNot planned: the roadmap has errors (see the problems).`;
  if (entry.kind === "risk") return describeRisk(entry, plan);
  if (entry.kind === "kpi") return describeKpi(entry, plan);
  if (entry.kind === "budget") return describeBudget(entry, plan);
  const item = plan.itemsById.get(entry.id);
  return item ? describeItem(item, plan) : heading(entry);
}

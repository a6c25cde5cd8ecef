import type { RoadmapDiff } from "../../compare/roadmap-diff.js";
import type { BudgetDiff, ItemDiff, ItemSnapshot, KpiDiff, KpiSnapshot, PlanDiff, RiskDiff } from "../../compare/types.js";
import { escapeMarkdown } from "../markdown/escape-markdown.js";
import { markdownTable } from "../markdown/markdown-table.js";
import { sanitizeStrings } from "../text/sanitize-strings.js";
import { type BothSides, bothSides, changedTitle, diffHeadline, fromTo, percent, signed, workdays } from "./diff-words.js";

export interface DiffMarkdownOptions {
  /** Named in the last line, e.g. `roadmap-kit 0.1.0`. */
  generator?: string;
}

/** An id as inline code when it is a plain id (the format allows no backtick in one), else as escaped text. */
function code(id: string): string {
  return /^[\p{L}\p{N}._-]+$/u.test(id) ? `\`${id}\`` : escapeMarkdown(id);
}

function itemName(item: ItemDiff): string {
  const title = changedTitle(item);
  return `${escapeMarkdown(title)} ${code(item.id)}`;
}

function statusWord(s: ItemSnapshot | undefined): string {
  return s ? s.status : "—";
}

function span(s: ItemSnapshot | undefined): string {
  if (!s || s.start === null) return "not scheduled";
  return s.start === s.end ? s.start : `${s.start} – ${s.end}`;
}

function movedTable(items: BothSides[]): string {
  return markdownTable(
    ["Item", "Start", "End", "Slip (workdays)"],
    items.map((i) => [itemName(i), fromTo(i.before.start, i.after.start), fromTo(i.before.end, i.after.end), signed(i.endSlip ?? i.startSlip)]),
    ["left", "left", "left", "right"],
  );
}

/** Items with their dates on one side; the status column shows the change when both sides have one (cancelled). */
function itemListTable(items: ItemDiff[], side: "before" | "after"): string {
  return markdownTable(
    ["Item", "Dates", "Status"],
    items.map((i) => [itemName(i), span(i[side]), i.before && i.after ? fromTo(i.before.status, i.after.status) : statusWord(i[side])]),
  );
}

function statusTable(items: BothSides[]): string {
  return markdownTable(
    ["Item", "Status", "Progress"],
    items.map((i) => [itemName(i), fromTo(i.before.status, i.after.status), fromTo(percent(i.before.progress), percent(i.after.progress))]),
  );
}

function renamedTable(items: BothSides[]): string {
  return markdownTable(
    ["Id", "Before", "After"],
    items.map((i) => [code(i.id), escapeMarkdown(i.before.title), escapeMarkdown(i.after.title)]),
  );
}

function riskCell(r: RiskDiff["before"]): string {
  if (!r) return "—";
  return `${r.score === null ? "unscored" : `score ${r.score}${r.level ? ` (${r.level})` : ""}`}, ${r.status}`;
}

function risksTable(risks: RiskDiff[]): string {
  return markdownTable(
    ["Risk", "Change", "Before", "After"],
    risks.map((r) => [`${escapeMarkdown(changedTitle(r))} ${code(r.id)}`, r.changes.join(", "), riskCell(r.before), riskCell(r.after)]),
  );
}

function kpiCell(k: KpiSnapshot | undefined): string {
  if (!k) return "—";
  const unit = k.unit ? ` ${escapeMarkdown(k.unit)}` : "";
  const value = (v: number | null) => (v === null ? "—" : `${v}${unit}`);
  return `current ${value(k.current)}, target ${value(k.final)}`;
}

function kpisTable(kpis: KpiDiff[]): string {
  return markdownTable(
    ["KPI", "Change", "Before", "After"],
    kpis.map((k) => [`${escapeMarkdown(changedTitle(k))} ${code(k.id)}`, k.changes.join(", "), kpiCell(k.before), kpiCell(k.after)]),
  );
}

function budgetCell(b: BudgetDiff["before"]): string {
  if (!b) return "—";
  const cur = b.currency ? ` ${escapeMarkdown(b.currency)}` : "";
  return `${b.monthly}${cur}/month, ${b.yearly}${cur}/year${b.oneOff !== "0.00" ? `, ${b.oneOff}${cur} once` : ""}`;
}

function budgetsTable(budgets: BudgetDiff[]): string {
  return markdownTable(
    ["Budget", "Change", "Before", "After"],
    budgets.map((b) => [`${escapeMarkdown(changedTitle(b))} ${code(b.id)}`, b.changes.join(", "), budgetCell(b.before), budgetCell(b.after)]),
  );
}

/** `+5 workdays`, `none`, `—`. */
function slipCell(n: number | null): string {
  if (n === null) return "—";
  return n === 0 ? "none" : `${n > 0 ? "+" : "-"}${workdays(Math.abs(n))}`;
}

function summaryTable(entry: RoadmapDiff, d: PlanDiff): string {
  const { before: a, after: b } = d;
  const progress = (s: PlanDiff["before"]) => `${percent(s.progress)} (expected ${percent(s.expectedProgress)})`;
  const points = Math.round(b.progress * 100) - Math.round(a.progress * 100);
  return markdownTable(
    ["Plan", `Base: ${escapeMarkdown(entry.base.ref)}`, `Head: ${escapeMarkdown(entry.head.ref)}`, "Change"],
    [
      ["Finish", a.finish ?? "—", b.finish ?? "—", slipCell(d.finishSlip)],
      ["Best case", a.bestCaseFinish ?? "—", b.bestCaseFinish ?? "—", slipCell(d.bestCaseSlip)],
      ["Due", a.due ?? "—", b.due ?? "—", a.due === b.due ? "none" : "moved"],
      ["Progress", progress(a), progress(b), points === 0 ? "none" : `${signed(points)} points`],
      [
        "Items (done)",
        `${a.items} (${a.done})`,
        `${b.items} (${b.done})`,
        a.items === b.items && a.done === b.done
          ? "none"
          : [b.items !== a.items ? `${signed(b.items - a.items)} items` : "", b.done !== a.done ? `${signed(b.done - a.done)} done` : ""]
              .filter(Boolean)
              .join(", "),
      ],
    ],
    ["left", "left", "left", "left"],
  );
}

/** The sections of one comparison under `###` headings; empty ones left out. */
function sections(d: PlanDiff, file: string): string[] {
  const out: string[] = [];
  const add = (title: string, body: string) => out.push(`### ${title}`, "", body, "");
  const pick = (c: ItemDiff["changes"][number]) => d.items.filter((i) => i.changes.includes(c));
  const both = d.items.filter(bothSides);
  const moved = both.filter((i) => i.changes.includes("moved"));
  if (moved.length > 0) add("Moved", movedTable(moved));
  if (pick("added").length > 0) add("Added", itemListTable(pick("added"), "after"));
  if (pick("removed").length > 0) add("Removed", itemListTable(pick("removed"), "before"));
  if (pick("cancelled").length > 0) add("Cancelled", itemListTable(pick("cancelled"), "before"));
  const renamed = both.filter((i) => i.changes.includes("renamed"));
  if (renamed.length > 0) add("Renamed", renamedTable(renamed));
  const status = both.filter((i) => i.changes.includes("status") || i.changes.includes("progress"));
  if (status.length > 0) add("Status and progress", statusTable(status));
  const { entered, left } = d.criticalPath;
  if (entered.length + left.length > 0) {
    const lines: string[] = [];
    if (entered.length > 0) lines.push(`- Entered: ${entered.map(code).join(", ")}`);
    if (left.length > 0) lines.push(`- Left: ${left.map(code).join(", ")}`);
    add("Critical path", lines.join("\n"));
  }
  if (d.risks.length > 0) add("Risks", risksTable(d.risks));
  if (d.kpis.length > 0) add("KPIs", kpisTable(d.kpis));
  if (d.budgets.length > 0) add("Budgets", budgetsTable(d.budgets));
  if (d.problems.length > 0) {
    const lines = d.problems.map((p) => {
      const at = p.range ? `:${p.range.start.line}:${p.range.start.col}` : "";
      return `- ${escapeMarkdown(`${p.file ?? file}${at}`)} ${escapeMarkdown(p.message)} (${code(p.code)})`;
    });
    add("New errors", lines.join("\n"));
  }
  return out;
}

function titleOf(entry: RoadmapDiff): string {
  return (entry.head.summary ?? entry.base.summary)?.title ?? entry.file;
}

function meta(entry: RoadmapDiff): string {
  const commit = entry.base.commit ? ` (${entry.base.commit.slice(0, 7)})` : "";
  return `${escapeMarkdown(entry.file)} · base ${escapeMarkdown(entry.base.ref)}${commit} · head ${escapeMarkdown(entry.head.ref)} · planned as of ${entry.asOf}`;
}

function entryLines(entry: RoadmapDiff, sameTitle: boolean): string[] {
  const { lead, rest } = diffHeadline(entry);
  // Two roadmaps with one title get their file names in the heading, so each heading is its own.
  const heading = sameTitle ? `${escapeMarkdown(titleOf(entry))} (${escapeMarkdown(entry.file)})` : escapeMarkdown(titleOf(entry));
  const out = [`## ${heading}`, "", meta(entry), "", `**${lead}**${rest ? ` ${rest}` : ""}`, ""];
  const error = entry.head.error ?? entry.base.error;
  if (error !== null && entry.diff === null) out.push(`> ${escapeMarkdown(error)}`, "");
  if (entry.diff && entry.status === "changed") out.push(summaryTable(entry, entry.diff), "", ...sections(entry.diff, entry.file));
  return out;
}

/**
 * Comparisons of roadmaps with their versions at a git ref as GitHub
 * Markdown, for a pull-request comment or `$GITHUB_STEP_SUMMARY`: a title,
 * for several roadmaps a table with one line each, then per roadmap its
 * headline sentence (how the finish moved, what else changed) and tables:
 * the finish, best case, due date, progress and scope before and after,
 * then the items moved (largest slip first), added, removed, cancelled,
 * renamed, with another status or progress, the critical path, risks,
 * KPIs, budgets and new errors. Dates are ISO. Every roadmap string is
 * cleaned and escaped.
 */
export function renderDiffMarkdown(input: readonly RoadmapDiff[], options: DiffMarkdownOptions = {}): string {
  const entries = sanitizeStrings([...input]);
  const refs = [...new Set(entries.map((e) => e.base.ref))];
  const lines = [`# Roadmap changes against ${refs.map((r) => escapeMarkdown(r)).join(", ") || "the base"}`, ""];
  if (entries.length === 0) lines.push("No roadmaps to compare.", "");
  if (entries.length > 1) {
    lines.push(
      markdownTable(
        ["Roadmap", "Status", "Finish", "Slip (workdays)"],
        entries.map((e) => [
          escapeMarkdown(titleOf(e)),
          e.status,
          fromTo(e.base.summary?.finish ?? null, e.head.summary?.finish ?? null),
          signed(e.diff?.finishSlip ?? null),
        ]),
        ["left", "left", "left", "right"],
      ),
      "",
    );
  }
  const titles = entries.map(titleOf);
  for (const [i, entry] of entries.entries()) lines.push(...entryLines(entry, titles.indexOf(titles[i]) !== titles.lastIndexOf(titles[i])));
  lines.push(
    "---",
    "",
    `_Slips count workdays of the head version's calendar; positive is later. Generated by ${escapeMarkdown(options.generator ?? "roadmap-kit")}._`,
  );
  return `${lines.join("\n")}\n`;
}

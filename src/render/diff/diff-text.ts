import { Chalk, type ChalkInstance } from "chalk";
import type { RoadmapDiff } from "../../compare/roadmap-diff.js";
import type { ItemChange, ItemDiff, PlanDiff } from "../../compare/types.js";
import { cell, renderTable, type Cell, type Column } from "../terminal/table.js";
import { sanitizeLine } from "../terminal/sanitize-terminal.js";
import { bothSides, changedTitle, diffHeadline, fromTo, percent, signed } from "./diff-words.js";

export interface DiffTextOptions {
  /** Display columns; 80 by default. */
  width?: number;
  /** Colours (a chalk instance at the level the CLI chose); none by default. */
  color?: ChalkInstance;
}

const NAME_COLUMNS: Column[] = [{ flex: true, min: 16 }];

/** Each row: a name (truncated to fit) and fixed columns after it. */
function table(rows: Cell[][], extra: Column[], width: number): string[] {
  return renderTable(rows, [...NAME_COLUMNS, ...extra], { width, indent: 2 });
}

function name(i: { id: string; after?: { title: string }; before?: { title: string } }): Cell {
  return cell(`${sanitizeLine(changedTitle(i))} (${sanitizeLine(i.id)})`);
}

function slipPaint(n: number | null, c: ChalkInstance): (s: string) => string {
  if (n === null || n === 0) return (s) => s;
  return n > 0 ? c.red : c.green;
}

function itemSections(d: PlanDiff, width: number, c: ChalkInstance): string[] {
  const out: string[] = [];
  const pick = (ch: ItemChange) => d.items.filter((i) => i.changes.includes(ch));
  const heading = (title: string, n: number) => out.push("", c.bold(`${title} (${n})`));
  const both = d.items.filter(bothSides);
  const moved = both.filter((i) => i.changes.includes("moved"));
  if (moved.length > 0) {
    heading("Moved, latest slip first", moved.length);
    out.push(
      ...table(
        moved.map((i) => [
          name(i),
          cell(`start ${fromTo(i.before.start, i.after.start)}`),
          cell(`end ${fromTo(i.before.end, i.after.end)}`),
          cell(signed(i.endSlip ?? i.startSlip), slipPaint(i.endSlip ?? i.startSlip, c)),
        ]),
        [{ drop: 2 }, {}, { align: "right" }],
        width,
      ),
    );
  }
  const dates = (i: ItemDiff, side: "before" | "after") => {
    const s = i[side];
    return !s || s.start === null ? "not scheduled" : s.start === s.end ? s.start : `${s.start} – ${s.end}`;
  };
  for (const [change, title, side] of [
    ["added", "Added", "after"],
    ["removed", "Removed", "before"],
    ["cancelled", "Cancelled", "before"],
  ] as const) {
    const list = pick(change);
    if (list.length === 0) continue;
    heading(title, list.length);
    const status = (i: ItemDiff) => (i.before && i.after ? fromTo(i.before.status, i.after.status) : (i[side]?.status ?? "—"));
    out.push(
      ...table(
        list.map((i) => [name(i), cell(dates(i, side)), cell(status(i))]),
        [{ drop: 1 }, {}],
        width,
      ),
    );
  }
  const renamed = both.filter((i) => i.changes.includes("renamed"));
  if (renamed.length > 0) {
    heading("Renamed", renamed.length);
    out.push(...renamed.map((i) => `  ${sanitizeLine(i.id)}: ${sanitizeLine(i.before.title)} → ${sanitizeLine(i.after.title)}`));
  }
  const status = both.filter((i) => i.changes.includes("status") || i.changes.includes("progress"));
  if (status.length > 0) {
    heading("Status and progress", status.length);
    out.push(
      ...table(
        status.map((i) => [name(i), cell(fromTo(i.before.status, i.after.status)), cell(fromTo(percent(i.before.progress), percent(i.after.progress)))]),
        [{}, { align: "right" }],
        width,
      ),
    );
  }
  const { entered, left } = d.criticalPath;
  if (entered.length + left.length > 0) {
    heading("Critical path", entered.length + left.length);
    if (entered.length > 0) out.push(`  entered: ${entered.map(sanitizeLine).join(", ")}`);
    if (left.length > 0) out.push(`  left: ${left.map(sanitizeLine).join(", ")}`);
  }
  if (d.risks.length > 0) {
    heading("Risks", d.risks.length);
    const score = (r: (typeof d.risks)[number]["before"]) => (r ? `${r.score ?? "unscored"} ${r.status}` : "—");
    out.push(
      ...table(
        d.risks.map((r) => [name(r), cell(r.changes.join(", ")), cell(`${score(r.before)} → ${score(r.after)}`)]),
        [{}, {}],
        width,
      ),
    );
  }
  if (d.kpis.length > 0) {
    heading("KPIs", d.kpis.length);
    const value = (k: (typeof d.kpis)[number]["before"]) => (k ? `${k.current ?? "—"} (target ${k.final ?? "—"})` : "—");
    out.push(
      ...table(
        d.kpis.map((k) => [name(k), cell(k.changes.join(", ")), cell(`${value(k.before)} → ${value(k.after)}`)]),
        [{}, {}],
        width,
      ),
    );
  }
  if (d.budgets.length > 0) {
    heading("Budgets", d.budgets.length);
    const value = (b: (typeof d.budgets)[number]["before"]) => (b ? `${b.monthly}/month ${b.yearly}/year` : "—");
    out.push(
      ...table(
        d.budgets.map((b) => [name(b), cell(b.changes.join(", ")), cell(`${value(b.before)} → ${value(b.after)}`)]),
        [{}, {}],
        width,
      ),
    );
  }
  if (d.problems.length > 0) {
    heading("New errors", d.problems.length);
    for (const p of d.problems) {
      const at = p.range ? `:${p.range.start.line}:${p.range.start.col}` : "";
      out.push(`  ${sanitizeLine(`${p.file ?? ""}${at}`)} ${c.red("error")} ${sanitizeLine(p.message)}  ${c.dim(p.code)}`);
    }
  }
  return out;
}

function entryText(entry: RoadmapDiff, width: number, c: ChalkInstance): string {
  const title = sanitizeLine((entry.head.summary ?? entry.base.summary)?.title ?? entry.file);
  const commit = entry.base.commit ? ` (${entry.base.commit.slice(0, 7)})` : "";
  const { lead, rest } = diffHeadline(entry);
  const slip = entry.diff?.finishSlip ?? null;
  const lines = [
    c.bold(title),
    c.dim(`${sanitizeLine(entry.file)} · base ${sanitizeLine(entry.base.ref)}${commit} → ${sanitizeLine(entry.head.ref)} · as of ${entry.asOf}`),
    `${slipPaint(slip, c)(lead)}${rest ? ` ${rest}` : ""}`,
  ];
  const error = entry.head.error ?? entry.base.error;
  if (error !== null && entry.diff === null) lines.push(`  ${sanitizeLine(error)}`);
  if (entry.diff && entry.status === "changed") lines.push(...itemSections(entry.diff, width, c));
  return lines.join("\n");
}

/**
 * Comparisons for the terminal: per roadmap its title, where the two
 * versions come from, the headline sentence (slips in red, gains in green
 * when colour is on), then the changes in short aligned tables that fit
 * `width`. Every roadmap string is sanitised for the terminal.
 */
export function renderDiffText(entries: readonly RoadmapDiff[], options: DiffTextOptions = {}): string {
  const width = options.width ?? 80;
  const c = options.color ?? new Chalk({ level: 0 });
  if (entries.length === 0) return "No roadmaps to compare.\n";
  return `${entries.map((e) => entryText(e, width, c)).join("\n\n")}\n`;
}

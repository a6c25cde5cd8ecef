import { Chalk, type ChalkInstance } from "chalk";
import type { History } from "../../compare/types.js";
import { percent, signed } from "../diff/diff-words.js";
import { cell, renderTable } from "../terminal/table.js";
import { sanitizeLine } from "../terminal/sanitize-terminal.js";
import { truncate } from "../terminal/truncate.js";
import { firstAndLast, historyHeadline, moves } from "./history-words.js";

export interface HistoryTextOptions {
  /** Display columns; 80 by default. */
  width?: number;
  color?: ChalkInstance;
}

/**
 * A roadmap's history for the terminal: title and headline, one line per
 * version (date, commit, finish, best case, progress against expected, items
 * and done, the commit subject where it fits), why each broken version does
 * not parse, then the milestone trend.
 * Every roadmap string and commit subject is sanitised for the terminal.
 */
export function renderHistoryText(file: string, history: History, options: HistoryTextOptions = {}): string {
  const width = options.width ?? 80;
  const c = options.color ?? new Chalk({ level: 0 });
  const lines = [c.bold(sanitizeLine(history.title ?? file)), c.dim(sanitizeLine(file)), historyHeadline(history)];
  if (history.versions.length > 0) {
    lines.push("", c.bold("Versions, oldest first"));
    const rows = [
      ["date", "commit", "finish", "best case", "progress", "items", "subject"].map((h) => cell(h, c.dim)),
      ...history.versions.map((v) =>
        v.error !== undefined
          ? [
              cell(v.date),
              cell(v.commit.slice(0, 7)),
              cell("—"),
              cell("—"),
              cell(""),
              cell(""),
              cell(sanitizeLine(`does not parse${v.subject ? ` · ${v.subject}` : ""}`), c.red),
            ]
          : [
              cell(v.date),
              cell(v.commit.slice(0, 7)),
              cell(v.finish ?? "—"),
              cell(v.bestCaseFinish ?? "—"),
              cell(`${percent(v.progress ?? 0)}/${percent(v.expectedProgress ?? 0)}`),
              cell(`${v.items} (${v.done} done)`),
              cell(sanitizeLine(v.subject ?? "")),
            ],
      ),
    ];
    lines.push(
      ...renderTable(rows, [{}, {}, {}, { drop: 2 }, { align: "right", drop: 3 }, { align: "right", drop: 1 }, { flex: true, min: 10, drop: 4 }], {
        width,
        indent: 2,
      }),
    );
    // Why each broken version does not parse, under the table so the table keeps its columns.
    for (const v of history.versions) {
      if (v.error !== undefined) lines.push(truncate(`  ${v.commit.slice(0, 7)} does not parse: ${sanitizeLine(v.error)}`, width));
    }
  }
  if (history.milestones.length > 0) {
    lines.push("", c.bold("Milestone trend"));
    const rows = [
      ["", "first", "latest", "moved", "changes"].map((h) => cell(h, c.dim)),
      ...history.milestones.map((m) => {
        const { first, last } = firstAndLast(m);
        const paint = m.slip !== null && m.slip > 0 ? c.red : m.slip !== null && m.slip < 0 ? c.green : undefined;
        return [
          cell(`${m.kind === "milestone" ? "◆ " : ""}${sanitizeLine(m.title)}`),
          cell(first ?? "—"),
          cell(last ?? "—"),
          cell(signed(m.slip), paint),
          cell(String(moves(m))),
        ];
      }),
    ];
    lines.push(...renderTable(rows, [{ flex: true, min: 12 }, {}, {}, { align: "right" }, { align: "right", drop: 1 }], { width, indent: 2 }));
  }
  return `${lines.join("\n")}\n`;
}

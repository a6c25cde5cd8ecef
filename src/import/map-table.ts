import type { Block, Line } from "./blocks.js";
import type { DraftItem } from "./draft.js";
import { fold } from "./fold.js";
import { itemFromTitle } from "./item-from-title.js";
import { applyItemValue } from "./map-line.js";
import type { PeriodContext } from "./read-period.js";
import { readRefs } from "./read-refs.js";
import { readStatusWord } from "./read-status.js";
import { workColumns, type WorkColumns } from "./read-table.js";
import { readTitle } from "./read-title.js";

type Table = Extract<Block, { kind: "table" }>;

/**
 * The columns of a table of work, or undefined. A table whose rows all name
 * headings of the document ("Phase 0" … for "## Phase 0: Architecture") is an
 * overview of those items, not more work: it stays text.
 */
export function tableColumns(table: Table, headings: string[]): WorkColumns | undefined {
  const columns = workColumns(table.header, table.rows);
  if (!columns || table.rows.length === 0) return columns;
  const overview = table.rows.every((row) => {
    const name = fold(row[columns.title]?.text ?? "")
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim();
    return name !== "" && headings.some((h) => h === name || (h.startsWith(name) && /^[\s:(—–-]/.test(h.slice(name.length))));
  });
  return overview ? undefined : columns;
}

/** A table of work as tasks of `item`, one per row; false when the table is not work. */
export function tableTasks(item: DraftItem, table: Table, headings: string[], period: PeriodContext): boolean {
  const columns = tableColumns(table, headings);
  if (!columns) return false;
  item.labels.push({ key: "tasks", text: `| ${table.header.map((h) => h.markdown).join(" | ")} |` });
  for (const row of table.rows) {
    const titleCell = row[columns.title];
    const text = titleCell?.text || row.find((c) => c.text !== "")?.text || "";
    if (text === "") continue;
    const task = itemFromTitle(readTitle(text, period), text);
    row.forEach((cell, i) => {
      if (i === columns.title || cell.text === "" || /^[-–—]$/.test(cell.text)) return;
      const header = table.header[i]?.text ?? "";
      const line: Line = { text: `${header}: ${cell.text}`, markdown: `**${header}**: ${cell.markdown}`, links: cell.links, emphasized: false };
      const field = columns.fields[i];
      const r = field ? applyItemValue(task, field, cell.text, line, period) : false;
      // Under a "Done" column a ❌ says "not yet", not "dropped".
      if (field === "status" && task.status?.value === "cancelled" && readStatusWord(header) === "done") task.status.value = "todo";
      for (const ref of [...cell.links, ...readRefs(cell.text)]) if (!task.refs.includes(ref)) task.refs.push(ref);
      if (r !== "mapped") task.notes.push(line.markdown);
    });
    item.tasks.push(task);
  }
  return true;
}

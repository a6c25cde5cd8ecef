import { sanitizeText } from "../text/sanitize-text.js";
import { escapedChars, oneLine } from "./escape-markdown.js";
import { sanitizeInlineMarkdown } from "./sanitize-inline-markdown.js";

/**
 * Makes inline Markdown safe in a GFM table cell: no newline (paragraph
 * breaks and list lines become `<br>`, other line breaks a space) and every
 * pipe escaped, also inside code spans, where GitHub unescapes `\|`. Any
 * backslashes already before a pipe are dropped first, so `\\|` cannot
 * end the cell in one parser and not in another. A cell is inline content
 * only, so what was safe as a block (a code block holding a tag) is checked
 * again as inline Markdown (`sanitizeInlineMarkdown`, which keeps `<br>`).
 */
export function tableCell(markdown: string): string {
  const lines = sanitizeText(markdown).split("\n");
  let out = "";
  let blank = false;
  for (const raw of lines) {
    const line = oneLine(raw);
    if (!line) {
      blank = out !== "";
      continue;
    }
    if (out) out += blank || /^([-*+]|\d+[.)])\s/.test(line) ? "<br>" : " ";
    out += line;
    blank = false;
  }
  const safe = sanitizeInlineMarkdown(out) ?? escapedChars(out).join("");
  return safe.replace(/\\*\|/g, "\\|") || " ";
}

export type Align = "left" | "right" | "center";

/**
 * A compact GitHub table: `| a | b |` rows under a `| --- |` delimiter row.
 * Cells are inline Markdown, already escaped for their content; `tableCell`
 * makes them safe for the table.
 */
export function markdownTable(header: string[], rows: string[][], align: Align[] = []): string {
  const delimiter = header.map((_, i) => ({ left: "---", right: "--:", center: ":-:" })[align[i] ?? "left"]);
  const line = (cells: string[]) => `| ${header.map((_, i) => tableCell(cells[i] ?? "")).join(" | ")} |`;
  return [line(header), `| ${delimiter.join(" | ")} |`, ...rows.map(line)].join("\n");
}

import { graphemes } from "../text/graphemes.js";
import { oneLine } from "./escape-markdown.js";

/**
 * Words that start a statement in Mermaid's gantt grammar (case-insensitive)
 * and a date: a task label that starts with one would be read as that
 * statement (`Title page` as the chart title, `Section 3 …` as a section).
 */
const STATEMENT_START =
  /^(gantt\b|dateformat\s|inclusiveenddates\b|topaxis\b|axisformat\s|tickinterval\s|includes\s|excludes\s|todaymarker\s|weekday\s|weekend\s|title\s|accdescription\s|section\s|acctitle\b|accdescr\b|href\s|call\s|click\s|\d{4}-\d\d-\d\d\b)/i;

/**
 * Characters that end or comment out a gantt label (`:`, `;`, `#`, `%`) and
 * the ones Mermaid uses for its own entity placeholders (`ﬂ`, `¶`). Written
 * as Mermaid entity codes (`#58;`), which Mermaid turns back into the
 * character in the drawn chart.
 */
const SPECIAL = /[:;#%ﬂ¶]/g;

/**
 * Text for a Mermaid gantt label (task, section, title): one line, at most
 * `max` characters (cut at a grapheme, with `…`), backticks dropped, the
 * grammar's special characters as entity codes, and a leading keyword or
 * date defused by writing its first character as an entity code.
 */
export function escapeMermaid(text: string, max = 60): string {
  let s = oneLine(text.replace(/`/g, ""));
  // the first `max + 1` graphemes tell whether it is longer than `max`: the rest is never segmented
  const head: string[] = [];
  for (const g of graphemes(s)) if (head.push(g) > max) break;
  if (head.length > max)
    s =
      head
        .slice(0, max - 1)
        .join("")
        .trimEnd() + "…";
  if (!s) s = "(untitled)";
  let escaped = s.replace(SPECIAL, (c) => `#${c.codePointAt(0)};`);
  // the label is followed by ` :` on its line, so `call` alone is `call ` to the lexer
  if (STATEMENT_START.test(`${s} `)) escaped = `#${s.codePointAt(0)};${escaped.slice(String.fromCodePoint(s.codePointAt(0)!).length)}`;
  return escaped;
}

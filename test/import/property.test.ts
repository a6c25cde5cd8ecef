import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { importMarkdown } from "../../src/import/import-markdown.js";
import { lintErrors } from "../../src/import/self-check.js";
import { textKept } from "./measure.js";

/** Plain words, and words the importer reads (statuses, periods, labels, marks, refs), so the mapping and its fallbacks run. */
const plain = fc.stringMatching(/^[a-zа-яçğışäöü][a-zа-яçğışäöü0-9]{0,7}$/);
const loaded = fc.constantFrom(
  "done",
  "Done",
  "in progress",
  "Week",
  "Weeks",
  "3",
  "3-6",
  "Month",
  "2",
  "Q1",
  "2026",
  "2026-03-02",
  "(2 weeks)",
  "~3d",
  "Status:",
  "Owner:",
  "Priority:",
  "high",
  "Timeline:",
  "Depends on:",
  "Goal:",
  "Deliverable:",
  "Tasks:",
  "Success Criteria:",
  "✅",
  "🚧",
  "⏳",
  "❌",
  "#12",
  "PR #7",
  "https://example.com/x",
  "Неделя",
  "1.",
  "Ay",
  "KW",
  "Days",
  "1-2:",
  "(done)",
  "Jan–Mar",
  // Text that YAML or Markdown would read as something else.
  "null",
  "true",
  "~",
  "-",
  "*",
  "&a",
  "!tag",
  "@x",
  "'",
  '"',
  "#",
  ":",
  "|",
  ">",
  "%",
  "`x`",
  "<b>",
  "1e3",
  "0x1F",
  "\t",
  "[x]",
  "┌──┐",
  "│",
  "•",
  "├─",
  "====",
  "---",
  "**b**",
  "_i_",
  "\\",
  "[l](http://e.x)",
);
const word = fc.oneof({ weight: 3, arbitrary: plain }, { weight: 2, arbitrary: loaded });
const text = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(" "));

const heading = fc.tuple(fc.integer({ min: 1, max: 4 }), text).map(([depth, t]) => `${"#".repeat(depth)} ${t}`);
const item = fc.tuple(fc.constantFrom("", "[ ] ", "[x] "), fc.integer({ min: 0, max: 2 }), text).map(([box, depth, t]) => `${"  ".repeat(depth)}- ${box}${t}`);
const list = fc.array(item, { minLength: 1, maxLength: 5 }).map((items) => {
  // A nested item needs a parent one level up.
  let depth = 0;
  return items
    .map((line) => {
      const want = (line.length - line.trimStart().length) / 2;
      depth = Math.min(want, depth + 1);
      return `${"  ".repeat(depth)}${line.trimStart()}`;
    })
    .join("\n");
});
const paragraph = fc.array(text, { minLength: 1, maxLength: 3 }).map((lines) => lines.join("\n"));
const markdown = fc.array(fc.oneof(heading, list, paragraph), { minLength: 1, maxLength: 12 }).map((blocks) => `${blocks.join("\n\n")}\n`);

describe("roadmap import, any Markdown of headings, lists and paragraphs", () => {
  it("gives a roadmap that lints without errors and keeps every word", () => {
    fc.assert(
      fc.property(markdown, fc.option(fc.constant("2026-03-02"), { nil: undefined }), (md, start) => {
        const { yaml } = importMarkdown(md, { date: "2026-03-02", source: "random.md", start });
        expect(lintErrors(yaml, "2026-03-02")).toEqual([]);
        expect([...textKept(md, yaml).missing]).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

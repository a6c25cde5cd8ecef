import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkRoadmap, parseRoadmap } from "../../src/index.js";

/** Pieces of YAML, roadmap keys and values, and the syntax that goes wrong: anchors, aliases, flow, quotes, tags, documents. */
const piece = fc.constantFrom(
  "title: T",
  "start: 2026-01-05",
  "phases:",
  "tasks:",
  "- title: a",
  "- { id: b, title: b, duration: 2w }",
  "id: a",
  "after: [a]",
  "after: [b, a]",
  "when: 2026-02-02",
  "when: Q1 2026",
  "duration: 3d",
  "duration: 2-3w",
  "status: done",
  "milestone: true",
  "x-a:",
  "&a",
  "*a",
  "&b [1]",
  "*b",
  "[",
  "]",
  "{",
  "}",
  ",",
  ":",
  "- ",
  "? ",
  '"',
  "'",
  "#",
  "|",
  ">-",
  "!!str",
  "!!binary",
  "---",
  "...",
  "%YAML 1.2",
  "\t",
  "~",
  "null",
  "1e999",
  "ü",
);
const line = fc
  .tuple(fc.integer({ min: 0, max: 3 }), fc.array(piece, { minLength: 1, maxLength: 3 }))
  .map(([depth, parts]) => `${"  ".repeat(depth)}${parts.join(" ")}`);
const document = fc.array(line, { minLength: 1, maxLength: 12 }).map((lines) => `${lines.join("\n")}\n`);

/** A roadmap's outline with anchors, aliases and odd values in its slots, so that most of it reads and the rest is close to valid. */
const key = fc.constantFrom("id", "after", "when", "duration", "status", "progress", "milestone", "owner", "x-a", "tasks", "notes");
const value = fc.constantFrom(
  "a",
  "b",
  "[a]",
  "[a, b]",
  "*a",
  "&a x",
  "&a [1]",
  "&a { c: 1 }",
  "*b",
  "&b",
  "[*a]",
  "{ c: *a }",
  "2w",
  "1-2w",
  "2026-02-02",
  "done",
  "true",
  "40%",
  "~",
  '"*a"',
);
const anchorOrAlias = fc.constantFrom("", "", " &a", " *a", " &b", " *b");
const extra = fc.array(fc.tuple(key, value), { maxLength: 2 });
const task = fc.tuple(fc.nat(9), extra).map(([n, kv]) => [`      - title: T${n}`, ...kv.map(([k, v]) => `        ${k}: ${v}`)].join("\n"));
const phase = fc
  .tuple(fc.nat(9), extra, anchorOrAlias, fc.array(task, { maxLength: 3 }))
  .map(([n, kv, mark, tasks]) =>
    [`  - title: P${n}`, ...kv.map(([k, v]) => `    ${k}: ${v}`), ...(tasks.length || mark ? [`    tasks:${mark}`, ...tasks] : [])].join("\n"),
  );
const outline = fc
  .tuple(anchorOrAlias, fc.array(phase, { minLength: 1, maxLength: 3 }))
  .map(([mark, phases]) => `title: T\nstart: 2026-01-05\nphases:${mark}\n${phases.join("\n")}\n`);

describe("any text, however broken, is read without throwing", () => {
  it.each([
    ["pieces of YAML in any order", document],
    ["a roadmap's outline with anchors, aliases and odd values", outline],
  ])("%s: a roadmap or diagnostics, each with its file and a line", (_name, texts) => {
    fc.assert(
      fc.property(texts, (text) => {
        const parsed = parseRoadmap(text, { file: "x.yaml" });
        for (const d of parsed.diagnostics) {
          expect(d.file).toBe("x.yaml");
          expect(d.range?.start.line).toBeGreaterThanOrEqual(1);
          expect(d.message).not.toBe("");
        }
        if (!parsed.roadmap) expect(parsed.diagnostics.some((d) => d.severity === "error")).toBe(true);
        // What reads also plans and lints.
        const checked = checkRoadmap(parsed, { asOf: "2026-03-02", defaultAsOf: "2026-03-02" });
        expect(checked.diagnostics.length).toBeGreaterThanOrEqual(parsed.diagnostics.length);
      }),
      { numRuns: 1000 },
    );
  });
});

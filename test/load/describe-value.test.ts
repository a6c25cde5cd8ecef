import { describe, expect, it } from "vitest";
import { parseRoadmap } from "../../src/index.js";
import { describeExpected, describeValue } from "../../src/load/describe-value.js";

describe("describeValue", () => {
  it.each([
    [undefined, "nothing"],
    [null, "an empty value"],
    ["text", '"text"'],
    ["x".repeat(50), `"${"x".repeat(39)}…"`],
    [42, "42"],
    [false, "false"],
    [["a"], "a list"],
    [{ a: 1 }, "a mapping"],
    [new Date("2026-01-05"), "a timestamp (!!timestamp)"],
    [new Uint8Array([104, 101, 108, 108, 111]), "binary data (!!binary, 5 bytes)"],
    [Buffer.from("h"), "binary data (!!binary, 1 byte)"],
    [new Set(["a"]), "a set (!!set)"],
    [new Map([["a", 1]]), "an ordered mapping (!!omap)"],
  ])("describes %o as %s", (value, described) => {
    expect(describeValue(value)).toBe(described);
  });
});

describe("describeExpected", () => {
  it.each([
    ["string", "text"],
    ["int", "a whole number"],
    ["record", "a mapping"],
    ["date", "date"],
    // Names every plain object has on its prototype are no expectation of their own.
    ["constructor", "constructor"],
    ["toString", "toString"],
    ["__proto__", "__proto__"],
  ])("names %s as %s", (expected, named) => {
    expect(describeExpected(expected)).toBe(named);
  });
});

/** `code line:col message` of each diagnostic of a roadmap text. */
const problems = (text: string) =>
  parseRoadmap(text, { file: "r.yaml" }).diagnostics.map((d) => `${d.code} ${d.range?.start.line}:${d.range?.start.col} ${d.message}`);

const SPAN = "expected a span: 2025-10-06, 2025-10, 2026-Q1, 2026, A..B, week 3, weeks 3-6, month 2, months 2-3";

describe("what a message says it found", () => {
  it.each([
    // YAML's explicit tags: a date and bytes, not "a mapping".
    [
      "title: !!binary aGVsbG8=\n",
      "invalid-type 1:17 title: expected text, found binary data (!!binary, 5 bytes): write it as plain text, without the !!binary tag",
    ],
    [
      "title: T\nstart: !!timestamp 2026-01-05\n",
      "invalid-type 2:20 start: expected text, found a timestamp (!!timestamp): write the date as plain text, e.g. 2026-01-05",
    ],
    [
      "title: !!timestamp 2026-01-05T10:00:00+02:00\n",
      "invalid-type 1:20 title: expected text, found a timestamp (!!timestamp): write it as plain text, without the !!timestamp tag",
    ],
    ["title: T\nphases: !!timestamp 2026-01-05\n", "invalid-type 2:21 phases: expected a list, found a timestamp (!!timestamp)"],
    ["title: !!set { a }\n", "invalid-type 1:14 title: expected text, found a set (!!set)"],
    ["title: !!omap [ a: 1 ]\n", "invalid-type 1:15 title: expected text, found an ordered mapping (!!omap)"],
    ["!!timestamp 2026-01-05\n", "invalid-type 1:13 expected the file to be a mapping (title:, phases: …), found a timestamp (!!timestamp)"],
    // A number where text is expected: quoting keeps the text as written.
    ["title: 0001\n", "invalid-type 1:8 title: expected text, found the number 1; quote it to keep it as written"],
    ["title: 1.50\n", "invalid-type 1:8 title: expected text, found the number 1.5; quote it to keep it as written"],
    ["title: T\nphases:\n  - id: 7\n    title: P\n", "invalid-type 3:9 phases[0].id: expected text, found the number 7; quote it to keep it as written"],
    ["title: T\nowner: 0001\n", "invalid-type 2:8 owner: expected text or a list, found the number 1; quote it to keep it as written"],
    // A span takes a number (a year), and says when it lost its leading zeros.
    [
      "title: T\nphases:\n  - title: P\n    when: 0001\n",
      `invalid-span 4:11 phases[0].when: ${SPAN}, found the number 1; if it was written with leading zeros, quote it to keep them`,
    ],
    [
      "title: T\nphases:\n  - title: P\n    when: { start: 0001 }\n",
      `invalid-span 4:20 phases[0].when.start: ${SPAN}, found the number 1; if it was written with leading zeros, quote it to keep them`,
    ],
    // Where a number is expected too, a refused number is not text gone wrong; other number messages stay.
    [
      "title: T\nbudgets:\n  - title: B\n    items:\n      - { title: I, amount: .inf, per: once }\n",
      "invalid-type 5:29 budgets[0].items[0].amount: expected a number or text, found Infinity",
    ],
    [
      "title: T\nphases:\n  - title: P\n    duration: 3\n",
      'invalid-length 4:15 phases[0].duration: expected a length such as 3d, 2w, 1.5mo or the range 2-3w (units h, d, w, mo, q), found "3" (add a unit, e.g. "3d")',
    ],
  ])("%j: %s", (text, message) => {
    expect(problems(text)).toEqual([message]);
  });
});

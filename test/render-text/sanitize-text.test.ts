import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sanitizeStrings } from "../../src/render/text/sanitize-strings.js";
import { sanitizeText } from "../../src/render/text/sanitize-text.js";

/** What no output may hold: C0 controls but tab and newline, DEL, C1 controls, bidi overrides and isolates. */
const UNCLEAN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe("sanitizeText", () => {
  it.each([
    ["ESC and a CSI sequence, whole", "a\u001b[31mred\u001b[0mb", "aredb"],
    ["8-bit CSI, whole", "a\u009b2Jb", "ab"],
    ["an OSC hyperlink, whole", "\u001b]8;;https://evil.example/\u0007click\u001b]8;;\u0007", "click"],
    ["BEL, backspace, DEL", "a\u0007b\bc\u007fd", "abcd"],
    ["NEL and other C1 controls", "a\u0085b\u0080c\u0081d\u0099e", "abcde"],
    ["a lone carriage return: a line break", "one\rtwo", "one\ntwo"],
    ["CRLF: one line break", "one\r\ntwo\r\n\r\nthree", "one\ntwo\n\nthree"],
    ["bidi overrides and isolates", "a\u202eb\u202cc\u2066d\u2069", "abcd"],
    ["tab and newline kept", "a\tb\nc", "a\tb\nc"],
    ["every script and emoji kept", "🚀 Миграция İzleme 漢字 é", "🚀 Миграция İzleme 漢字 é"],
  ])("%s", (_, input, expected) => {
    expect(sanitizeText(input)).toBe(expected);
  });

  it("leaves nothing unclean and is idempotent, whatever the input", () => {
    const char = fc.oneof(
      fc.constantFrom("\u001b", "[", "]", "\\", "\u0007", "\u009b", "\u009c", "\u009d", "\u0085", "\r", "\n", "\t", "\u007f", "P", "m", ";"),
      fc.integer({ min: 0, max: 0x2100 }).map((n) => String.fromCodePoint(n)),
    );
    fc.assert(
      fc.property(
        fc.array(char, { maxLength: 40 }).map((a) => a.join("")),
        (input) => {
          const out = sanitizeText(input);
          expect(out).not.toMatch(UNCLEAN);
          expect(sanitizeText(out)).toBe(out);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("sanitizeStrings", () => {
  it("returns clean input itself, uncopied", () => {
    const plan = { title: "Clean", items: [{ id: "a", title: "A" }], byId: new Map([["a", 1]]) };
    expect(sanitizeStrings(plan)).toBe(plan);
  });

  it("cleans every string, keys included, and keeps shared objects shared", () => {
    const item = { id: "a", title: "A\u001b[2J\rB", tags: new Set(["x\u0007"]) };
    const input = { title: "T\u0085", items: [item], byId: new Map([["a", item]]), counts: { "k\u0000": 1n }, when: null, n: 3 };
    const out = sanitizeStrings(input);
    expect(out).not.toBe(input);
    expect(out.title).toBe("T");
    expect(out.items[0].title).toBe("A\nB");
    expect([...out.items[0].tags]).toEqual(["x"]);
    expect(out.byId.get("a")).toBe(out.items[0]);
    expect(out.counts).toEqual({ k: 1n });
    expect(out.when).toBeNull();
    expect(input.title).toBe("T\u0085"); // the input is left as it was
  });
});

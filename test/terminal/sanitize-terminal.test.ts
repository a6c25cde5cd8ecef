import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sanitizeLine, sanitizeTerminal } from "../../src/render/terminal/sanitize-terminal.js";

/** Anything a terminal acts on, other than newline and tab. */
const DANGEROUS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe("sanitizeTerminal", () => {
  it.each([
    ["CSI: clear screen, home", "a\u001b[2J\u001b[Hb", "ab"],
    ["CSI with private parameters", "a\u001b[?1049hb", "ab"],
    ["SGR colour", "\u001b[31mred\u001b[0m", "red"],
    ["8-bit CSI", "a\u009b31mb", "ab"],
    ["OSC hyperlink with BEL", "\u001b]8;;https://evil.example/\u0007click\u001b]8;;\u0007", "click"],
    ["OSC hyperlink with ST", "\u001b]8;;https://evil.example/\u001b\\click\u001b]8;;\u001b\\", "click"],
    ["OSC window title", "\u001b]0;pwned\u0007x", "x"],
    ["OSC 52 clipboard", "\u001b]52;c;cHduZWQ=\u0007x", "x"],
    ["8-bit OSC", "a\u009d8;;https://x\u009cb", "ab"],
    ["unterminated OSC swallows the rest", "a\u001b]8;;https://evil", "a"],
    ["DCS", "a\u001bPqpayload\u001b\\b", "ab"],
    ["APC and PM", "a\u001b_apc\u001b\\b\u001b^pm\u001b\\c", "abc"],
    ["charset and save/restore cursor", "a\u001b(0b\u001b7c\u001b8", "abc"],
    ["BEL, backspace; a carriage return is a newline, so it cannot overwrite", "done\r\u0007\bfake\r\nnext", "done\nfake\nnext"],
    ["DEL and C1", "a\u007f\u0085\u0080b", "ab"],
    ["8-bit DCS runs to its terminator", "a\u0090payload\u009cb", "ab"],
    ["bidi overrides and isolates", "a\u202eb\u202cc\u2066d\u2069", "abcd"],
    ["keeps newline and tab", "a\n\tb", "a\n\tb"],
    ["keeps every script and emoji", "🚀 Миграция İzleme 漢字 é", "🚀 Миграция İzleme 漢字 é"],
  ])("%s", (_, input, expected) => {
    expect(sanitizeTerminal(input)).toBe(expected);
  });

  it("puts a string on one line for table cells", () => {
    expect(sanitizeLine("  Eve\r\nMallory\t\u001b[2J ")).toBe("Eve Mallory");
  });

  it("never lets a control character through, whatever the input", () => {
    const anyChar = fc.oneof(
      fc.constantFrom("\u001b", "[", "]", "\\", "\u0007", "\u009b", "\u009c", "\u009d", "P", "_", ";", "8", "m", "\r", "\n", "\t"),
      fc.integer({ min: 0, max: 0x2100 }).map((n) => String.fromCodePoint(n)),
    );
    fc.assert(
      fc.property(
        fc.array(anyChar, { maxLength: 40 }).map((a) => a.join("")),
        (input) => {
          const out = sanitizeTerminal(input);
          expect(out).not.toMatch(DANGEROUS);
          expect(sanitizeLine(input)).not.toMatch(/[\n\t]/);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("is linear on long hostile input", () => {
    const input = "\u001b[".repeat(50_000) + "\u001b]".repeat(50_000) + "x";
    const t = performance.now();
    sanitizeTerminal(input);
    expect(performance.now() - t).toBeLessThan(500);
  });
});

import fc from "fast-check";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { fitText } from "../../src/render/html/fit-text.js";
import { graphemes } from "../../src/render/text/graphemes.js";
import { displayWidth, displayWidthUpTo } from "../../src/render/terminal/display-width.js";
import { truncate } from "../../src/render/terminal/truncate.js";

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });
/** The reference: Intl.Segmenter over the whole text at once. */
const clusters = (text: string) => Array.from(segmenter.segment(text), (s) => s.segment);

/**
 * Pieces whose joins test every rule of grapheme segmentation: combining
 * marks, ZWJ sequences, skin tones, variation selectors, regional-indicator
 * pairs, Hangul jamo, an Indic conjunct, CR LF, lone surrogates, wide and
 * narrow letters, spaces.
 */
const piece = fc.oneof(
  fc.constantFrom(
    "a",
    " ",
    "\u0301",
    "\u200d",
    "\ufe0f",
    "👩",
    "💻",
    "🏽",
    "🇯",
    "🇵",
    "\u1100",
    "\u1161",
    "\u11a8",
    "क",
    "\u094d",
    "ष",
    "\r",
    "\n",
    "\ud83d",
    "\ude80",
    "界",
    "Ж",
    "\u200b",
  ),
  fc.integer({ min: 0x20, max: 0x1faff }).map((n) => String.fromCodePoint(n)),
);
const text = fc.array(piece, { maxLength: 500 }).map((a) => a.join(""));
/** Long runs of one piece: clusters far longer than a window. */
const runs = fc.array(fc.tuple(piece, fc.integer({ min: 1, max: 400 })), { maxLength: 6 }).map((a) => a.map(([p, n]) => p.repeat(n)).join(""));

describe("graphemes", () => {
  it("gives the clusters Intl.Segmenter gives for the whole text", () => {
    fc.assert(
      fc.property(fc.oneof(text, runs), (s) => {
        expect([...graphemes(s)]).toEqual(clusters(s));
      }),
      { numRuns: 400 },
    );
  });

  it.each([
    ["one cluster of 100,000 combining marks", `e${"\u0301".repeat(100_000)}x`, 2],
    ["100,000 zero-width spaces", "\u200b".repeat(100_000), 100_000],
    ["50,000 flags", "🇯🇵".repeat(50_000), 50_000],
  ])("reads %s", (_, s, count) => {
    let n = 0;
    let length = 0;
    for (const g of graphemes(s)) {
      n++;
      length += g.length;
    }
    expect(n).toBe(count);
    expect(length).toBe(s.length);
  });
});

/** truncate as it was written first: measure the whole, then add graphemes while they fit. */
function truncateReference(s: string, width: number): string {
  if (width <= 0) return "";
  if (stringWidth(s) <= width) return s;
  if (width === 1) return "…";
  let out = "";
  let used = 0;
  for (const g of clusters(s)) {
    if (used + stringWidth(g) > width - 1) break;
    out += g;
    used += stringWidth(g);
  }
  return out.trimEnd() + "…";
}

describe("the measures that read graphemes agree with string-width, whatever the text", () => {
  it("displayWidth and displayWidthUpTo", () => {
    fc.assert(
      fc.property(fc.oneof(text, runs), fc.integer({ min: 0, max: 600 }), (s, limit) => {
        const width = stringWidth(s);
        expect(displayWidth(s)).toBe(width);
        expect(displayWidthUpTo(s, limit)).toBe(Math.min(limit, width));
      }),
      { numRuns: 400 },
    );
  });

  it("truncate", () => {
    fc.assert(
      fc.property(fc.oneof(text, runs), fc.integer({ min: 0, max: 300 }), (s, width) => {
        expect(truncate(s, width)).toBe(truncateReference(s, width));
      }),
      { numRuns: 400 },
    );
  });

  it("fitText keeps whole graphemes and fits", () => {
    fc.assert(
      fc.property(fc.oneof(text, runs), fc.integer({ min: 0, max: 2000 }), (s, maxWidth) => {
        const fitted = fitText(s, maxWidth, 12);
        if (fitted === s) return;
        expect(fitted.endsWith("…")).toBe(true);
        const kept = fitted.slice(0, -1);
        expect(s.startsWith(kept)).toBe(true);
        expect(clusters(s).join("|").startsWith(clusters(kept).join("|"))).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});

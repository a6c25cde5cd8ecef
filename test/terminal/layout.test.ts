import fc from "fast-check";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { displayWidth, padEnd } from "../../src/render/terminal/display-width.js";
import { filledCells, progressBar } from "../../src/render/terminal/progress-bar.js";
import { cell, renderTable } from "../../src/render/terminal/table.js";
import { makeTheme } from "../../src/render/terminal/theme.js";
import { truncate } from "../../src/render/terminal/truncate.js";

const plain = makeTheme(0);

describe("display width", () => {
  it("counts emoji and CJK as two columns, combining marks as none", () => {
    expect(displayWidth("🚀 Миграция")).toBe(11);
    expect(displayWidth("1️⃣ İş")).toBe(5);
    expect(displayWidth("漢字")).toBe(4);
    expect(displayWidth("e\u0301")).toBe(1);
    expect(displayWidth("\u001b[31mred\u001b[39m")).toBe(3);
    expect(padEnd("🔧 Işık", 10)).toBe("🔧 Işık   ");
  });

  it("agrees with string-width, fast path or not", () => {
    const pieces = [
      "a",
      "Ж",
      "ı",
      "İ",
      "é",
      "e\u0301",
      "█",
      "░",
      "│",
      "▶",
      "⚠",
      "✓",
      "…",
      "—",
      "₺",
      "\u202f",
      "🚀",
      "1️⃣",
      "漢",
      "\u200d",
      "\t",
      "\u001b[31m",
      "ّ",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const text = parts.join("");
        expect(displayWidth(text)).toBe(stringWidth(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("truncate", () => {
  it.each([
    ["Infrastructure & Gateway", 12, "Infrastruct…"],
    ["Foundation & Gateway", 12, "Foundation…"],
    ["Short", 10, "Short"],
    ["🚀🚀🚀🚀", 5, "🚀🚀…"],
    ["🔧 LeviBot", 2, "…"],
    ["Ёлки-палки", 6, "Ёлки-…"],
    ["e\u0301e\u0301e\u0301e\u0301", 3, "e\u0301e\u0301…"],
    ["anything", 0, ""],
  ])("%s to %i columns", (text, width, expected) => {
    expect(truncate(text, width)).toBe(expected);
    expect(displayWidth(truncate(text, width))).toBeLessThanOrEqual(width);
  });
});

describe("progress bars", () => {
  it("fill by fraction, never full before 100% nor empty from 1%", () => {
    expect(filledCells(0, 10)).toBe(0);
    expect(filledCells(0.004, 10)).toBe(0);
    expect(filledCells(0.01, 10)).toBe(1);
    expect(filledCells(0.97, 10)).toBe(9);
    expect(filledCells(1, 10)).toBe(10);
    expect(filledCells(Number.NaN, 10)).toBe(0);
  });

  it("are exactly as wide as asked and mark the expected progress", () => {
    expect(progressBar(0.3, 10, plain)).toBe("███░░░░░░░");
    expect(progressBar(0.3, 10, plain, { expected: 0.6 })).toBe("███░░│░░░░");
    expect(progressBar(0.8, 10, plain, { expected: 0.5 })).toBe("████│███░░");
    expect(progressBar(0, 10, plain, { expected: 0 })).toBe("░░░░░░░░░░");
    expect(displayWidth(progressBar(0.5, 17, makeTheme(3), { expected: 0.2 }))).toBe(17);
  });
});

describe("renderTable", () => {
  const rows = [
    [cell("🚀 Миграция платформы"), cell("12"), cell("optional")],
    [cell("Short"), cell("3"), cell("")],
  ];

  it("aligns by display width, truncates the flexible column, drops optional columns below its minimum", () => {
    expect(renderTable(rows, [{ flex: true }, { align: "right" }, { drop: 1 }], { width: 40 })).toEqual([
      "🚀 Миграция платформы  12  optional",
      "Short                   3",
    ]);
    expect(renderTable(rows, [{ flex: true, min: 8 }, { align: "right" }, { drop: 1 }], { width: 26 })).toEqual([
      "🚀 Миграция…  12  optional",
      "Short          3",
    ]);
    expect(renderTable(rows, [{ flex: true, min: 8 }, { align: "right" }, { drop: 1 }], { width: 16 })).toEqual(["🚀 Миграция…  12", "Short          3"]);
  });
});

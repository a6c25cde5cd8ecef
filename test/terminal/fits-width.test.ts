import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderPortfolio, renderTerminal, renderTimeline } from "../../src/render/render-terminal.js";
import { displayWidth } from "../../src/render/terminal/display-width.js";
import { planFileWithLocale, ROOT } from "../plan-of.js";
import { stripSgr } from "./terminal-helpers.js";

const WIDTHS = [24, 30, 40, 50, 60, 72, 80, 100, 120, 160];
const files = readdirSync(join(ROOT, "roadmaps"))
  .filter((f) => f.endsWith(".yaml"))
  .map((f) => join(ROOT, "roadmaps", f));
const load = () => Promise.all(files.map((f) => planFileWithLocale(f)));

/** Display column where the first of `chars` appears on a line, or -1. */
function columnOf(line: string, chars: RegExp): number {
  const plain = stripSgr(line);
  const i = plain.search(chars);
  return i < 0 ? -1 : displayWidth(plain.slice(0, i));
}

function expectFits(text: string, width: number, what: string) {
  for (const line of text.split("\n")) {
    const w = displayWidth(stripSgr(line));
    if (w > width) expect.fail(`${what}: a line of ${w} columns at width ${width}:\n${stripSgr(line)}`);
  }
}

describe("the terminal reports of the bundled roadmaps fit the width", () => {
  it.each(WIDTHS)("status, timeline and portfolio at %i columns, with and without colour", async (width) => {
    const planned = await load();
    for (const color of [0, 1] as const) {
      planned.forEach(({ plan, dateLocale }, i) => {
        expectFits(renderTerminal(plan, { width, color, dateLocale }), width, `status ${files[i]}`);
        for (const depth of [1, 2, 3]) expectFits(renderTimeline(plan, { width, depth, color, dateLocale }), width, `timeline ${files[i]}`);
      });
      const entries = planned.map(({ plan, dateLocale }, i) => ({ file: files[i], plan, dateLocale, errors: 0, warnings: 0 }));
      expectFits(renderPortfolio(entries, { width, color }), width, "portfolio");
    }
  });
});

describe("columns line up by display width (Russian, Turkish, emoji titles)", () => {
  it.each([60, 80, 120])("portfolio bars start in one column at %i", async (width) => {
    const planned = await load();
    const entries = planned.map(({ plan, dateLocale }, i) => ({ file: files[i], plan, dateLocale, errors: 0, warnings: 0 }));
    const rows = renderPortfolio(entries, { width, color: 1 }).split("\n").slice(2).filter(Boolean);
    expect(rows).toHaveLength(files.length);
    expect(new Set(rows.map((r) => columnOf(r, /[█░]/))).size).toBe(1);
    // The schedule words too.
    expect(new Set(rows.map((r) => columnOf(r, /[▲●▼] /))).size).toBe(1);
  });

  it.each([60, 80, 120])("phase bars start in one column at %i", async (width) => {
    for (const { plan, dateLocale } of await load()) {
      const out = renderTerminal(plan, { width, dateLocale });
      const phases = out.split("\n\n").find((b) => b.startsWith("Phases"));
      if (!phases) continue;
      const bars = phases
        .split("\n")
        .slice(1)
        .map((l) => columnOf(l, /[█░]/))
        .filter((c) => c >= 0);
      expect(new Set(bars).size).toBeLessThanOrEqual(1);
    }
  });

  it.each([60, 80, 120])("the timeline's today line is one straight column at %i", async (width) => {
    for (const { plan, dateLocale } of await load()) {
      const lines = renderTimeline(plan, { width, depth: 3, dateLocale, color: 1 }).split("\n");
      const head = lines.findIndex((l) => stripSgr(l).includes("┬"));
      const today = columnOf(lines[head], /▼/);
      if (today < 0) continue;
      const rows = lines.slice(head + 1).filter((l) => stripSgr(l).includes("│"));
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(columnOf(row, /│/), stripSgr(row)).toBe(today);
    }
  });
});

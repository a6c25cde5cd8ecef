import { join } from "node:path";
import { Chalk } from "chalk";
import { describe, expect, it } from "vitest";
import { planRoadmaps, problemsText } from "../../src/cli/commands/plan-roadmaps.js";
import { renderTerminal, renderTimeline } from "../../src/render/render-terminal.js";
import { displayWidth } from "../../src/render/terminal/display-width.js";
import { AS_OF, planFileWithLocale, ROADMAPS_DIR } from "../plan-of.js";
import { stripSgr } from "./terminal-helpers.js";

/** The largest bundled roadmap: the most rows, the longest titles, warnings. */
const FILE = join(ROADMAPS_DIR, "enterprise-microservices-platform-2025.yaml");
/** The narrowest layout (the renderers' floor) and one a little wider. */
const WIDTHS = [24, 30];

/** The lines of `text` wider than `width` columns (colour codes not counted). */
const overflowing = (text: string, width: number) => text.split("\n").filter((line) => displayWidth(stripSgr(line)) > width);

/** What `roadmap status` and `roadmap timeline` print after the report: the warnings footer. */
async function footer(color: 0 | 1, width?: number): Promise<string> {
  return problemsText(await planRoadmaps([FILE], AS_OF), new Chalk({ level: color }), width);
}

describe("the largest bundled roadmap on a narrow terminal", () => {
  it.each(WIDTHS)("status and timeline (depth 1 to 3) fit %i columns, with and without colour", async (width) => {
    const { plan, dateLocale } = await planFileWithLocale(FILE);
    for (const color of [0, 1] as const) {
      const status = renderTerminal(plan, { width, color, dateLocale });
      expect(status.split("\n").length).toBeGreaterThan(20);
      expect(overflowing(status, width)).toEqual([]);
      for (const depth of [1, 2, 3]) {
        const timeline = renderTimeline(plan, { width, depth, color, dateLocale });
        expect(overflowing(timeline, width)).toEqual([]);
      }
    }
  });

  it("has warnings, so both commands end with the footer that points to roadmap lint", async () => {
    const planned = await planRoadmaps([FILE], AS_OF);
    expect(planned[0].warnings).toBeGreaterThan(0);
    expect(stripSgr(await footer(1))).toContain(`${planned[0].warnings} warnings`);
  });

  it.each(WIDTHS)("the warnings footer is wrapped to %i columns, every word kept", async (width) => {
    for (const color of [0, 1] as const) {
      const text = await footer(color, width);
      expect(overflowing(text, width)).toEqual([]);
      expect(stripSgr(text).replace(/\s+/g, " ").trim()).toBe(stripSgr(await footer(color)).trim());
    }
  });
});

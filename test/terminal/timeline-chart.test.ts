import { describe, expect, it } from "vitest";
import { enUS } from "date-fns/locale/en-US";
import { renderTimeline } from "../../src/render/render-terminal.js";
import { timeAxis } from "../../src/render/terminal/time-axis.js";
import { planFileWithLocale } from "../plan-of.js";
import { fixture } from "./terminal-helpers.js";

describe("renderTimeline", () => {
  it("draws phases and tasks to --depth 2 on a month axis with a today line", async () => {
    const { plan, dateLocale } = await planFileWithLocale(fixture("platform.yaml"));
    expect(`\n${renderTimeline(plan, { width: 80, depth: 2, dateLocale })}`).toMatchInlineSnapshot(`
      "
      Platform Rewrite
      Sep 1, 2025 → Nov 21, 2025 · as of Oct 25, 2025

                               Sep 2025          Oct               Nov
                               ┬─────────────────┬─────────────▼───┬──────────────────
      ✓ Discovery            ! ███████                         │
      ▶ Foundation & Gateway !         █████▒▒▒▒▒▒             │
        ✓ Kubernetes cluster !         ███                     │
        ▶ API gateway        !             ████▒▒▒             │
        ✗ Secrets in Vault                 ▓▓▓                 │
        · CI pipeline                      ░░                  │
      · Core services        !                      ░░░░░░░░░░░░░░░░░░░░
        · Users service      !                      ░░░░░░░    │
        · Billing service    !                              ░░░░░░░░░░░░
      · Launch               !                                 │         ░░░░░░░
      ◆ General availability !                                 │               ◇

      █ done   ▒ remaining   ░ to do   ▓ blocked   ◇ milestone   ! critical   ▼ today
      "
    `);
  });

  it("phases only by default", async () => {
    const { plan, dateLocale } = await planFileWithLocale(fixture("platform.yaml"));
    const out = renderTimeline(plan, { width: 80, dateLocale });
    expect(out).toContain("Foundation & Gateway");
    expect(out).not.toContain("API gateway");
  });

  it("says where today is when it is off the chart", async () => {
    const { plan, dateLocale } = await planFileWithLocale(fixture("platform.yaml"), "2026-06-01");
    expect(renderTimeline(plan, { width: 80, dateLocale })).toContain("today Jun 1, 2026 is off the chart");
  });
});

describe("timeAxis", () => {
  const unit = (start: string, end: string, width: number) => timeAxis(start, end, width, enUS).unit;

  it("chooses weeks, months or quarters by the span and the width", () => {
    expect(unit("2025-10-06", "2025-11-14", 60)).toBe("week");
    expect(unit("2025-10-06", "2026-03-20", 80)).toBe("month");
    expect(unit("2025-01-06", "2027-06-30", 60)).toBe("quarter");
    expect(unit("2025-01-06", "2034-06-30", 60)).toBe("year");
  });

  it("starts on a whole unit and never lets labels overlap", () => {
    for (const [start, end, width] of [
      ["2025-10-06", "2025-11-14", 60],
      ["2025-10-06", "2026-03-20", 44],
      ["2025-01-06", "2027-06-30", 100],
    ] as const) {
      const axis = timeAxis(start, end, width, enUS);
      expect(axis.column(axis.from)).toBe(0);
      const labelled = axis.ticks.filter((t) => t.label);
      labelled.forEach((t, i) => {
        if (i > 0) expect(t.column).toBeGreaterThan(labelled[i - 1].column + labelled[i - 1].label.length);
        expect(t.column + t.label.length).toBeLessThanOrEqual(width);
      });
    }
  });
});

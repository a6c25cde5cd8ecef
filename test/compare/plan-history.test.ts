import { describe, expect, it } from "vitest";
import { planHistory } from "../../src/compare/plan-history.js";
import type { HistoryInput } from "../../src/compare/types.js";
import { parseRoadmap } from "../../src/index.js";
import { planRoadmap } from "../../src/plan/plan-roadmap.js";
import { WorkCalendar } from "../../src/plan/work-calendar.js";
import { isoToDay } from "../../src/plan/day-number.js";

function version(commit: string, date: string, yaml: string | null): HistoryInput {
  if (yaml === null) return { commit, date, error: "phases[0]: unknown key" };
  const { roadmap } = parseRoadmap(yaml, { file: "r.yaml" });
  if (!roadmap) throw new Error(`${commit} does not parse`);
  return { commit, date, subject: `commit ${commit}`, roadmap };
}

const roadmap = (api: string, extra = "") => `title: Platform
start: 2026-01-05
phases:
  - id: build
    title: Build
    tasks:
      - { id: api, title: API, duration: ${api}, status: in-progress, progress: 0.5 }
  - id: ship
    title: Ship
    duration: 1w
${extra}milestones:
  - { id: ga, title: GA, after: [ship] }
`;

describe("planHistory", () => {
  it("is empty without versions", () => {
    expect(planHistory([])).toEqual({ title: null, versions: [], milestones: [], finishSlip: null });
  });

  const inputs = [
    version("a1", "2026-01-02", roadmap("1w")),
    version("b2", "2026-01-09", roadmap("2w")),
    version("c3", "2026-01-12", null),
    version("d4", "2026-01-16", roadmap("2w", "  - { id: extra, title: Extra, duration: 1w }\n")),
  ];
  const history = planHistory(inputs);

  it("plans each version as of its own date, keeps a broken one with its error", () => {
    expect(history.versions.map((v) => v.commit)).toEqual(["a1", "b2", "c3", "d4"]);
    for (const [i, v] of history.versions.entries()) {
      const input = inputs[i];
      if (!input.roadmap) {
        expect(v).toMatchObject({ error: "phases[0]: unknown key", finish: null, progress: null, items: null });
        continue;
      }
      const plan = planRoadmap(input.roadmap, { asOf: input.date });
      expect(v).toMatchObject({
        date: input.date,
        subject: input.subject,
        finish: plan.finish,
        bestCaseFinish: plan.bestCaseFinish,
        progress: plan.progress,
        expectedProgress: plan.expectedProgress,
        items: plan.items.length,
        done: plan.items.filter((x) => x.status === "done").length,
      });
      expect(v.error).toBeUndefined();
    }
    expect(history.title).toBe("Platform");
  });

  it("traces each milestone and top-level phase across the versions that parsed", () => {
    expect(history.milestones.map((m) => [m.id, m.kind])).toEqual([
      ["build", "phase"],
      ["ship", "phase"],
      ["extra", "phase"],
      ["ga", "milestone"],
    ]);
    const parsed = inputs.filter((v) => v.roadmap);
    for (const trend of history.milestones) {
      expect(trend.dates.map((d) => d.commit)).toEqual(parsed.map((v) => v.commit));
      trend.dates.forEach((d, i) => {
        const plan = planRoadmap(parsed[i].roadmap!, { asOf: parsed[i].date });
        expect(d.planned).toBe(plan.itemsById.get(trend.id)?.end ?? null);
      });
    }
    const ga = history.milestones.find((m) => m.id === "ga")!;
    const cal = new WorkCalendar(parsed[2].roadmap!.calendar);
    const first = ga.dates[0].planned!;
    const last = ga.dates[2].planned!;
    expect(ga.slip).toBe(cal.countWorkdays(isoToDay(first) + 1, isoToDay(last)));
    expect(ga.slip).toBeGreaterThan(0);
    const finishes = parsed.map((v) => planRoadmap(v.roadmap!, { asOf: v.date }).finish!);
    expect(history.finishSlip).toBe(cal.countWorkdays(isoToDay(finishes[0]) + 1, isoToDay(finishes[2])));
    expect(history.finishSlip).toBeGreaterThan(ga.slip!);
    // An item new in the last version has no earlier point.
    expect(history.milestones.find((m) => m.id === "extra")!.dates.map((d) => d.planned !== null)).toEqual([false, false, true]);
  });
});

import { describe, expect, it } from "vitest";
import { planRoadmap } from "../../src/plan/plan-roadmap.js";
import { buildReport } from "../../src/report/build-report.js";
import { makeRoadmap, type RoadmapSpec } from "../plan/make-roadmap.js";

const START = "2025-10-06"; // a Monday

function reportOf(spec: RoadmapSpec & { due?: string }, asOf = START, forecast?: { runs?: number; seed?: number }) {
  const { due, ...rest } = spec;
  return buildReport(planRoadmap({ ...makeRoadmap({ start: START, ...rest }), ...(due ? { due } : {}) }, { asOf, forecast }));
}

const entries = (list: { item: { id: string }; inside: number }[]) => list.map((e) => (e.inside ? `${e.item.id} +${e.inside}` : e.item.id));

describe("the forecast: shown only when the finish is uncertain", () => {
  const cases: [string, RoadmapSpec & { due?: string }, { runs?: number } | undefined, boolean][] = [
    ["no forecast asked for", { phases: [{ id: "a", duration: "1-3w" }] }, undefined, false],
    [
      "fixed lengths: P50 = P80 = P95 = the planned finish",
      {
        phases: [
          { id: "a", duration: "2w" },
          { id: "b", duration: "3d" },
        ],
      },
      {},
      false,
    ],
    [
      "a range: the finish spreads",
      {
        phases: [
          { id: "a", duration: "1-3w" },
          { id: "b", duration: "3d" },
        ],
      },
      {},
      true,
    ],
    [
      "a range off the critical path with slack: still one finish",
      {
        sequential: false,
        phases: [
          { id: "long", duration: "6w" },
          { id: "short", duration: "1-2w" },
        ],
      },
      {},
      false,
    ],
  ];
  it.each(cases)("%s", (_, spec, forecast, uncertain) => {
    const r = reportOf(spec, START, forecast);
    expect(r.uncertainFinish).toBe(uncertain);
    expect(r.forecast === null).toBe(forecast === undefined);
  });
});

describe("critical path by phase", () => {
  const cases: [string, RoadmapSpec, string, string[], string[], string[]][] = [
    [
      "tasks of two phases: the phases in order, done work apart",
      {
        phases: [
          {
            id: "p",
            tasks: [
              { id: "a", duration: "1w", status: "done" },
              { id: "b", duration: "1w", after: ["a"] },
            ],
          },
          { id: "q", tasks: [{ id: "c", duration: "1w" }] },
        ],
      },
      START,
      ["p", "q"],
      ["a"],
      ["b", "c"],
    ],
    [
      "a phase without tasks is its own step; a milestone too",
      { phases: [{ id: "p", duration: "1w" }], milestones: [{ id: "m", after: ["p"] }] },
      START,
      ["p", "m"],
      [],
      ["p", "m"],
    ],
  ];
  it.each(cases)("%s", (_, spec, asOf, phases, done, open) => {
    const r = reportOf(spec, asOf);
    expect(r.criticalPath.phases.map((p) => p.id)).toEqual(phases);
    expect(r.criticalPath.done.map((p) => p.id)).toEqual(done);
    expect(r.criticalPath.open.map((p) => p.id)).toEqual(open);
  });
});

describe("risks: one ranking, levels of the open ones", () => {
  const r = reportOf({
    risks: [
      { id: "closed-high", probability: "high", impact: "critical", status: "closed" },
      { id: "open-low", probability: "low", impact: "low" },
      { id: "open-unscored" },
      { id: "open-critical", probability: "high", impact: "critical" },
      { id: "mitigated-medium", probability: "medium", impact: "medium", status: "mitigated" },
      { id: "open-high", probability: "medium", impact: "critical" },
    ],
  });
  it("open risks first by score, then the rest by score", () => {
    expect(r.risks.map((x) => x.id)).toEqual(["open-critical", "open-high", "open-low", "open-unscored", "closed-high", "mitigated-medium"]);
    expect(r.openRisks.map((x) => x.id)).toEqual(["open-critical", "open-high", "open-low", "open-unscored"]);
  });
  it("counts the open ones per level", () => {
    expect(r.openRiskLevels).toEqual({ critical: 1, high: 1, medium: 0, low: 1, unscored: 1 });
  });
});

describe("KPI verdict counts", () => {
  const kpi = (id: string, over: object) => ({ id, title: id, better: "lower" as const, baseline: 100, ...over });
  const cases: [string, object[], Record<string, number>][] = [
    ["none", [], { meets: 0, misses: 0, "no-value": 0, "not-due": 0 }],
    [
      "one of each",
      [
        kpi("a", { current: 80, targetsByKey: { "2025-10": 90 } }),
        kpi("b", { current: 95, targetsByKey: { "2025-10": 90 } }),
        kpi("c", { targetsByKey: { "2025-10": 90 } }),
        kpi("d", { current: 95, targetsByKey: { "2026-06": 90 } }),
      ],
      { meets: 1, misses: 1, "no-value": 1, "not-due": 1 },
    ],
    [
      "final targets only",
      [kpi("a", { current: 95, target: 90 }), kpi("b", { current: 50, target: 90 })],
      { meets: 1, misses: 1, "no-value": 0, "not-due": 0 },
    ],
  ];
  it.each(cases)("%s", (_, kpis, counts) => {
    const r = reportOf({ phases: [{ id: "a", duration: "1w" }], kpis: kpis as never }, "2025-11-03");
    expect(r.kpiVerdicts).toEqual(counts);
    expect(r.kpis.length).toBe(Object.values(counts).reduce((a, b) => a + b, 0));
  });
});

describe("phases: open ones, unscheduled ones under the one nesting policy", () => {
  const cases: [string, RoadmapSpec, string[], string[]][] = [
    [
      "an undated phase with undated tasks is one entry",
      {
        phases: [
          { id: "p", tasks: [{ id: "a" }, { id: "b" }] },
          { id: "q", duration: "1w" },
        ],
      },
      ["p", "q"],
      ["p +2"],
    ],
    [
      "done and cancelled phases are not open; milestones are not phases",
      {
        phases: [
          { id: "p", duration: "1w", status: "done" },
          { id: "q", duration: "1w", status: "cancelled" },
          { id: "r", duration: "1w" },
        ],
        milestones: [{ id: "m" }],
      },
      ["r"],
      [],
    ],
  ];
  it.each(cases)("%s", (_, spec, open, unscheduled) => {
    const r = reportOf({ sequential: false, ...spec });
    expect(r.openPhases.map((p) => p.id)).toEqual(open);
    expect(entries(r.unscheduled)).toEqual(unscheduled);
  });
});

describe("budget totals list their budgets", () => {
  it("each currency names the budgets in it, in file order", () => {
    const line = (per: "month" | "once") => ({ title: "x", amount: 10, per, count: 1, extensions: {}, path: [] });
    const r = reportOf({
      currency: "USD",
      budgets: [
        { id: "a", items: [line("month")] },
        { id: "b", currency: "EUR", items: [line("once")] },
        { id: "c", items: [line("month")] },
      ],
    });
    expect(r.budgets.map((t) => [t.currency, t.members.map((b) => b.id)])).toEqual([
      ["USD", ["a", "c"]],
      ["EUR", ["b"]],
    ]);
  });
});

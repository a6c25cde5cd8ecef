import { describe, expect, it } from "vitest";
import { formatCents } from "../../src/plan/money.js";
import { planRoadmap } from "../../src/plan/plan-roadmap.js";
import { makeRoadmap, type RoadmapSpec } from "./make-roadmap.js";

const plan = (spec: RoadmapSpec, asOf = "2025-10-06") => planRoadmap(makeRoadmap({ start: "2025-10-06", ...spec }), { asOf });

describe("KPIs", () => {
  const spec: RoadmapSpec = {
    phases: [{ id: "phase-3", duration: "7mo" }],
    kpis: [{ id: "p95", better: "lower", baseline: 300, current: 280, targetsByKey: { "2026-Q1": 200, "2025-Q4": 250, "phase-3": 150 }, target: 100 }],
  };
  it.each([
    ["2025-11-01", null, null, 250],
    ["2025-12-31", 250, false, 200],
    ["2026-01-15", 250, false, 200],
    ["2026-04-01", 200, false, 150],
    ["2026-04-30", 150, false, null],
  ] as const)("as of %s the due target is %s (meets: %s), next %s", (asOf, due, meets, next) => {
    const k = plan(spec, asOf).kpis[0];
    expect(k.due).toBe(due);
    expect(k.meets).toBe(meets);
    expect(k.next?.value ?? null).toBe(next);
  });
  it("orders targets by due date, an item's target at its planned end", () => {
    const k = plan(spec).kpis[0];
    expect(k.targets.map((t) => [t.key, t.date])).toEqual([
      ["2025-Q4", "2025-12-31"],
      ["2026-Q1", "2026-03-31"],
      ["phase-3", "2026-04-17"],
    ]);
  });
  it("measures progress from baseline to the final target", () => {
    const k = plan(spec).kpis[0];
    expect(k.final).toBe(100);
    expect(k.progress).toBeCloseTo(0.1, 10);
    expect(k.meetsFinal).toBe(false);
  });
  it("higher is better: meets when at or above", () => {
    const k = plan({ kpis: [{ id: "cov", better: "higher", baseline: 40, current: 80, targetsByKey: { "2025-10": 80 } }] }, "2025-11-01").kpis[0];
    expect(k.meets).toBe(true);
    expect(k.final).toBe(80);
    expect(k.progress).toBe(1);
  });
});

describe("risks", () => {
  const p = plan({
    risks: [
      { id: "r1", probability: "medium", impact: "critical" },
      { id: "r2", probability: 0.2, impact: "high" },
      { id: "r3", probability: 0.9, impact: "critical" },
      { id: "r4", probability: 0.5, impact: "low", status: "closed" },
      { id: "r5" },
      { id: "r6", probability: 1 / 3, impact: "medium", status: "mitigated" },
    ],
  });
  it("scores probability x impact, with numeric probabilities mapped to levels", () => {
    expect(p.risks.map((r) => [r.id, r.probability, r.impact, r.score, r.level])).toEqual([
      ["r1", 2, 4, 8, "high"],
      ["r2", 1, 3, 3, "medium"],
      ["r3", 3, 4, 12, "critical"],
      ["r4", 2, 1, 2, "low"],
      ["r5", null, null, null, null],
      ["r6", 2, 2, 4, "medium"],
    ]);
  });
  it("ranks open risks by score, unscored last", () => {
    expect(p.openRisks).toEqual(["r3", "r1", "r2", "r5"]);
  });
  it("fills the matrix with scored risks that are not closed", () => {
    expect(p.riskMatrix.cells[1][3]).toEqual(["r1"]);
    expect(p.riskMatrix.cells[2][3]).toEqual(["r3"]);
    expect(p.riskMatrix.cells[1][0]).toEqual([]);
    expect(p.riskMatrix.cells[1][1]).toEqual(["r6"]);
  });
});

describe("budgets", () => {
  const spec: RoadmapSpec = {
    currency: "USD",
    phases: [{ id: "phase-1", when: "2025-10-06..2025-12-31" }],
    budgets: [
      {
        id: "infra",
        phase: "phase-1",
        items: [
          { title: "Kubernetes", category: "infrastructure", count: 1, amount: 500000, per: "month", extensions: {}, path: [] },
          { title: "Engineer", category: "team", count: 4, amount: 15000000, per: "year", extensions: {}, path: [] },
          { title: "Audit", count: 1, amount: 1200000, per: "once", extensions: {}, path: [] },
        ],
        totals: [{ per: "month", amount: 1200000, path: ["budgets", 0, "total"] }],
      },
    ],
  };
  const b = plan(spec).budgets[0];
  it("totals the run-rate per budget and category, one-offs apart", () => {
    expect([formatCents(b.monthly), formatCents(b.yearly), formatCents(b.oneOff)]).toEqual(["55000.00", "660000.00", "12000.00"]);
    expect(b.categories.map((c) => [c.category, formatCents(c.monthly), formatCents(c.yearly), formatCents(c.oneOff)])).toEqual([
      ["infrastructure", "5000.00", "60000.00", "0.00"],
      ["team", "50000.00", "600000.00", "0.00"],
      [null, "0.00", "0.00", "12000.00"],
    ]);
    expect(b.currency).toBe("USD");
  });
  it("checks the declared total", () => {
    expect(b.declared).toMatchObject([{ per: "month", amount: 1200000n, computed: 500000n, runRate: 5500000n, matches: false }]);
  });
  it("costs the phase's span: monthly x days x 12 / 365 + one-offs, half up to the cent", () => {
    expect(b.span).toEqual({ start: "2025-10-06", end: "2025-12-31", days: 87 });
    // 660000.00 x 87 / 365 = 157315.068… → 157315.07, plus 12000.00
    expect(formatCents(b.phaseCost!)).toBe("169315.07");
  });
  it("stays exact beyond 2^53 cents and rounds half up", () => {
    const big = plan({
      budgets: [
        {
          id: "big",
          items: [
            { title: "Huge", count: 1000, amount: 9_000_000_000_000_000, per: "month", extensions: {}, path: [] },
            { title: "Odd", count: 1, amount: 18, per: "year", extensions: {}, path: [] },
          ],
        },
      ],
    }).budgets[0];
    expect(formatCents(big.yearly)).toBe("1080000000000000000.18");
    expect(formatCents(big.monthly)).toBe("90000000000000000.02");
  });
  it("formats negative and small amounts", () => {
    expect(formatCents(-5n)).toBe("-0.05");
    expect(formatCents(0n)).toBe("0.00");
  });
});

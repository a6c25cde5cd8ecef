import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileForwardPass } from "../../src/plan/forecast/compiled-pass.js";
import { seededRandom } from "../../src/plan/forecast/seeded-random.js";
import { planRoadmap } from "../../src/plan/plan-roadmap.js";
import { toDayNumbers } from "../../src/plan/schedule/day-numbers.js";
import { forwardPass } from "../../src/plan/schedule/forward-pass.js";
import { scheduleRoadmap } from "../../src/plan/schedule/index.js";
import { makeRoadmap, type ItemSpec, type RoadmapSpec } from "./make-roadmap.js";

const START = "2025-10-06"; // a Monday

function forecastOf(spec: RoadmapSpec & { due?: string }, options: { runs?: number; seed?: number } = {}) {
  const roadmap = { ...makeRoadmap({ start: START, ...spec }), due: spec.due };
  const plan = planRoadmap(roadmap, { asOf: START, forecast: options });
  return { plan, forecast: plan.forecast! };
}

describe("forecast: exact on distributions enumerable by hand", () => {
  // Each case: the ranged lengths allow few combinations, every one equally likely.
  const cases: [
    string,
    RoadmapSpec & { due?: string },
    { p50: string; p80: string; p95: string; dueProbability: number | null; distribution: [string, number][] },
  ][] = [
    [
      "one task of 1-3 days: Mon, Tue or Wed, a third each",
      { due: "2025-10-07", phases: [{ id: "a", duration: "1-3d" }] },
      {
        p50: "2025-10-07",
        p80: "2025-10-08",
        p95: "2025-10-08",
        dueProbability: 2 / 3,
        distribution: [
          ["2025-10-06", 1 / 3],
          ["2025-10-07", 1 / 3],
          ["2025-10-08", 1 / 3],
        ],
      },
    ],
    [
      "two 1-2d tasks in sequence: 2, 3, 3 or 4 days",
      {
        due: "2025-10-07",
        phases: [
          { id: "a", duration: "1-2d" },
          { id: "b", duration: "1-2d" },
        ],
      },
      {
        p50: "2025-10-08",
        p80: "2025-10-09",
        p95: "2025-10-09",
        dueProbability: 1 / 4,
        distribution: [
          ["2025-10-07", 1 / 4],
          ["2025-10-08", 1 / 2],
          ["2025-10-09", 1 / 4],
        ],
      },
    ],
    [
      "two 1-2d tasks in parallel: the later of the two",
      {
        sequential: false,
        phases: [
          { id: "a", duration: "1-2d" },
          { id: "b", duration: "1-2d" },
        ],
      },
      {
        p50: "2025-10-07",
        p80: "2025-10-07",
        p95: "2025-10-07",
        dueProbability: null,
        distribution: [
          ["2025-10-06", 1 / 4],
          ["2025-10-07", 3 / 4],
        ],
      },
    ],
    [
      "over a weekend: a 4-6d task after a fixed 2d one",
      {
        due: "2025-10-13",
        phases: [
          { id: "a", duration: "2d" },
          { id: "b", duration: "4-6d" },
        ],
      },
      {
        p50: "2025-10-14",
        p80: "2025-10-15",
        p95: "2025-10-15",
        dueProbability: 1 / 3,
        distribution: [
          ["2025-10-13", 1 / 3],
          ["2025-10-14", 1 / 3],
          ["2025-10-15", 1 / 3],
        ],
      },
    ],
    [
      "a pinned milestone later than any draw holds the finish",
      { sequential: false, due: "2025-10-31", phases: [{ id: "a", duration: "1-3d" }], milestones: [{ id: "launch", when: "2025-10-20" }] },
      { p50: "2025-10-20", p80: "2025-10-20", p95: "2025-10-20", dueProbability: 1, distribution: [["2025-10-20", 1]] },
    ],
  ];
  it.each(cases)("%s", (_, spec, expected) => {
    const { forecast } = forecastOf(spec);
    expect(forecast.exact).toBe(true);
    expect(forecast).toMatchObject({ p50: expected.p50, p80: expected.p80, p95: expected.p95 });
    if (expected.dueProbability === null) expect(forecast.dueProbability).toBeNull();
    else expect(forecast.dueProbability).toBeCloseTo(expected.dueProbability, 12);
    expect(forecast.distribution.map((d) => [d.date, d.share])).toEqual(expected.distribution.map(([date, share]) => [date, expect.closeTo(share, 12)]));
  });

  it("evaluates every combination once when they are no more than the runs", () => {
    const { forecast } = forecastOf(
      {
        phases: [
          { id: "a", duration: "1-3d" },
          { id: "b", duration: "1-4d" },
        ],
      },
      { runs: 100 },
    );
    expect(forecast).toMatchObject({ runs: 12, exact: true });
  });

  it("ignores what was left without dates out of the calendar's range (rule 9): it carries nothing into a run", () => {
    const roadmap = {
      ...makeRoadmap({
        start: "0001-01-01",
        phases: [
          { id: "early", when: "week 0" },
          { id: "x", duration: "1-2d" },
        ],
      }),
      due: undefined,
    };
    const plan = planRoadmap(roadmap, { asOf: "0001-01-01", forecast: {} });
    expect(plan.items.find((i) => i.id === "early")?.start).toBeNull();
    expect(plan.forecast).toMatchObject({ exact: true, runs: 2, p50: "0001-01-01", p95: "0001-01-02" });
    expect(plan.forecast?.distribution.map((d) => d.date)).toEqual(["0001-01-01", "0001-01-02"]);
  });
});

describe("forecast: sampled", () => {
  const many = { phases: Array.from({ length: 12 }, (_, i) => ({ id: `t${i}`, duration: "1-10d" })) };

  it("is deterministic: the same seed gives the same numbers; another seed may not", () => {
    const a = forecastOf(many, { runs: 2000, seed: 7 }).forecast;
    const b = forecastOf(many, { runs: 2000, seed: 7 }).forecast;
    expect(a).toEqual(b);
    expect(a).toMatchObject({ runs: 2000, seed: 7, exact: false });
    const c = forecastOf(many, { runs: 2000, seed: 8 }).forecast;
    expect(c.distribution).not.toEqual(a.distribution);
  });

  it("converges on the sum of twelve uniform 1-10 day lengths (mean 66 workdays)", () => {
    const { plan, forecast } = forecastOf(many, { runs: 20_000 });
    // p50 of the sum is its mean, 66 workdays: the plan's first day + 65 workdays = 2026-01-05.
    expect(forecast.p50).toBe("2026-01-05");
    expect(plan.bestCaseFinish! < forecast.p50 && forecast.p95 < plan.finish!).toBe(true);
  });
});

describe("forecast: properties", () => {
  const itemArb = fc.record({
    lower: fc.integer({ min: 1, max: 6 }),
    extra: fc.integer({ min: 0, max: 4 }),
    after: fc.array(fc.nat(), { maxLength: 2 }),
    parent: fc.nat(),
    nested: fc.boolean(),
  });
  const roadmapArb = fc.record({
    items: fc.array(itemArb, { minLength: 1, maxLength: 25 }),
    sequential: fc.boolean(),
    due: fc.integer({ min: 0, max: 120 }),
    seed: fc.nat(),
  });

  type Gen = typeof roadmapArb extends fc.Arbitrary<infer T> ? T : never;

  /** Top-level phases, and tasks nested under an earlier phase; each item after up to two earlier ones. */
  function build(g: Gen, ranged: boolean): RoadmapSpec & { due: string } {
    const ids = g.items.map((_, i) => `t${i}`);
    const phases: ItemSpec[] = [];
    g.items.forEach((it, i) => {
      const spec: ItemSpec = {
        id: ids[i],
        duration: ranged && it.extra > 0 ? `${it.lower}-${it.lower + it.extra}d` : `${it.lower}d`,
        after: [...new Set(it.after.filter((a) => a % (i + 1) < i).map((a) => ids[a % (i + 1)]))],
      };
      if (it.nested && phases.length > 0) (phases[it.parent % phases.length].tasks ??= []).push(spec);
      else phases.push(spec);
    });
    const due = new Date(Date.UTC(2025, 9, 6 + g.due)).toISOString().slice(0, 10);
    return { sequential: g.sequential, due, phases };
  }

  it("best case <= p50 <= p80 <= p95 <= planned finish; due probability in [0, 1]", () => {
    fc.assert(
      fc.property(roadmapArb, (g) => {
        const { plan, forecast } = forecastOf(build(g, true), { runs: 300, seed: g.seed });
        expect(plan.bestCaseFinish! <= forecast.p50).toBe(true);
        expect(forecast.p50 <= forecast.p80 && forecast.p80 <= forecast.p95).toBe(true);
        expect(forecast.p95 <= plan.finish!).toBe(true);
        expect(forecast.dueProbability).toBeGreaterThanOrEqual(0);
        expect(forecast.dueProbability).toBeLessThanOrEqual(1);
        expect(forecast.distribution.reduce((sum, d) => sum + d.share, 0)).toBeCloseTo(1, 9);
      }),
      { numRuns: 150 },
    );
  });

  it("without ranges, every quantile is the finish, and the due probability is 0 or 1", () => {
    fc.assert(
      fc.property(roadmapArb, (g) => {
        const { plan, forecast } = forecastOf(build(g, false));
        expect(forecast).toMatchObject({ p50: plan.finish, p80: plan.finish, p95: plan.finish, runs: 1, exact: true });
        expect(forecast.dueProbability).toBe(plan.finish! <= plan.roadmap.due! ? 1 : 0);
      }),
      { numRuns: 150 },
    );
  });

  it("the compiled pass gives the scheduler's own finish for any lengths in the ranges", () => {
    fc.assert(
      fc.property(roadmapArb, fc.boolean(), (g, pinSome) => {
        const spec = build(g, true);
        if (pinSome) spec.phases![0].when = { start: "2025-10-15" };
        const schedule = scheduleRoadmap(makeRoadmap({ start: START, ...spec }));
        const { inputs } = schedule;
        const finishOf = compileForwardPass(inputs);
        expect(finishOf(inputs.pins.length)).toBe(schedule.finishDay);
        expect(finishOf(inputs.pins.lengthMin)).toBe(schedule.bestFinishDay);
        const random = seededRandom(g.seed);
        for (let run = 0; run < 5; run++) {
          const lengths = inputs.pins.length.map((upper, x) => inputs.pins.lengthMin[x] + Math.floor(random() * (upper - inputs.pins.lengthMin[x] + 1)));
          const days = toDayNumbers(inputs, forwardPass(inputs, lengths));
          const reference = Math.max(...days.endDay.filter((d) => !Number.isNaN(d)));
          expect(finishOf(lengths)).toBe(reference);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("with every range at its upper bound the simulated finish is the planned finish (one exact run)", () => {
    fc.assert(
      fc.property(roadmapArb, (g) => {
        const spec = build(g, true);
        const { plan } = forecastOf(spec);
        const upperBound = (items: ItemSpec[]): ItemSpec[] =>
          items.map((p) => ({ ...p, duration: p.duration!.replace(/^\d+-/, ""), tasks: p.tasks && upperBound(p.tasks) }));
        const upper = { ...spec, phases: upperBound(spec.phases!) };
        expect(forecastOf(upper).forecast.p95).toBe(plan.finish);
      }),
      { numRuns: 100 },
    );
  });
});

it("no forecast unless asked, and none without a schedule", () => {
  expect(planRoadmap(makeRoadmap({ start: START, phases: [{ id: "a", duration: "1-3d" }] }), { asOf: START }).forecast).toBeNull();
  expect(planRoadmap(makeRoadmap({ phases: [{ id: "vague" }] }), { asOf: START, forecast: {} }).forecast).toBeNull();
});

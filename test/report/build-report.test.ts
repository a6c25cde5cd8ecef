import { describe, expect, it } from "vitest";
import { planRoadmap } from "../../src/plan/plan-roadmap.js";
import { attentionList } from "../../src/report/attention-list.js";
import { buildReport } from "../../src/report/build-report.js";
import { KpiVerdict, kpiVerdict } from "../../src/report/kpi-verdict.js";
import { makeRoadmap, type RoadmapSpec } from "../plan/make-roadmap.js";

const START = "2025-10-06"; // a Monday

function reportOf(spec: RoadmapSpec, asOf = START) {
  return buildReport(planRoadmap(makeRoadmap({ start: START, ...spec }), { asOf }));
}

const entries = (list: { item: { id: string }; inside: number }[]) => list.map((e) => (e.inside ? `${e.item.id} +${e.inside}` : e.item.id));

describe("attention lists: one nesting policy", () => {
  const cases: [string, RoadmapSpec, string, string[]][] = [
    [
      "a phase whose open tasks are all overdue stands for them once",
      {
        phases: [
          {
            id: "p",
            tasks: [
              { id: "a", duration: "2d" },
              { id: "b", duration: "2d" },
            ],
          },
        ],
      },
      "2025-10-20",
      ["p +2"],
    ],
    [
      "a phase with one overdue task of two lists the task",
      {
        phases: [
          {
            id: "p",
            tasks: [
              { id: "a", duration: "2d" },
              { id: "b", duration: "3w" },
            ],
          },
        ],
      },
      "2025-10-13",
      ["a"],
    ],
    [
      "done tasks do not keep a phase from standing for its overdue ones",
      {
        phases: [
          {
            id: "p",
            tasks: [
              { id: "a", duration: "2d", status: "done" },
              { id: "b", duration: "2d" },
              { id: "c", duration: "1d" },
            ],
          },
        ],
      },
      "2025-10-20",
      ["p +2"],
    ],
    [
      "nested: the outermost wholly overdue parent",
      {
        phases: [
          {
            id: "p",
            tasks: [
              {
                id: "q",
                tasks: [
                  { id: "a", duration: "1d" },
                  { id: "b", duration: "1d" },
                ],
              },
            ],
          },
          { id: "later", duration: "8w" },
        ],
      },
      "2025-10-20",
      ["p +3"],
    ],
    [
      "an overdue parent with an open task not yet overdue: the overdue tasks inside it",
      {
        phases: [
          {
            id: "p",
            due: "2025-10-08",
            tasks: [
              { id: "a", duration: "1d" },
              { id: "b", duration: "2w" },
            ],
          },
        ],
      },
      "2025-10-10",
      ["a"],
    ],
    [
      "an overdue parent (by its due date) whose tasks are not: the parent",
      { phases: [{ id: "p", due: "2025-10-08", tasks: [{ id: "a", duration: "2w" }] }] },
      "2025-10-10",
      ["p"],
    ],
  ];
  it.each(cases)("%s", (_, spec, asOf, expected) => {
    expect(entries(reportOf(spec, asOf).overdue)).toEqual(expected);
  });

  it("blocked: a parent blocked through all its open tasks is one entry; a lone blocked task is itself", () => {
    const r = reportOf({
      sequential: false,
      phases: [
        {
          id: "p",
          tasks: [
            { id: "a", duration: "1d", status: "blocked" },
            { id: "b", duration: "1d", status: "blocked" },
          ],
        },
        {
          id: "q",
          tasks: [
            { id: "c", duration: "1d", status: "blocked" },
            { id: "d", duration: "1d" },
          ],
        },
      ],
    });
    expect(entries(r.blocked)).toEqual(["p +2", "c"]);
  });

  it("upcoming by start, overdue by the day it became overdue", () => {
    const r = reportOf(
      {
        sequential: false,
        phases: [
          { id: "late-start", duration: "1d", when: { start: "2025-10-16" } },
          { id: "soon", duration: "1d", when: { start: "2025-10-14" } },
          { id: "old", duration: "1d", due: "2025-10-01" },
          { id: "older", duration: "1d", when: { start: "2025-09-29" } },
        ],
      },
      "2025-10-10",
    );
    expect(entries(r.upcoming)).toEqual(["soon", "late-start"]);
    expect(r.overdue.map((e) => [e.item.id, e.since, e.reason])).toEqual([
      ["older", "2025-09-29", "ended"],
      ["old", "2025-10-01", "due"],
    ]);
  });

  it("attentionList of nothing flagged is empty", () => {
    const r = reportOf({ phases: [{ id: "a", duration: "1d" }] });
    expect(attentionList(r.plan, new Set())).toEqual([]);
  });
});

describe("current and next phases", () => {
  const cases: [string, RoadmapSpec, string, string[], string[]][] = [
    [
      "the phase the date falls in; the next to start",
      {
        phases: [
          { id: "a", duration: "1w" },
          { id: "b", duration: "1w" },
          { id: "c", duration: "1w" },
        ],
      },
      "2025-10-08",
      ["a"],
      ["b"],
    ],
    [
      "a blocked phase is current",
      {
        phases: [
          { id: "a", duration: "1w" },
          { id: "b", duration: "1w", status: "blocked" },
        ],
      },
      "2025-10-06",
      ["a", "b"],
      [],
    ],
    [
      "phases starting the same day are all next, with the next milestone",
      {
        sequential: false,
        phases: [
          { id: "a", duration: "1w", when: { start: "2025-10-20" } },
          { id: "b", duration: "2w", when: { start: "2025-10-20" } },
        ],
        milestones: [{ id: "m", when: "2025-10-31" }],
      },
      "2025-10-08",
      [],
      ["a", "b", "m"],
    ],
    [
      "done phases are neither",
      {
        phases: [
          { id: "a", duration: "1w", status: "done" },
          { id: "b", duration: "1w", status: "done" },
        ],
      },
      "2025-10-08",
      [],
      [],
    ],
  ];
  it.each(cases)("%s", (_, spec, asOf, current, next) => {
    const r = reportOf(spec, asOf);
    expect(r.current.map((p) => p.id)).toEqual(current);
    expect(r.next.map((p) => p.id)).toEqual(next);
  });
});

describe("KPI verdicts", () => {
  const kpi = (over: object) => ({ id: "k", title: "K", better: "lower", baseline: 100, ...over });
  const cases: [string, object, string][] = [
    ["meets the due target", { current: 80, targetsByKey: { "2025-10": 90 } }, KpiVerdict.Meets],
    ["misses the due target", { current: 95, targetsByKey: { "2025-10": 90 } }, KpiVerdict.Misses],
    ["no current value", { targetsByKey: { "2025-10": 90 } }, KpiVerdict.NoValue],
    ["a target not due yet", { current: 95, targetsByKey: { "2026-06": 90 } }, KpiVerdict.NotDue],
    ["only a final target: judged against it", { current: 95, target: 90 }, KpiVerdict.Misses],
    ["only a final target, met", { current: 85, target: 90 }, KpiVerdict.Meets],
  ];
  it.each(cases)("%s", (_, k, verdict) => {
    const r = reportOf({ phases: [{ id: "a", duration: "1w" }], kpis: [kpi(k) as never] }, "2025-11-03");
    expect(r.kpis.map((x) => x.verdict)).toEqual([verdict]);
    expect(kpiVerdict(r.plan.kpis[0])).toBe(verdict);
  });
});

describe("counts, dates and totals", () => {
  it("counts work items without children, leaving cancelled ones out", () => {
    const r = reportOf({
      phases: [
        {
          id: "p",
          tasks: [
            { id: "a", duration: "1d", status: "done" },
            { id: "b", duration: "1d" },
            { id: "c", duration: "1d", status: "cancelled" },
          ],
        },
        { id: "q", duration: "1d" },
      ],
    });
    expect(r.work).toEqual({ done: 1, total: 3 });
  });

  it("the critical path split into done and open; late finish against due", () => {
    const r = buildReport(
      planRoadmap(
        {
          ...makeRoadmap({
            start: START,
            phases: [
              { id: "a", duration: "1w", status: "done" },
              { id: "b", duration: "1w" },
            ],
          }),
          due: "2025-10-10",
        },
        { asOf: START },
      ),
    );
    expect(r.criticalPath.done.map((p) => p.id)).toEqual(["a"]);
    expect(r.criticalPath.open.map((p) => p.id)).toEqual(["b"]);
    expect(r).toMatchObject({ finish: "2025-10-17", due: "2025-10-10", finishesLate: true });
  });

  it("budget totals per currency, in order of appearance", () => {
    const r = reportOf({
      currency: "USD",
      budgets: [
        { id: "a", title: "A", items: [{ title: "x", amount: 100_00, per: "month", count: 1, extensions: {}, path: [] }] },
        { id: "b", title: "B", currency: "EUR", items: [{ title: "y", amount: 50_00, per: "once", count: 1, extensions: {}, path: [] }] },
        { id: "c", title: "C", items: [{ title: "z", amount: 1200_00, per: "year", count: 1, extensions: {}, path: [] }] },
      ],
    });
    expect(r.budgets.map((t) => [t.currency, t.monthly, t.yearly, t.oneOff, t.budgets])).toEqual([
      ["USD", 200_00n, 2400_00n, 0n, 2],
      ["EUR", 0n, 0n, 50_00n, 1],
    ]);
  });
});

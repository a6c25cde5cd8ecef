import { describe, expect, it } from "vitest";
import { planRoadmap } from "../../src/plan/plan-roadmap.js";
import type { Plan } from "../../src/plan/types.js";
import { makeRoadmap, type RoadmapSpec } from "./make-roadmap.js";

const START = "2025-10-06"; // a Monday

function plan(spec: RoadmapSpec, asOf = START): Plan {
  return planRoadmap(makeRoadmap({ start: START, ...spec }), { asOf });
}

/** `id: start..end` for every item, or `id: -` when unscheduled. */
function dates(p: Plan): Record<string, string> {
  return Object.fromEntries(p.items.map((i) => [i.id, i.start === null ? "-" : `${i.start}..${i.end}`]));
}

const codes = (p: Plan) => p.diagnostics.map((d) => d.code);

describe("schedule (format.md rules 1-5)", () => {
  const cases: [string, RoadmapSpec, Record<string, string>][] = [
    [
      "sequential phases, finish-to-start, over a weekend",
      {
        phases: [
          { id: "a", duration: "3d" },
          { id: "b", duration: "4d" },
        ],
      },
      { a: "2025-10-06..2025-10-08", b: "2025-10-09..2025-10-14" },
    ],
    [
      "parallel phases when sequential is false",
      {
        sequential: false,
        phases: [
          { id: "a", duration: "3d" },
          { id: "b", duration: "1w" },
        ],
      },
      { a: "2025-10-06..2025-10-08", b: "2025-10-06..2025-10-10" },
    ],
    ["holidays are skipped", { holidays: ["2025-10-07"], phases: [{ id: "a", duration: "3d" }] }, { a: "2025-10-06..2025-10-09" }],
    ["a start on a weekend moves to Monday", { phases: [{ id: "a", duration: "2d", when: { start: "2025-10-11" } }] }, { a: "2025-10-13..2025-10-14" }],
    [
      "tasks: after at any depth, parent spans its children",
      {
        phases: [
          {
            id: "p",
            tasks: [
              { id: "x", duration: "2d" },
              { id: "y", duration: "3d", after: ["x"] },
              { id: "z", duration: "1d" },
            ],
          },
          { id: "q", tasks: [{ id: "q1", tasks: [{ id: "deep", duration: "1d", after: ["x"] }] }] },
        ],
      },
      {
        p: "2025-10-06..2025-10-10",
        x: "2025-10-06..2025-10-07",
        y: "2025-10-08..2025-10-10",
        z: "2025-10-06..2025-10-06",
        q: "2025-10-13..2025-10-13",
        q1: "2025-10-13..2025-10-13",
        deep: "2025-10-13..2025-10-13",
      },
    ],
    [
      "a parent is at least its own duration",
      {
        phases: [
          { id: "p", duration: "2w", tasks: [{ id: "t", duration: "3d" }] },
          { id: "n", duration: "1d" },
        ],
      },
      { p: "2025-10-06..2025-10-17", t: "2025-10-06..2025-10-08", n: "2025-10-20..2025-10-20" },
    ],
    [
      "pinned to weeks 3-6: first workday on or after, last on or before",
      { phases: [{ id: "p", when: "weeks 3-6", tasks: [{ id: "t", duration: "2d" }] }] },
      { p: "2025-10-20..2025-11-14", t: "2025-10-20..2025-10-21" },
    ],
    [
      "a month span, a quarter span",
      {
        sequential: false,
        phases: [
          { id: "m", when: "2025-11" },
          { id: "q", when: "2026-Q1" },
        ],
      },
      { m: "2025-11-03..2025-11-28", q: "2026-01-01..2026-03-31" },
    ],
    [
      "{ end } pins the end; the start is the end minus the length",
      { phases: [{ id: "e", duration: "3d", when: { end: "2025-10-19" } }] },
      { e: "2025-10-15..2025-10-17" },
    ],
    [
      "a checklist item takes its dated parent's window (rule 4)",
      {
        phases: [
          { id: "p", when: "weeks 1-2", tasks: [{ id: "check" }, { id: "later", after: ["p2"] }] },
          { id: "p2", duration: "1d", when: "2025-10-08" },
        ],
      },
      { p: "2025-10-06..2025-10-17", check: "2025-10-06..2025-10-17", later: "2025-10-09..2025-10-17", p2: "2025-10-08..2025-10-08" },
    ],
    [
      "an item with nothing to go by is unscheduled",
      {
        phases: [
          { id: "a", duration: "1d" },
          { id: "vague", tasks: [{ id: "v1" }] },
        ],
      },
      { a: "2025-10-06..2025-10-06", vague: "-", v1: "-" },
    ],
    [
      "a milestone is the day its dependency ends; dependents start the next workday",
      {
        phases: [
          { id: "a", duration: "5d" },
          { id: "m", milestone: true },
          { id: "b", duration: "1d" },
        ],
      },
      { a: "2025-10-06..2025-10-10", m: "2025-10-10..2025-10-10", b: "2025-10-13..2025-10-13" },
    ],
    [
      "a milestone without dependencies is at its parent's start, and takes no time",
      {
        phases: [
          { id: "a", duration: "2d" },
          {
            id: "p",
            tasks: [
              { id: "kickoff", milestone: true },
              { id: "work", duration: "2d", after: ["kickoff"] },
            ],
          },
        ],
      },
      { a: "2025-10-06..2025-10-07", p: "2025-10-08..2025-10-09", kickoff: "2025-10-08..2025-10-08", work: "2025-10-08..2025-10-09" },
    ],
    [
      "a pinned milestone keeps its date, even on a Saturday",
      { milestones: [{ id: "launch", when: "2025-10-11" }], phases: [{ id: "after-launch", duration: "1d", after: ["launch"] }] },
      { launch: "2025-10-11..2025-10-11", "after-launch": "2025-10-13..2025-10-13" },
    ],
    [
      "ranges: the planned timeline uses the upper bound",
      {
        phases: [
          { id: "r", duration: "2-3w" },
          { id: "s", duration: "1d" },
        ],
      },
      { r: "2025-10-06..2025-10-24", s: "2025-10-27..2025-10-27" },
    ],
    [
      "a cancelled item is not scheduled, and a dependency on it is ignored",
      {
        phases: [
          { id: "gone", duration: "1w", status: "cancelled", tasks: [{ id: "sub", duration: "1d" }] },
          { id: "b", duration: "1d", after: ["gone"] },
        ],
      },
      { gone: "-", sub: "-", b: "2025-10-06..2025-10-06" },
    ],
    [
      "rule 3: a parent spans a milestone pinned to the workday it starts on (the milestone is at that day's end)",
      {
        start: "2023-03-24",
        sequential: false,
        phases: [
          {
            id: "org",
            tasks: [
              { id: "apply", milestone: true, when: "2023-03-24" },
              { id: "work", duration: "3d", after: ["apply"] },
            ],
          },
        ],
      },
      { org: "2023-03-24..2023-03-29", apply: "2023-03-24..2023-03-24", work: "2023-03-27..2023-03-29" },
    ],
    [
      "rule 3: a parent ends on its milestone pinned to a Sunday",
      {
        phases: [
          {
            id: "p",
            tasks: [
              { id: "t", duration: "3d" },
              { id: "release", milestone: true, when: "2025-10-12" },
            ],
          },
          { id: "next", duration: "1d" },
        ],
      },
      { p: "2025-10-06..2025-10-12", t: "2025-10-06..2025-10-08", release: "2025-10-12..2025-10-12", next: "2025-10-13..2025-10-13" },
    ],
    [
      "rule 5: a milestone placed by a dependency is at the end of that day; dependents start the next workday",
      {
        sequential: false,
        phases: [
          { id: "a", duration: "3d" },
          { id: "gate", milestone: true, after: ["a"] },
          { id: "b", duration: "1d", after: ["gate"] },
        ],
      },
      { a: "2025-10-06..2025-10-08", gate: "2025-10-08..2025-10-08", b: "2025-10-09..2025-10-09" },
    ],
    [
      "rule 5: a milestone placed by the previous phase (sequential) is at the end of its last day",
      {
        phases: [
          { id: "a", duration: "1w" },
          { id: "gate", milestone: true },
          { id: "b", duration: "1d" },
        ],
      },
      { a: "2025-10-06..2025-10-10", gate: "2025-10-10..2025-10-10", b: "2025-10-13..2025-10-13" },
    ],
    [
      "rule 5: a milestone placed by the roadmap's first workday does not delay the work after it",
      {
        sequential: false,
        phases: [
          { id: "kickoff", milestone: true },
          { id: "w", duration: "2d", after: ["kickoff"] },
        ],
      },
      { kickoff: "2025-10-06..2025-10-06", w: "2025-10-06..2025-10-07" },
    ],
    [
      "rule 5: a milestone placed by the start of a parent that waits: that day, and its dependents start the same day",
      {
        sequential: false,
        phases: [
          { id: "a", duration: "2d" },
          {
            id: "p",
            after: ["a"],
            tasks: [
              { id: "kick", milestone: true },
              { id: "w", duration: "1d", after: ["kick"] },
            ],
          },
        ],
      },
      { a: "2025-10-06..2025-10-07", p: "2025-10-08..2025-10-08", kick: "2025-10-08..2025-10-08", w: "2025-10-08..2025-10-08" },
    ],
    [
      "rule 5: a milestone pinned to a workday is at its end: dependents start the next workday",
      {
        sequential: false,
        phases: [
          { id: "m", milestone: true, when: "2025-10-07" },
          { id: "w", duration: "1d", after: ["m"] },
        ],
      },
      { m: "2025-10-07..2025-10-07", w: "2025-10-08..2025-10-08" },
    ],
    [
      "rule 5: a milestone pinned to a Sunday keeps its date; dependents start the next workday",
      {
        sequential: false,
        phases: [
          { id: "m", milestone: true, when: "2025-10-12" },
          { id: "w", duration: "1d", after: ["m"] },
        ],
      },
      { m: "2025-10-12..2025-10-12", w: "2025-10-13..2025-10-13" },
    ],
    [
      "hours round up to whole days",
      {
        phases: [
          { id: "h", duration: "12h" },
          { id: "n", duration: "1d" },
        ],
      },
      { h: "2025-10-06..2025-10-07", n: "2025-10-08..2025-10-08" },
    ],
  ];
  it.each(cases)("%s", (_, spec, expected) => {
    expect(dates(plan(spec))).toMatchObject(expected);
  });

  it("best case uses the lower bounds", () => {
    const p = plan({
      phases: [
        { id: "r", duration: "2-3w" },
        { id: "s", duration: "1d" },
      ],
    });
    expect(p.finish).toBe("2025-10-27");
    expect(p.bestCaseFinish).toBe("2025-10-20");
    expect(p.itemsById.get("s")?.bestStart).toBe("2025-10-20");
  });
});

describe("slack and critical path (rule 7)", () => {
  it("computes slack in working days and the critical chain", () => {
    const p = plan({
      sequential: false,
      phases: [
        { id: "a", duration: "2d" },
        { id: "b", duration: "3d", after: ["a"] },
        { id: "c", duration: "1d", after: ["a"] },
        { id: "d", duration: "1d" },
        { id: "done", milestone: true, after: ["b", "c"] },
      ],
    });
    const slack = Object.fromEntries(p.items.map((i) => [i.id, i.slack]));
    expect(slack).toEqual({ a: 0, b: 0, c: 2, d: 4, done: 0 });
    expect(p.criticalPath).toEqual(["a", "b", "done"]);
    expect(p.finish).toBe("2025-10-10");
  });

  it("descends into parents and climbs to the dependency that set a child's start", () => {
    const p = plan({
      phases: [
        {
          id: "p1",
          tasks: [
            { id: "x", duration: "2d" },
            { id: "y", duration: "4d" },
          ],
        },
        {
          id: "p2",
          tasks: [
            { id: "z", duration: "3d" },
            { id: "w", duration: "1d" },
          ],
        },
      ],
    });
    expect(p.criticalPath).toEqual(["y", "z"]);
    expect(p.itemsById.get("x")?.slack).toBe(2);
    expect(p.itemsById.get("w")?.slack).toBe(2);
    expect(p.itemsById.get("p1")?.critical).toBe(true);
  });

  it("a parent's slack is the least of its own and everything inside it: a phase holding critical work is critical", () => {
    const p = plan({
      sequential: false,
      phases: [
        {
          id: "p",
          tasks: [
            { id: "x", duration: "2d" },
            { id: "y", duration: "1d" },
          ],
        },
        { id: "q", duration: "1d", after: ["p"] },
        { id: "z", duration: "5d", after: ["x"] },
      ],
    });
    // x drives z, which ends the plan; p itself could end 3 days later (q is short).
    const slack = Object.fromEntries(p.items.map((i) => [i.id, i.slack]));
    expect(slack).toEqual({ p: 0, x: 0, y: 5, q: 4, z: 0 });
    expect(p.itemsById.get("p")?.critical).toBe(true);
    expect(p.criticalPath).toEqual(["x", "z"]);
  });

  it("a checklist item in its parent's window counts its slack from the window's end", () => {
    const p = plan({
      sequential: false,
      phases: [
        { id: "p", duration: "1w", tasks: [{ id: "check" }] },
        { id: "q", duration: "1d", after: ["p"] },
        { id: "long", duration: "6w" },
      ],
    });
    // p ends 2025-10-10, q (1 day) follows it and the finish is 2025-11-14: p could slip
    // 24 workdays. Nothing follows check, so it could slip to the finish: 25.
    expect(p.itemsById.get("check")).toMatchObject({ start: "2025-10-06", end: "2025-10-10", slack: 25 });
    expect(p.itemsById.get("p")?.slack).toBe(24);
    const tight = plan({
      sequential: false,
      phases: [
        { id: "p", duration: "1w", tasks: [{ id: "check" }] },
        { id: "r", duration: "2w", after: ["check"] },
        { id: "long", duration: "3w" },
      ],
    });
    expect(tight.itemsById.get("check")?.slack).toBe(0);
    expect(tight.itemsById.get("p")?.critical).toBe(true);
  });

  it("ignores pins in the backward pass", () => {
    const p = plan({
      phases: [
        { id: "a", duration: "2d" },
        { id: "b", duration: "1d", when: "2025-10-20" },
      ],
    });
    // a may end as late as the workday before b (which ends the plan): 8 working days later.
    expect(p.itemsById.get("a")?.slack).toBe(8);
    expect(p.itemsById.get("b")?.critical).toBe(true);
  });
});

describe("planning diagnostics (rule 6)", () => {
  it("reports a cycle with the full chain and keeps planning", () => {
    const p = plan({
      sequential: false,
      phases: [
        { id: "a", duration: "1d", after: ["c"] },
        { id: "b", duration: "1d", after: ["a"] },
        { id: "c", duration: "1d", after: ["b"] },
      ],
    });
    expect(codes(p)).toEqual(["dependency-cycle"]);
    expect(p.diagnostics[0].message).toContain("c → b → a → c");
    expect(p.diagnostics[0].path).toEqual(["phases", 2, "after", 0]);
    // c's dependency on b closes the loop and is dropped: c, then a, then b.
    expect(dates(p)).toEqual({ c: "2025-10-06..2025-10-06", a: "2025-10-07..2025-10-07", b: "2025-10-08..2025-10-08" });
  });

  it("a parent that waits for its own child is a cycle", () => {
    const p = plan({ phases: [{ id: "p", after: ["kid"], tasks: [{ id: "kid", duration: "1d" }] }] });
    expect(codes(p)).toEqual(["dependency-cycle"]);
    expect(p.diagnostics[0].message).toContain("p → kid → p");
    expect(p.diagnostics[0].message).toContain(`"kid" is inside "p"`);
  });

  it("a cycle through sequential phases names them", () => {
    const p = plan({
      phases: [
        { id: "one", duration: "1d", after: ["two"] },
        { id: "two", duration: "1d" },
      ],
    });
    expect(codes(p)).toEqual(["dependency-cycle"]);
    expect(p.diagnostics[0].message).toMatch(/one → two → one.*sequential/);
  });

  it("many independent cycles are each reported once", () => {
    const phases = Array.from({ length: 50 }, (_, i) => [
      { id: `a${i}`, duration: "1d", after: [`b${i}`] },
      { id: `b${i}`, duration: "1d", after: [`a${i}`] },
    ]).flat();
    const p = plan({ sequential: false, phases });
    expect(codes(p).filter((c) => c === "dependency-cycle")).toHaveLength(50);
  });

  it("a pinned item that starts before its dependency ends keeps its pin", () => {
    const p = plan({
      sequential: false,
      phases: [
        { id: "a", duration: "5d" },
        { id: "b", duration: "1d", when: "2025-10-08", after: ["a"] },
      ],
    });
    expect(codes(p)).toEqual(["pin-conflict"]);
    expect(p.diagnostics[0].message).toMatch(/"b" is pinned to start on 2025-10-08.*"a" ends on 2025-10-10/);
    expect(dates(p).b).toBe("2025-10-08..2025-10-08");
  });

  it("a child that overruns its pinned parent is a conflict", () => {
    const p = plan({ phases: [{ id: "p", when: "week 1", tasks: [{ id: "long", duration: "2w" }] }] });
    expect(codes(p)).toEqual(["pin-conflict"]);
    expect(p.diagnostics[0].message).toMatch(/"long" ends on 2025-10-17, after its parent "p" ends on 2025-10-10/);
  });

  it("work that does not fit in its pin is a pin-conflict naming both; the item keeps its pin", () => {
    const p = plan({ phases: [{ id: "x", when: "2026-02-02", duration: "2w" }] });
    expect(codes(p)).toEqual(["pin-conflict"]);
    expect(p.diagnostics[0].message).toBe(
      '"x" has duration: 2w (10 workdays), which does not fit in when: 2026-02-02 (2026-02-02 to 2026-02-02, 1 workday): expected a duration that fits the pinned dates, or a longer "when"; the item keeps its pin',
    );
    expect(p.diagnostics[0].path).toEqual(["phases", 0, "when"]);
    expect(dates(p)).toMatchObject({ x: "2026-02-02..2026-02-02" });
    expect(codes(plan({ phases: [{ id: "fits", when: "weeks 1-2", duration: "2w" }] }))).toEqual([]);
  });

  it("a span without a workday is an error, except for a milestone", () => {
    const p = plan({
      phases: [
        { id: "weekend", duration: "1d", when: "2025-10-11..2025-10-12" },
        { id: "ms", milestone: true, when: "2025-10-12" },
      ],
    });
    expect(codes(p)).toEqual(["empty-span"]);
    expect(p.diagnostics[0].path).toEqual(["phases", 0, "when"]);
  });

  it("warns about a dependency on a cancelled item and an unscheduled item", () => {
    const p = plan({ phases: [{ id: "x", status: "cancelled" }, { id: "y", duration: "1d", after: ["x"] }, { id: "z" }] });
    expect(p.diagnostics.map((d) => [d.code, d.severity, d.path]).sort()).toEqual([
      ["cancelled-dependency", "warning", ["phases", 1, "after", 0]],
      ["unscheduled-item", "warning", ["phases", 2]],
    ]);
  });

  it("relative spans without a start are an error, not a crash", () => {
    const p = planRoadmap(
      makeRoadmap({
        phases: [
          { id: "a", when: "weeks 1-2" },
          { id: "b", duration: "1d" },
        ],
      }),
      { asOf: START },
    );
    expect(codes(p)).toContain("missing-start");
    expect(p.finish).toBeNull();
  });

  it("without a start, absolute pins anchor the plan", () => {
    const p = planRoadmap(
      makeRoadmap({
        phases: [
          { id: "a", when: "2025-11" },
          { id: "b", duration: "1d" },
        ],
      }),
      { asOf: START },
    );
    expect(dates(p)).toEqual({ a: "2025-11-03..2025-11-28", b: "2025-12-01..2025-12-01" });
    expect(p.start).toBe("2025-11-03");
  });
});

import { describe, expect, it } from "vitest";
import { planRoadmap, scheduleState } from "../../src/plan/plan-roadmap.js";
import { makeRoadmap, type RoadmapSpec } from "./make-roadmap.js";

const plan = (spec: RoadmapSpec, asOf = "2025-10-06") => planRoadmap(makeRoadmap({ start: "2025-10-06", ...spec }), { asOf });

describe("progress", () => {
  it("weights children by planned working days and leaves cancelled out", () => {
    const p = plan({
      phases: [
        {
          id: "p",
          tasks: [
            { id: "a", duration: "2d", status: "done" },
            { id: "b", duration: "3d", status: "in-progress", progress: 0.5 },
            { id: "c", duration: "5d" },
            { id: "d", duration: "10d", status: "cancelled" },
          ],
        },
      ],
    });
    expect(p.itemsById.get("p")?.progress).toBeCloseTo(0.35, 10);
    expect(p.progress).toBeCloseTo(0.35, 10);
  });

  it("an item's own progress or done status wins over its children", () => {
    const p = plan({
      phases: [
        { id: "p", progress: 0.9, tasks: [{ id: "a", duration: "1d" }] },
        { id: "q", status: "done", tasks: [{ id: "b", duration: "1d" }] },
      ],
    });
    expect(p.itemsById.get("p")?.progress).toBe(0.9);
    expect(p.itemsById.get("q")?.progress).toBe(1);
  });

  it("counts an unscheduled item as 1 day and a milestone as 0", () => {
    const p = plan({
      sequential: false,
      phases: [
        { id: "a", duration: "1d", status: "done" },
        { id: "u", status: "todo" },
        { id: "m", milestone: true, status: "done", after: ["a"] },
      ],
    });
    expect(p.progress).toBeCloseTo(0.5, 10);
  });

  it.each([
    [["done", "done"], "done"],
    [["done", "todo"], "in-progress"],
    [["in-progress", "blocked"], "in-progress"],
    [["done", "blocked"], "blocked"],
    [["todo", "blocked"], "blocked"],
    [["todo", "todo"], "todo"],
    [["done", "cancelled"], "done"],
    [["cancelled", "cancelled"], "cancelled"],
  ] as const)("children %j make the parent %s", (kids, expected) => {
    const p = plan({ phases: [{ id: "p", tasks: kids.map((status, i) => ({ id: `t${i}`, duration: "1d", status })) }] });
    expect(p.itemsById.get("p")?.status).toBe(expected);
  });

  it("a cancelled parent cancels its children", () => {
    const p = plan({ phases: [{ id: "p", status: "cancelled", tasks: [{ id: "t", duration: "1d", status: "todo" }] }] });
    expect(p.itemsById.get("t")?.status).toBe("cancelled");
  });
});

describe("expected progress and schedule state", () => {
  // a: 10 working days, 2025-10-06..2025-10-17; as of 2025-10-13, 5 of them are past.
  it.each([
    [0.5, "on-track"],
    [0.46, "on-track"],
    [0.54, "on-track"],
    [0.4, "behind"],
    [0.6, "ahead"],
  ] as const)("progress %d against 0.5 expected is %s", (progress, state) => {
    const p = plan({ phases: [{ id: "a", duration: "2w", status: "in-progress", progress }] }, "2025-10-13");
    expect(p.expectedProgress).toBeCloseTo(0.5, 10);
    expect(p.schedule).toBe(state);
  });

  it("is 0 before the start and 1 after the end", () => {
    expect(plan({ phases: [{ id: "a", duration: "1w" }] }, "2025-10-01").expectedProgress).toBe(0);
    expect(plan({ phases: [{ id: "a", duration: "1w" }] }, "2025-10-13").expectedProgress).toBe(1);
  });

  it("uses a tolerance of 5 percentage points", () => {
    expect(scheduleState(0.55, 0.5)).toBe("on-track");
    expect(scheduleState(0.5501, 0.5)).toBe("ahead");
    expect(scheduleState(0.4499, 0.5)).toBe("behind");
  });
});

describe("overdue, late, upcoming, blocked", () => {
  const spec: RoadmapSpec = {
    sequential: false,
    phases: [
      { id: "past", duration: "1w" },
      { id: "past-done", duration: "1w", status: "done" },
      { id: "due-passed", duration: "6w", due: "2025-10-15" },
      { id: "soon", duration: "1d", when: "2025-11-03" },
      { id: "later", duration: "1d", when: "2025-11-20" },
      { id: "stuck", duration: "1d", status: "blocked", when: "2025-10-27" },
    ],
  };
  const p = plan(spec, "2025-10-20");
  it("marks what is overdue as of the date", () => {
    expect(p.overdue).toEqual(["past", "due-passed"]);
  });
  it("marks what ends after its due date as late", () => {
    expect(p.late).toEqual(["due-passed"]);
  });
  it("marks what starts in the next 14 days as upcoming", () => {
    expect(p.upcoming).toEqual(["soon", "stuck"]);
  });
  it("lists blocked items", () => {
    expect(p.blocked).toEqual(["stuck"]);
  });
});

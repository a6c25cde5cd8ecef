import { describe, expect, it } from "vitest";
import type { RoadmapDiff } from "../../src/compare/roadmap-diff.js";
import type { PlanDiff, PlanSummary } from "../../src/compare/types.js";
import { diffHeadline } from "../../src/render/diff/diff-words.js";

const summary = (finish: string | null, best: string | null = finish, due: string | null = null): PlanSummary => ({
  title: "T",
  asOf: "2026-01-05",
  start: "2026-01-05",
  finish,
  bestCaseFinish: best,
  due,
  progress: 0,
  expectedProgress: 0,
  schedule: "on-track",
  items: 3,
  done: 0,
});

function entry(before: PlanSummary, after: PlanSummary, slips: [number | null, number | null], extra: Partial<PlanDiff> = {}): RoadmapDiff {
  const diff: PlanDiff = {
    before,
    after,
    finishSlip: slips[0],
    bestCaseSlip: slips[1],
    items: [],
    criticalPath: { entered: [], left: [] },
    risks: [],
    kpis: [],
    budgets: [],
    problems: [],
    ...extra,
  };
  return {
    file: "r.yaml",
    status: "changed",
    asOf: "2026-01-05",
    base: { ref: "HEAD", commit: "c", summary: before, error: null },
    head: { ref: "working tree", commit: null, summary: after, error: null },
    diff,
  };
}

const moved = { id: "a", changes: ["moved" as const], startSlip: 1, endSlip: 1 };

describe("the diff headline", () => {
  it.each([
    [
      "a slip, best case alike",
      entry(summary("2026-03-20"), summary("2026-03-27"), [5, 5]),
      "The finish slips 5 workdays, 2026-03-20 → 2026-03-27 (the best case too).",
      "",
    ],
    [
      "one workday earlier, best case apart",
      entry(summary("2026-03-20", "2026-03-13"), summary("2026-03-19", "2026-03-13"), [-1, 0]),
      "The finish moves 1 workday earlier, 2026-03-20 → 2026-03-19.",
      "",
    ],
    [
      "held, best case slips",
      entry(summary("2026-03-20", "2026-03-13"), summary("2026-03-20", "2026-03-16"), [0, 1]),
      "The finish holds at 2026-03-20; the best case slips 1 workday, 2026-03-13 → 2026-03-16.",
      "",
    ],
    ["nothing scheduled any more", entry(summary("2026-03-20"), summary(null), [null, null]), "Nothing is scheduled any more (the finish was 2026-03-20).", ""],
    ["scheduled now", entry(summary(null), summary("2026-03-20"), [null, null]), "The plan now finishes 2026-03-20 (nothing was scheduled before).", ""],
    [
      "past a new due date",
      entry(summary("2026-03-20"), summary("2026-03-20", "2026-03-20", "2026-03-13"), [0, 0]),
      "The finish holds at 2026-03-20; a due date is set, 2026-03-13 (after the due date, 2026-03-13).",
      "",
    ],
    [
      "counts",
      entry(summary("2026-03-20"), summary("2026-03-20"), [0, 0], {
        items: [moved, { ...moved, id: "b" }, { id: "c", changes: ["added"], startSlip: null, endSlip: null }],
        risks: [{ id: "r", changes: ["added"] }],
      }),
      "The finish holds at 2026-03-20.",
      "2 items moved, 1 added, 1 risk changed.",
    ],
    [
      "counts without a move name the items once",
      entry(summary("2026-03-20"), summary("2026-03-20"), [0, 0], {
        items: [{ id: "c", changes: ["removed"], startSlip: null, endSlip: null }],
        problems: [{ code: "x", severity: "error", message: "m", path: [] }],
      }),
      "The finish holds at 2026-03-20.",
      "1 item removed, 1 new error.",
    ],
  ])("%s", (_name, e, lead, rest) => {
    expect(diffHeadline(e)).toEqual({ lead, rest });
  });

  it.each([
    ["new", { status: "new" as const, base: { ref: "HEAD", commit: "c", summary: null, error: null } }, "New roadmap: 3 items, finish 2026-03-27."],
    [
      "deleted",
      { status: "deleted" as const, head: { ref: "working tree", commit: null, summary: null, error: null } },
      "Roadmap deleted (it had 3 items, finish 2026-03-20).",
    ],
    ["unchanged", { status: "unchanged" as const }, "No change to the plan: the finish holds at 2026-03-27."],
    [
      "head broken",
      { diff: null, head: { ref: "working tree", commit: null, summary: null, error: "bad" } },
      "The head version does not parse: nothing to compare.",
    ],
  ])("%s", (_name, patch, lead) => {
    const e = { ...entry(summary("2026-03-20"), summary("2026-03-27"), [5, 5]), ...patch };
    expect(diffHeadline(e).lead).toBe(lead);
  });
});

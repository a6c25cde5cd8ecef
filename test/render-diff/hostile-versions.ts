import { stringify } from "yaml";
import { diffPlans } from "../../src/compare/diff-plans.js";
import { planHistory } from "../../src/compare/plan-history.js";
import { isUnchanged, type RoadmapDiff } from "../../src/compare/roadmap-diff.js";
import { summarizePlan } from "../../src/compare/summarize-plan.js";
import type { History } from "../../src/compare/types.js";
import { parseRoadmap } from "../../src/index.js";
import { planRoadmap } from "../../src/plan/plan-roadmap.js";
import type { Plan } from "../../src/plan/types.js";
import { PAYLOADS } from "../render-html/hostile-roadmap.js";

/** Markdown, HTML and terminal payloads in one line: escape sequences, pipes, headings, a fence, a table row. */
export const HOSTILE = [
  ...PAYLOADS.filter((p) => !p.includes("\n")),
  "| a | b |",
  "# heading",
  "```js",
  "\u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007",
  "\u001b[2J\u001b[31mred",
  "\u202eevil\u202c",
].join(" ");

const line = (prefix: string) => `${prefix} ${HOSTILE}`;

/** A roadmap with a payload in every text a diff or history shows; `version` changes durations, titles, items and numbers. */
export function hostileRoadmapText(version: 0 | 1 | 2): string {
  const phaseTasks = [
    { id: "t1", title: line(version === 0 ? "Task" : "Task renamed"), duration: `${3 + version * 2}d` },
    ...(version === 0 ? [{ id: "gone", title: line("Removed task"), duration: "1d" }] : [{ id: "new", title: line("Added task"), duration: "2d" }]),
    { id: "t2", title: line("Cancelled task"), duration: "2d", after: ["t1"], ...(version > 0 ? { status: "cancelled" } : {}) },
    { id: "t3", title: line("Done task"), duration: "1d", ...(version > 0 ? { status: "done" } : {}) },
  ];
  return stringify(
    {
      title: line("Title"),
      start: "2026-01-05",
      due: "2026-02-27",
      phases: [
        { id: "p1", title: line("Phase"), tasks: phaseTasks },
        { id: "p2", title: line("Second phase"), duration: `${1 + version}w` },
      ],
      milestones: [{ id: "m1", title: line("Milestone"), after: ["p2"] }],
      risks: [{ id: "r1", title: line("Risk"), probability: version === 0 ? "low" : "high", impact: "high" }],
      kpis: [{ id: "k1", title: line("KPI"), unit: line("unit"), better: "lower", baseline: 10, current: 8 - version, target: 2 }],
      budgets: [{ id: "b1", title: line("Budget"), currency: "EUR", items: [{ title: line("Item"), amount: 100 + version, per: "month" }] }],
    },
    { lineWidth: 0 },
  );
}

function planOf(text: string): Plan {
  const { roadmap, diagnostics } = parseRoadmap(text, { file: "hostile.yaml" });
  if (!roadmap) throw new Error(diagnostics.map((d) => d.message).join("; "));
  return planRoadmap(roadmap, { asOf: "2026-01-12" });
}

/** A comparison of two hostile versions, with a hostile file name and refs. */
export function hostileDiff(): RoadmapDiff {
  const before = planOf(hostileRoadmapText(0));
  const after = planOf(hostileRoadmapText(1));
  const diff = diffPlans(before, after, {
    diagnostics: {
      before: [],
      after: [
        {
          code: "pin-conflict",
          severity: "error",
          message: line("Problem"),
          path: [],
          file: line("file"),
          range: { start: { line: 3, col: 5 }, end: { line: 3, col: 9 } },
        },
      ],
    },
  });
  return {
    file: line("roadmaps/file"),
    status: isUnchanged(diff) ? "unchanged" : "changed",
    asOf: "2026-01-12",
    base: { ref: line("ref"), commit: "0123456789abcdef0123456789abcdef01234567", summary: summarizePlan(before), error: null },
    head: { ref: "working tree", commit: null, summary: summarizePlan(after), error: null },
    diff,
  };
}

/** A history of hostile versions with hostile commit subjects and a broken version with a hostile error. */
export function hostileHistory(): History {
  const parse = (text: string) => parseRoadmap(text, { file: "hostile.yaml" }).roadmap!;
  return planHistory([
    { commit: "a".repeat(40), date: "2026-01-02", subject: line("Subject"), roadmap: parse(hostileRoadmapText(0)) },
    { commit: "b".repeat(40), date: "2026-01-09", subject: line("Broken"), error: line("Error") },
    { commit: "c".repeat(40), date: "2026-01-16", subject: line("Later"), roadmap: parse(hostileRoadmapText(1)) },
    { commit: "d".repeat(40), date: "2026-01-23", subject: line("Latest"), roadmap: parse(hostileRoadmapText(2)) },
  ]);
}

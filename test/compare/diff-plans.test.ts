import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diffPlans } from "../../src/compare/diff-plans.js";
import type { ItemChange } from "../../src/compare/types.js";
import { isoToDay } from "../../src/plan/day-number.js";
import type { Plan } from "../../src/plan/types.js";
import { WorkCalendar } from "../../src/plan/work-calendar.js";
import { planYaml } from "./plan-yaml.js";

/** Workdays between two dates counted one by one on the head plan's calendar, positive when later. */
function countedSlip(head: Plan, from: string | null, to: string | null): number | null {
  if (from === null || to === null) return null;
  const cal = new WorkCalendar(head.roadmap.calendar);
  let a = isoToDay(from);
  let b = isoToDay(to);
  const sign = b >= a ? 1 : -1;
  if (sign < 0) [a, b] = [b, a];
  let n = 0;
  for (let d = a + 1; d <= b; d++) if (cal.isWorkday(d)) n++;
  return sign * n;
}

const BASE = `title: Platform
start: 2026-01-05
calendar: { holidays: [2026-01-19] }
phases:
  - id: build
    title: Build
    tasks:
      - { id: api, title: API, duration: 5d }
      - { id: auth, title: Auth, duration: 3d, after: [api] }
      - { id: ui, title: UI, duration: 2d }
  - id: ship
    title: Ship
    tasks:
      - { id: docs, title: Docs, duration: 2d }
      - { id: launch, title: Launch, milestone: true, after: [docs] }
`;

/** Each case edits the base roadmap and names the changes expected per item id. */
const cases: { name: string; edit: (y: string) => string; changes: Record<string, ItemChange[]>; finishMoves: boolean }[] = [
  {
    name: "a longer task pushes its dependants and the finish (through after)",
    edit: (y) => y.replace("{ id: api, title: API, duration: 5d }", "{ id: api, title: API, duration: 8d }"),
    changes: { api: ["moved"], auth: ["moved"], build: ["moved"], ship: ["moved"], docs: ["moved"], launch: ["moved"] },
    finishMoves: true,
  },
  {
    name: "a task done",
    edit: (y) => y.replace("{ id: ui, title: UI, duration: 2d }", "{ id: ui, title: UI, duration: 2d, status: done }"),
    changes: { ui: ["status", "progress"], build: ["status", "progress"] },
    finishMoves: false,
  },
  {
    name: "a task added and one removed",
    edit: (y) => y.replace("      - { id: ui, title: UI, duration: 2d }\n", "      - { id: sso, title: SSO, duration: 1d }\n"),
    changes: { sso: ["added"], ui: ["removed"] },
    finishMoves: false,
  },
  {
    name: "a task cancelled pulls the finish in",
    edit: (y) => y.replace("{ id: auth, title: Auth, duration: 3d, after: [api] }", "{ id: auth, title: Auth, duration: 3d, after: [api], status: cancelled }"),
    changes: { auth: ["cancelled", "critical"], build: ["moved"], ship: ["moved"], docs: ["moved"], launch: ["moved"] },
    finishMoves: true,
  },
  {
    name: "a renamed title (same id)",
    edit: (y) => y.replace("title: Docs", "title: Documentation"),
    changes: { docs: ["renamed"] },
    finishMoves: false,
  },
  {
    name: "a pin moved later",
    edit: (y) => y.replace("title: Ship\n", "title: Ship\n    when: { start: 2026-02-02 }\n"),
    // The pin leaves slack before Ship: the work before it is no longer critical.
    changes: { ship: ["moved"], docs: ["moved"], launch: ["moved"], api: ["critical"], auth: ["critical"] },
    finishMoves: true,
  },
];

describe("diffPlans", () => {
  it("finds nothing between a plan and itself", () => {
    const plan = planYaml(BASE);
    const diff = diffPlans(plan, planYaml(BASE));
    expect(diff).toMatchObject({ finishSlip: 0, bestCaseSlip: 0, items: [], risks: [], kpis: [], budgets: [], problems: [] });
    expect(diff.criticalPath).toEqual({ entered: [], left: [] });
  });

  it.each(cases)("$name", ({ edit, changes, finishMoves }) => {
    const before = planYaml(BASE);
    const after = planYaml(edit(BASE));
    const diff = diffPlans(before, after);
    expect(Object.fromEntries(diff.items.map((i) => [i.id, i.changes]))).toEqual(changes);
    // Slips are the planner's own dates counted on the head calendar.
    expect(diff.finishSlip).toBe(countedSlip(after, before.finish, after.finish));
    expect(diff.bestCaseSlip).toBe(countedSlip(after, before.bestCaseFinish, after.bestCaseFinish));
    expect(diff.finishSlip !== 0).toBe(finishMoves);
    for (const item of diff.items) {
      const a = before.itemsById.get(item.id);
      const b = after.itemsById.get(item.id);
      if (a && b && b.status !== "cancelled") {
        expect(item.startSlip).toBe(countedSlip(after, a.start, b.start));
        expect(item.endSlip).toBe(countedSlip(after, a.end, b.end));
      } else {
        expect([item.startSlip, item.endSlip]).toEqual(a && b ? [countedSlip(after, a.start, b.start), countedSlip(after, a.end, b.end)] : [null, null]);
      }
    }
    // Moved items come first, latest slip first.
    const moved = diff.items.filter((i) => i.changes.includes("moved"));
    expect(diff.items.slice(0, moved.length)).toEqual(moved);
    const ends = moved.map((i) => i.endSlip ?? -Infinity);
    expect(ends).toEqual([...ends].sort((a, b) => b - a));
  });

  it("reports the critical path entered and left", () => {
    const before = planYaml(BASE);
    const after = planYaml(BASE.replace("{ id: ui, title: UI, duration: 2d }", "{ id: ui, title: UI, duration: 20d }"));
    const diff = diffPlans(before, after);
    expect(diff.criticalPath.entered).toEqual(after.criticalPath.filter((id) => !before.criticalPath.includes(id)));
    expect(diff.criticalPath.left).toEqual(before.criticalPath.filter((id) => !after.criticalPath.includes(id)));
    expect(diff.criticalPath.entered).toContain("ui");
    expect(diff.criticalPath.left).toEqual(expect.arrayContaining(["api", "auth"]));
    expect(diff.items.find((i) => i.id === "ui")?.changes).toEqual(["moved", "critical"]);
  });

  it("counts a slip over a holiday of the head calendar only", () => {
    const before = planYaml(BASE.replace("calendar: { holidays: [2026-01-19] }", "calendar: { holidays: [] }"));
    const after = planYaml(BASE.replace("calendar: { holidays: [2026-01-19] }", "calendar: { holidays: [2026-01-07] }"));
    const diff = diffPlans(before, after);
    // The holiday moves the work one workday later; on the head calendar that is one workday.
    expect(diff.finishSlip).toBe(countedSlip(after, before.finish, after.finish));
    expect(diff.finishSlip).toBe(1);
  });

  const RISKY = `title: R
start: 2026-01-05
phases: [{ id: a, title: A, duration: 1w }]
risks:
  - { id: r1, title: Vendor, probability: low, impact: high }
  - { id: r2, title: Gone }
kpis:
  - { id: k1, title: Latency, better: lower, baseline: 300, current: 250, target: 100 }
budgets:
  - id: b1
    title: Cloud
    currency: EUR
    items: [{ title: VMs, amount: 100, per: month }]
`;
  it.each([
    [
      "risk re-scored and closed",
      (y: string) => y.replace("probability: low, impact: high }", "probability: high, impact: high, status: closed }"),
      "risks",
      { r1: ["rescored", "status"] },
    ],
    ["risk added and removed", (y: string) => y.replace("{ id: r2, title: Gone }", "{ id: r3, title: New }"), "risks", { r3: ["added"], r2: ["removed"] }],
    ["KPI measured and retargeted", (y: string) => y.replace("current: 250, target: 100", "current: 200, target: 80"), "kpis", { k1: ["current", "targets"] }],
    ["budget totals", (y: string) => y.replace("amount: 100", "amount: 120"), "budgets", { b1: ["totals"] }],
  ] as const)("%s", (_name, edit, key, expected) => {
    const diff = diffPlans(planYaml(RISKY), planYaml(edit(RISKY)));
    expect(Object.fromEntries(diff[key].map((d) => [d.id, d.changes]))).toEqual(expected);
    expect(diff.items).toEqual([]);
  });

  it("budget totals are exact decimal strings", () => {
    const diff = diffPlans(planYaml(RISKY), planYaml(RISKY.replace("amount: 100", "amount: 120.5")));
    expect(diff.budgets[0].before).toMatchObject({ monthly: "100.00", yearly: "1200.00" });
    expect(diff.budgets[0].after).toMatchObject({ monthly: "120.50", yearly: "1446.00" });
  });

  it("new errors: only those the head brings, whatever their list positions", () => {
    const err = (message: string) => ({ code: "pin-conflict", severity: "error" as const, message, path: [] });
    const before = planYaml(BASE);
    const diff = diffPlans(before, before, {
      diagnostics: { before: [err("phases[0]: x")], after: [err("phases[1]: x"), err("phases[1]: x"), { ...err("w"), severity: "warning" }] },
    });
    expect(diff.problems.map((d) => d.message)).toEqual(["phases[1]: x"]);
  });

  it("property: diffing a plan against itself finds nothing; swapping versions negates the finish slip on one calendar", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 6 }),
        (xs, ys) => {
          const yaml = (ls: number[]) =>
            `title: P\nstart: 2026-01-05\nphases:\n${ls.map((n, i) => `  - { id: p${i}, title: P${i}, duration: ${n}d }`).join("\n")}\n`;
          const a = planYaml(yaml(xs));
          const b = planYaml(yaml(ys));
          expect(diffPlans(a, a).items).toEqual([]);
          expect(diffPlans(a, b).finishSlip! + diffPlans(b, a).finishSlip!).toBe(0);
          expect(diffPlans(a, b).finishSlip).toBe(ys.reduce((s, n) => s + n, 0) - xs.reduce((s, n) => s + n, 0));
        },
      ),
      { numRuns: 50 },
    );
  });
});

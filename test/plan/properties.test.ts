/**
 * Property tests on random roadmaps: any nesting, lengths and ranges, every
 * span form, random dependencies (cycles included), statuses, calendars.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Status, Weekday } from "../../src/model.js";
import { dayToIso, isoToDay } from "../../src/plan/day-number.js";
import { compileForwardPass } from "../../src/plan/forecast/compiled-pass.js";
import { planRoadmap } from "../../src/plan/plan-roadmap.js";
import { scheduleRoadmap } from "../../src/plan/schedule/index.js";
import type { Plan } from "../../src/plan/types.js";
import { WorkCalendar } from "../../src/plan/work-calendar.js";
import { makeRoadmap, type ItemSpec, type RoadmapSpec } from "./make-roadmap.js";

const START = "2025-10-06";
const WEEKDAYS: Weekday[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const STATUSES: (Status | undefined)[] = [undefined, undefined, "todo", "in-progress", "done", "blocked", "cancelled"];

const date = (offset: number) => dayToIso(isoToDay(START) + offset);

const whenArb = fc.oneof(
  { weight: 6, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.integer({ min: -20, max: 200 }).map(date) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 8 }).map((m) => date(m * 31).slice(0, 7)) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 6 })).map(([a, b]) => (b === 0 ? `week ${a}` : `weeks ${a}-${a + b}`)),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 3 })).map(([a, b]) => (b === 0 ? `month ${a}` : `months ${a}-${a + b}`)),
  },
  { weight: 1, arbitrary: fc.integer({ min: -5, max: 150 }).map((o) => ({ start: date(o) })) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 150 }).map((o) => ({ end: date(o) })) },
  { weight: 1, arbitrary: fc.constantFrom("2026-Q1", "2025-Q4", "2025-10..2025-12") },
);

const durationArb = fc.oneof(
  { weight: 2, arbitrary: fc.constant(undefined) },
  { weight: 3, arbitrary: fc.tuple(fc.integer({ min: 1, max: 15 }), fc.constantFrom("d", "d", "w", "h")).map(([n, u]) => `${n}${u}`) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 3 }), fc.constantFrom("d", "w", "mo"))
      .map(([a, b, u]) => `${a}-${a + b}${u}`),
  },
  { weight: 1, arbitrary: fc.constantFrom("1.5w", "0.5d", "1q", "2mo") },
);

const itemArb = fc.record({
  parent: fc.double({ min: 0, max: 1, noNaN: true }),
  when: whenArb,
  duration: durationArb,
  after: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 3 }),
  status: fc.constantFrom(...STATUSES),
  progress: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
  milestone: fc.boolean(),
  due: fc.option(fc.integer({ min: 0, max: 200 }).map(date), { nil: undefined }),
});

const roadmapArb = fc.record({
  items: fc.array(itemArb, { minLength: 1, maxLength: 40 }),
  topMilestones: fc.array(fc.record({ when: whenArb, after: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 2 }) }), { maxLength: 3 }),
  workdays: fc.subarray(WEEKDAYS, { minLength: 1 }),
  holidays: fc.array(fc.integer({ min: -10, max: 300 }).map(date), { maxLength: 20 }),
  sequential: fc.boolean(),
  noStart: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  asOf: fc.integer({ min: -30, max: 300 }).map(date),
});

type Gen = typeof roadmapArb extends fc.Arbitrary<infer T> ? T : never;

function build(g: Gen): { spec: RoadmapSpec; asOf: string } {
  const n = g.items.length;
  const ids = g.items.map((_, i) => `t${i}`);
  const allIds = [...ids, ...g.topMilestones.map((_, i) => `m${i}`)];
  const specs: ItemSpec[] = g.items.map((it, i) => {
    const after = [...new Set(it.after.map((a) => allIds[Math.min(allIds.length - 1, Math.floor(a * allIds.length))]))].filter((id) => id !== ids[i]);
    const spec: ItemSpec = { id: ids[i], after, status: it.status, progress: it.progress, due: it.due };
    if (it.when !== undefined) spec.when = it.when;
    if (it.duration !== undefined) spec.duration = it.duration;
    if (it.milestone && it.duration === undefined) spec.milestone = true;
    return spec;
  });
  const roots: ItemSpec[] = [];
  g.items.forEach((it, i) => {
    // Parent: an earlier item, or none (about 40% top-level).
    if (i === 0 || it.parent < 0.4) roots.push(specs[i]);
    else {
      const p = specs[Math.floor(((it.parent - 0.4) / 0.6) * i) % i];
      (p.tasks ??= []).push(specs[i]);
    }
  });
  const milestones: ItemSpec[] = g.topMilestones.map((m, i) => {
    const after = [...new Set(m.after.map((a) => ids[Math.min(n - 1, Math.floor(a * n))]))];
    return { id: `m${i}`, when: m.when, after };
  });
  return {
    spec: { start: g.noStart ? undefined : START, workdays: g.workdays, holidays: g.holidays, sequential: g.sequential, phases: roots, milestones },
    asOf: g.asOf,
  };
}

/** Whether `inner` is `outer` or lies inside it. */
function isInside(plan: Plan, inner: Plan["items"][number], outer: Plan["items"][number]): boolean {
  for (let x: string | null = inner.id; x !== null; x = plan.itemsById.get(x)?.parent ?? null) if (x === outer.id) return true;
  return false;
}

function check(g: Gen, fn: (plan: Plan, g: Gen) => void) {
  const { spec, asOf } = build(g);
  fn(planRoadmap(makeRoadmap(spec), { asOf }), g);
}

const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) };

describe("planRoadmap on random roadmaps (properties)", () => {
  it("never throws, and progress and expected progress are within [0, 1]", () => {
    fc.assert(
      fc.property(roadmapArb, (g) =>
        check(g, (plan) => {
          for (const v of [plan.progress, plan.expectedProgress, ...plan.items.flatMap((i) => [i.progress, i.expectedProgress])]) {
            expect(v).toBeGreaterThanOrEqual(0);
            expect(v).toBeLessThanOrEqual(1);
          }
        }),
      ),
      RUNS,
    );
  });

  it("slack is >= 0 on scheduled items, and critical items have zero slack", () => {
    fc.assert(
      fc.property(roadmapArb, (g) =>
        check(g, (plan) => {
          for (const i of plan.items) {
            if (i.start === null) {
              expect(i.slack).toBeNull();
              continue;
            }
            expect(i.slack).not.toBeNull();
            expect(i.slack!).toBeGreaterThanOrEqual(0);
            expect(Number.isInteger(i.slack)).toBe(true);
            expect(i.critical).toBe(i.slack === 0);
          }
          for (const id of plan.criticalPath) expect(plan.itemsById.get(id)?.critical).toBe(true);
          if (plan.criticalPath.length > 0) expect(plan.itemsById.get(plan.criticalPath.at(-1)!)?.end).toBe(plan.finish);
        }),
      ),
      RUNS,
    );
  });

  it("every item starts on a workday, on or after each dependency's end (pins: or a pin-conflict)", () => {
    fc.assert(
      fc.property(roadmapArb, (g) =>
        check(g, (plan) => {
          const cal = new WorkCalendar(plan.roadmap.calendar);
          const key = (path: (string | number)[]) => JSON.stringify(path);
          const dropped = new Set(plan.diagnostics.filter((d) => d.code === "dependency-cycle").map((d) => key(d.path)));
          const conflicts = new Set(
            plan.diagnostics.filter((d) => d.code === "pin-conflict").map((d) => key(d.path.at(-1) === "when" ? d.path.slice(0, -1) : d.path)),
          );
          for (const i of plan.items) {
            if (i.start === null || i.end === null) continue;
            expect(i.start <= i.end).toBe(true);
            if (!i.milestone && i.workdays > 0) {
              // A parent may begin or end on the day of a milestone inside it (rule 3), which may be a day off.
              const milestoneDays = new Set(plan.items.filter((m) => m.milestone && isInside(plan, m, i)).map((m) => m.start));
              if (!milestoneDays.has(i.start)) expect(cal.isWorkday(isoToDay(i.start)), `${i.id} starts on ${i.start}`).toBe(true);
              if (!milestoneDays.has(i.end)) expect(cal.isWorkday(isoToDay(i.end)), `${i.id} ends on ${i.end}`).toBe(true);
            }
            if (i.milestone && i.placement === "pinned") continue;
            i.item.after.forEach((depId, j) => {
              const dep = plan.itemsById.get(depId);
              if (!dep || dep.end === null || dropped.has(key([...i.item.path, "after", j]))) return;
              if (i.placement === "pinned" && conflicts.has(key(i.item.path))) return;
              // A parent spans its children: a child pinned too early (a reported conflict) moves its start.
              const under = key(i.item.path).slice(0, -1) + ",";
              if ([...conflicts].some((c) => c.startsWith(under))) return;
              expect(i.start! >= dep.end, `${i.id} (${i.start}) after ${dep.id} (${dep.end})`).toBe(true);
              if (!dep.milestone && dep.workdays > 0 && !i.milestone)
                expect(i.start! > dep.end, `${i.id} (${i.start}) after ${dep.id} (${dep.end})`).toBe(true);
            });
          }
        }),
      ),
      RUNS,
    );
  });

  it("a parent's slack is at most each child's; a parent's dates contain its children's (rules 3 and 7)", () => {
    fc.assert(
      fc.property(roadmapArb, (g) =>
        check(g, (plan) => {
          const conflicts = new Set(
            plan.diagnostics.filter((d) => d.code === "pin-conflict").map((d) => JSON.stringify(d.path.at(-1) === "when" ? d.path.slice(0, -1) : d.path)),
          );
          const cycles = new Set(
            plan.diagnostics.filter((d) => d.code === "dependency-cycle").map((d) => JSON.stringify(d.path.slice(0, d.path.lastIndexOf("after")))),
          );
          for (const child of plan.items) {
            const parent = child.parent === null ? undefined : plan.itemsById.get(child.parent);
            // (A milestone is an instant: tasks under one are not inside it in time.)
            if (!parent || child.start === null || parent.start === null || parent.milestone) continue;
            expect(parent.slack!, `${parent.id} (slack ${parent.slack}) holds ${child.id} (slack ${child.slack})`).toBeLessThanOrEqual(child.slack!);
            // A child outside its pinned parent is a reported conflict (the parent keeps its pin);
            // a child that waits for its own parent is a reported cycle.
            if (conflicts.has(JSON.stringify(child.item.path)) || cycles.has(JSON.stringify(child.item.path))) continue;
            // A task that waits for its own ancestor starts after it (rule 4: no earlier than its dependencies allow).
            // A checklist item that takes its parent's window but must wait past it for a dependency (rule 4).
            if (child.placement === "window" && child.start > parent.start) continue;
            if (
              child.item.after.some((a) => {
                const dep = plan.itemsById.get(a);
                return dep !== undefined && isInside(plan, child, dep);
              })
            )
              continue;
            expect(parent.start <= child.start, `${parent.id} starts ${parent.start}, its child ${child.id} ${child.start}`).toBe(true);
            expect(parent.end! >= child.end!, `${parent.id} ends ${parent.end}, its child ${child.id} ${child.end}`).toBe(true);
          }
        }),
      ),
      RUNS,
    );
  });

  it("the forecast's compiled pass gives the planned and the best-case finish", () => {
    fc.assert(
      fc.property(roadmapArb, (g) => {
        const schedule = scheduleRoadmap(makeRoadmap(build(g).spec));
        if (schedule.finishDay === undefined) return;
        const finishOf = compileForwardPass(schedule.inputs);
        expect(finishOf(schedule.inputs.pins.length)).toBe(schedule.finishDay);
        expect(finishOf(schedule.inputs.pins.lengthMin)).toBe(schedule.bestFinishDay);
      }),
      RUNS,
    );
  });

  it("best case is never later than planned", () => {
    fc.assert(
      fc.property(roadmapArb, (g) =>
        check(g, (plan) => {
          if (plan.finish === null) {
            expect(plan.bestCaseFinish).toBeNull();
            return;
          }
          expect(plan.bestCaseFinish! <= plan.finish).toBe(true);
          for (const i of plan.items) if (i.end !== null) expect(i.bestEnd! <= i.end, `${i.id}: best ${i.bestEnd}, planned ${i.end}`).toBe(true);
        }),
      ),
      RUNS,
    );
  });
});

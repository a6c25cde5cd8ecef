/**
 * Compares planRoadmap's dates with TaskJuggler's (tj3) on the same tasks:
 * `length` in working days, finish-to-start `depends`, the same workdays,
 * holidays as global `leaves`. Skipped when tj3 is not installed, unless
 * REQUIRE_TJ3=1 (CI), where a missing tj3 fails.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Weekday } from "../../src/model.js";
import { addMonths, dayToIso, isoToDay, weekdayOf } from "../../src/plan/day-number.js";
import { planRoadmap } from "../../src/plan/plan-roadmap.js";
import { seededRandom } from "../../src/plan/forecast/seeded-random.js";
import { makeRoadmap, type ItemSpec } from "./make-roadmap.js";

const hasTj3 = spawnSync("tj3", ["--version"], { encoding: "utf8" }).status === 0;
const required = process.env.REQUIRE_TJ3 === "1";
if (!hasTj3 && !required) {
  console.warn("tj3 comparison skipped: TaskJuggler (tj3) is not on PATH. Install it with `apt-get install tj3`; set REQUIRE_TJ3=1 to make this a failure.");
}

interface Project {
  name: string;
  start: string;
  workdays: Weekday[];
  holidays: string[];
  /** Phases; `sequential` adds `depends` on the previous phase in tj3. */
  phases: ItemSpec[];
  sequential: boolean;
}

const DAYS: Weekday[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

function walk(list: ItemSpec[], fn: (item: ItemSpec, path: string[]) => void, base: string[] = []): void {
  for (const item of list) {
    fn(item, [...base, item.id]);
    walk(item.tasks ?? [], fn, [...base, item.id]);
  }
}

/** TaskJuggler ids are [A-Za-z0-9_]. */
function tjId(id: string): string {
  return id.replace(/[^A-Za-z0-9_]/g, "_");
}

/** The project as TaskJuggler source. Lengths are whole days (`d`). */
function toTjp(p: Project): string {
  const dotted = new Map<string, string>();
  walk(p.phases, (item, path) => dotted.set(item.id, path.map(tjId).join(".")));
  const lines: string[] = [];
  const end = dayToIso(addMonths(isoToDay(p.start), 60));
  lines.push(`project p "${p.name}" ${p.start} - ${end} {`);
  lines.push(`  timezone "UTC"`);
  lines.push(`  workinghours ${DAYS.join(", ")} off`);
  lines.push(`  workinghours ${p.workdays.join(", ")} 9:00 - 17:00`);
  lines.push(`  dailyworkinghours 8`);
  lines.push(`}`);
  if (p.holidays.length > 0) lines.push(`leaves ${p.holidays.map((h, i) => `holiday "h${i}" ${h}`).join(", ")}`);
  const emit = (item: ItemSpec, indent: string, prev?: ItemSpec) => {
    lines.push(`${indent}task ${tjId(item.id)} "${item.id}" {`);
    const deps = [...(item.after ?? [])];
    if (prev) deps.push(prev.id);
    if (deps.length > 0) lines.push(`${indent}  depends ${deps.map((d) => dotted.get(d)).join(", ")}`);
    if (typeof item.when === "object" && item.when.start) lines.push(`${indent}  start ${item.when.start}`);
    // tj3's end is a moment (00:00); a span's end day is inclusive.
    if (typeof item.when === "object" && item.when.end) lines.push(`${indent}  end ${dayToIso(isoToDay(item.when.end) + 1)}`);
    if (item.milestone) lines.push(`${indent}  milestone`);
    else if (item.duration) lines.push(`${indent}  length ${item.duration}`);
    for (const t of item.tasks ?? []) emit(t, indent + "  ");
    lines.push(`${indent}}`);
  };
  p.phases.forEach((ph, i) => emit(ph, "", p.sequential && i > 0 ? p.phases[i - 1] : undefined));
  lines.push(`taskreport "dates" {`, `  formats csv`, `  columns id, start, end`, `  timeformat "%Y-%m-%d %H:%M"`, `  hidetask 0`, `}`);
  return lines.join("\n") + "\n";
}

function makeWorkday(p: Project) {
  const work = new Set(p.workdays.map((w) => DAYS.indexOf(w)));
  const holidays = new Set(p.holidays.map(isoToDay));
  return (day: number) => work.has(weekdayOf(day)) && !holidays.has(day);
}

/**
 * tj3 prints a dependent's start as the moment its dependency ends (17:00)
 * and ends at 17:00 of the last day: map both to the working day meant.
 */
function normalize(p: Project, rows: Map<string, [string, string]>) {
  const isWorkday = makeWorkday(p);
  const out = new Map<string, { start: string; end: string; milestone?: string[]; startOrDay?: string; endOrDay?: string }>();
  // A parent that begins or ends at a milestone's moment spans the milestone's day (rule 3):
  // at 17:00 that is both the day tj3 prints and, as work goes, the next working day.
  const nextWorkday = (date: string) => {
    let day = isoToDay(date) + 1;
    while (!isWorkday(day)) day++;
    return dayToIso(day);
  };
  const milestoneMoments = new Set([...rows.values()].filter(([s, e]) => s === e).map(([s]) => s));
  for (const [id, [s, e]] of rows) {
    const [sDate, sTime] = s.split(" ");
    const [eDate, eTime] = e.split(" ");
    if (s === e) {
      // A milestone is a moment. At 17:00 it is both the end of that day and
      // the start of the next working day; the planner shows the day its
      // dependency ends, or its parent's start day (the next working day).
      let day = isoToDay(sDate);
      const also = [day];
      if (sTime >= "17:00" || !isWorkday(day)) {
        do day++;
        while (!isWorkday(day));
        also.push(day);
      }
      out.set(id, { start: sDate, end: sDate, milestone: also.map(dayToIso) });
      continue;
    }
    let sd = isoToDay(sDate);
    if (sTime >= "17:00") sd++;
    while (!isWorkday(sd)) sd++;
    let ed = isoToDay(eDate);
    if (eTime <= "09:00") ed--;
    while (!isWorkday(ed)) ed--;
    out.set(id, {
      start: dayToIso(sd),
      end: dayToIso(ed),
      startOrDay: milestoneMoments.has(s) ? sDate : undefined,
      endOrDay: milestoneMoments.has(e) && eTime >= "17:00" ? nextWorkday(eDate) : undefined,
    });
  }
  return out;
}

// TJ3_KEEP=DIR keeps the generated projects and reports there, for debugging.
function run(cmd: string, args: string[]): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("error", (e) => resolve({ status: -1, output: String(e) }));
    child.on("close", (status) => resolve({ status, output }));
  });
}

const work = process.env.TJ3_KEEP ?? mkdtempSync(join(tmpdir(), "roadmap-tj3-"));
afterAll(() => {
  if (!process.env.TJ3_KEEP) rmSync(work, { recursive: true, force: true });
});

async function runTj3(p: Project): Promise<ReturnType<typeof normalize>> {
  const dir = join(work, p.name);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, "project.tjp");
  writeFileSync(file, toTjp(p));
  const r = await run("tj3", ["--silent", "--no-color", "-o", dir, file]);
  if (r.status !== 0) throw new Error(`tj3 failed on ${p.name}:\n${r.output}\n${toTjp(p)}`);
  const rows = new Map<string, [string, string]>();
  const byTjId = new Map<string, string>();
  walk(p.phases, (item) => byTjId.set(tjId(item.id), item.id));
  for (const line of readFileSync(join(dir, "dates.csv"), "utf8").trim().split("\n").slice(1)) {
    const [id, s, e] = line.split(";").map((c) => c.replace(/^"|"$/g, ""));
    rows.set(byTjId.get(id.split(".").pop()!) ?? id, [s, e]);
  }
  return normalize(p, rows);
}

function ours(p: Project) {
  const roadmap = makeRoadmap({ start: p.start, workdays: p.workdays, holidays: p.holidays, sequential: p.sequential, phases: p.phases });
  const plan = planRoadmap(roadmap, { asOf: p.start });
  return { plan, dates: new Map(plan.items.map((i) => [i.id, { start: i.start, end: i.end }])) };
}

/**
 * A random project: up to 3 levels of nesting, leaf lengths 1-12d, each item
 * after up to 3 items that end before it in file order (never an ancestor or
 * descendant, so there is no cycle), some milestones, a few pinned starts.
 */
function randomProject(seed: number): Project {
  const r = seededRandom(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const calendars: Weekday[][] = [
    ["mon", "tue", "wed", "thu", "fri"],
    ["mon", "tue", "wed", "thu", "fri"],
    ["mon", "tue", "wed", "thu"],
    ["mon", "tue", "wed", "thu", "fri", "sat"],
    ["sun", "mon", "tue", "wed", "thu"],
  ];
  const workdays = pick(calendars);
  const start = dayToIso(isoToDay("2025-01-06") + Math.floor(r() * 400));
  const holidays = new Set<string>();
  for (let i = 0; i < 12; i++) holidays.add(dayToIso(isoToDay(start) + Math.floor(r() * 200)));
  let counter = 0;
  const done: { id: string; ancestors: Set<string> }[] = [];
  const inherited = new Map<string, string[]>();
  const make = (depth: number, ancestors: string[]): ItemSpec => {
    const id = `t${++counter}`;
    const item: ItemSpec = { id };
    // tj3 rejects a dependency an ancestor already has.
    const fromAncestors = new Set(ancestors.flatMap((a) => inherited.get(a) ?? []));
    const candidates = done.filter((d) => !ancestors.includes(d.id) && !fromAncestors.has(d.id));
    const deps = new Set<string>();
    const nDeps = Math.floor(r() * 4);
    for (let k = 0; k < nDeps && candidates.length > 0; k++) deps.add(pick(candidates).id);
    if (deps.size > 0) item.after = [...deps];
    inherited.set(id, [...deps]);
    if (depth < 2 && r() < 0.3) {
      const n = 1 + Math.floor(r() * 4);
      item.tasks = [];
      for (let k = 0; k < n; k++) item.tasks.push(make(depth + 1, [...ancestors, id]));
    } else if (deps.size > 0 && r() < 0.12) {
      item.milestone = true;
    } else if (depth > 0 && r() < 0.1) {
      // No dependency of its own: placed by its parent's start, which may wait for something.
      item.milestone = true;
    } else {
      item.duration = `${1 + Math.floor(r() * 12)}d`;
      if (depth === 0 && deps.size === 0 && r() < 0.3) {
        item.when = { start: dayToIso(isoToDay(start) + Math.floor(r() * 60)) };
      }
    }
    done.push({ id, ancestors: new Set(ancestors) });
    return item;
  };
  const phases: ItemSpec[] = [];
  const n = 5 + Math.floor(r() * 10);
  for (let k = 0; k < n; k++) phases.push(make(0, []));
  return { name: `random-${seed}`, start, workdays, holidays: [...holidays].sort(), phases, sequential: false };
}

const handWritten: Project[] = [
  {
    name: "nested-with-holidays",
    start: "2025-10-06",
    workdays: ["mon", "tue", "wed", "thu", "fri"],
    holidays: ["2025-10-08", "2025-10-15", "2025-12-25", "2026-01-01"],
    sequential: false,
    phases: [
      { id: "a", duration: "3d" },
      { id: "b", duration: "2d", after: ["a"] },
      {
        id: "c",
        after: ["a"],
        tasks: [
          { id: "c1", duration: "1d" },
          { id: "c2", duration: "2d", after: ["c1"] },
        ],
      },
      { id: "m", milestone: true, after: ["c"] },
      { id: "d", duration: "1d", after: ["m"] },
      { id: "e", duration: "40d", after: ["b", "d"] },
      { id: "f", duration: "5d", when: { start: "2025-10-11" } },
      { id: "g", duration: "3d", when: { end: "2025-11-16" } },
      { id: "h", duration: "4d", when: { end: "2025-12-26" } },
      { id: "i", duration: "2d", when: { start: "2025-12-24" } },
    ],
  },
  {
    name: "sequential-phases",
    start: "2025-12-22",
    workdays: ["mon", "tue", "wed", "thu", "fri"],
    holidays: ["2025-12-25", "2025-12-26", "2026-01-01"],
    sequential: true,
    phases: [
      { id: "p0", duration: "4d" },
      {
        id: "p1",
        tasks: [
          { id: "x", duration: "3d" },
          { id: "y", duration: "6d", after: ["x"] },
          { id: "z", duration: "2d" },
        ],
      },
      {
        id: "p2",
        tasks: [
          { id: "u", duration: "1d" },
          {
            id: "v",
            tasks: [
              { id: "v1", duration: "2d", after: ["y"] },
              { id: "v2", duration: "3d", after: ["v1"] },
            ],
          },
        ],
      },
      { id: "p3", duration: "10d" },
    ],
  },
  {
    name: "four-day-week",
    start: "2026-03-02",
    workdays: ["mon", "tue", "wed", "thu"],
    holidays: ["2026-04-06"],
    sequential: true,
    phases: [
      { id: "one", duration: "5d" },
      {
        id: "two",
        tasks: [
          { id: "two-a", duration: "4d" },
          { id: "two-b", duration: "9d" },
        ],
      },
      { id: "gate", milestone: true, after: ["two-a"] },
      { id: "three", duration: "3d" },
    ],
  },
  {
    name: "milestones-in-waiting-parents",
    start: "2025-03-03",
    workdays: ["mon", "tue", "wed", "thu", "fri"],
    holidays: ["2025-03-14"],
    sequential: false,
    phases: [
      { id: "a", duration: "4d" },
      // A kickoff placed by the start of a parent that waits for a: the work after it starts that day.
      {
        id: "p",
        after: ["a"],
        tasks: [
          { id: "kick", milestone: true },
          { id: "w1", duration: "3d", after: ["kick"] },
          { id: "gate", milestone: true, after: ["w1"] },
        ],
      },
      {
        id: "q",
        after: ["gate"],
        tasks: [
          { id: "q-start", milestone: true },
          {
            id: "inner",
            tasks: [
              { id: "deep-kick", milestone: true },
              { id: "w2", duration: "2d", after: ["deep-kick"] },
            ],
          },
        ],
      },
      {
        id: "r",
        after: ["q"],
        tasks: [
          { id: "r-end", milestone: true, after: ["w2"] },
          { id: "w3", duration: "1d" },
        ],
      },
    ],
  },
];

describe.skipIf(!hasTj3 && !required)("planRoadmap matches TaskJuggler (tj3)", () => {
  it("tj3 is installed", () => {
    expect(hasTj3, "tj3 is not on PATH (apt-get install tj3)").toBe(true);
  });

  const projects = [...handWritten, ...Array.from({ length: 20 }, (_, i) => randomProject(i + 1))];
  const results = new Map<string, Promise<ReturnType<typeof normalize>>>();
  beforeAll(() => {
    // Start every tj3 run at once (each takes ~0.3 s); the tests await their own.
    if (hasTj3) for (const p of projects) results.set(p.name, runTj3(p));
    for (const r of results.values()) r.catch(() => {});
  });

  it.each(projects.map((p) => p.name))("%s", async (name) => {
    if (!hasTj3) return; // REQUIRE_TJ3=1 without tj3: the test above fails.
    const p = projects.find((x) => x.name === name)!;
    const theirs = await results.get(name)!;
    const { plan, dates } = ours(p);
    expect(plan.diagnostics).toEqual([]);
    expect(dates.size).toBe(theirs.size);
    const mismatches: string[] = [];
    for (const [id, t] of theirs) {
      const o = dates.get(id);
      const same = t.milestone
        ? o?.start === o?.end && t.milestone.includes(o?.start ?? "")
        : (o?.start === t.start || o?.start === t.startOrDay) && (o?.end === t.end || o?.end === t.endOrDay);
      if (!same) mismatches.push(`${id}: ours ${o?.start}..${o?.end}, tj3 ${t.milestone ? t.milestone.join(" or ") : `${t.start}..${t.end}`}`);
    }
    expect(mismatches, `${mismatches.join("\n")}\n\n${toTjp(p)}`).toEqual([]);
  });
});

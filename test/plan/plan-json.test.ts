import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseRoadmap } from "../../src/index.js";
import { planRoadmap } from "../../src/plan/plan-roadmap.js";
import { planToJson } from "../../src/render/plan-json.js";
import { STABLE_PLAN_FIELDS } from "../stable-plan-fields.js";
import { makeRoadmap } from "./make-roadmap.js";

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const MONEY = /^-?\d+\.\d{2}$/;

/** The stable fields of cli.md "The plan as JSON". */
function expectStableShape(json: ReturnType<typeof planToJson>) {
  expect(Object.keys(json)).toEqual(expect.arrayContaining(STABLE_PLAN_FIELDS));
  expect(json.asOf).toMatch(ISO);
  for (const d of [json.start, json.finish, json.bestCaseFinish]) if (d !== null) expect(d).toMatch(ISO);
  expect(["ahead", "on-track", "behind"]).toContain(json.schedule);
  for (const i of json.items) {
    expect(Object.keys(i)).toEqual(expect.arrayContaining(["id", "parent", "title", "status", "start", "end", "slack", "critical", "progress", "overdue"]));
    if (i.start === null) expect(i.end).toBeNull();
    else expect(i.start).toMatch(ISO);
  }
  for (const r of json.risks) expect(Object.keys(r)).toEqual(expect.arrayContaining(["id", "score"]));
  for (const k of json.kpis) expect(Object.keys(k)).toEqual(expect.arrayContaining(["id", "due", "meets"]));
  for (const b of json.budgets) {
    expect(b.monthly).toMatch(MONEY);
    expect(b.yearly).toMatch(MONEY);
  }
  // Plain data: survives a JSON round trip unchanged (no bigint, Map or undefined).
  expect(JSON.parse(JSON.stringify(json))).toEqual(json);
}

describe("planToJson", () => {
  it("has the stable fields with ISO dates, working-day slack and decimal money", () => {
    const roadmap = makeRoadmap({
      start: "2025-10-06",
      phases: [
        { id: "phase-0", duration: "1w", status: "done" },
        { id: "phase-1", when: "weeks 3-6", progress: 0.95, status: "in-progress", tasks: [{ id: "t", duration: "2d" }] },
      ],
      risks: [{ id: "r", probability: "high", impact: "medium" }],
      kpis: [{ id: "k", better: "lower", current: 260, targetsByKey: { "2025-10": 250 } }],
      budgets: [{ id: "b", items: [{ title: "x", count: 1, amount: 1200000, per: "month", extensions: {}, path: [] }] }],
    });
    const json = planToJson(planRoadmap(roadmap, { asOf: "2025-11-03" }));
    expectStableShape(json);
    expect(json).toMatchObject({
      title: "Test roadmap",
      asOf: "2025-11-03",
      start: "2025-10-06",
      finish: "2025-11-14",
      criticalPath: ["phase-1"],
      risks: [{ id: "r", score: 6 }],
      kpis: [{ id: "k", due: 250, meets: false }],
      budgets: [{ id: "b", monthly: "12000.00", yearly: "144000.00" }],
    });
    expect(json.items[1]).toMatchObject({
      id: "phase-1",
      parent: null,
      status: "in-progress",
      start: "2025-10-20",
      end: "2025-11-14",
      slack: 0,
      critical: true,
      progress: 0.95,
      overdue: false,
    });
    expect(json.items[2]).toMatchObject({ id: "t", parent: "phase-1" });
  });

  const dir = new URL("../../roadmaps/", import.meta.url);
  const bundled = existsSync(dir) ? readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)) : [];
  it.skipIf(bundled.length === 0).each(bundled)("plans bundled roadmap %s", (name) => {
    const parsed = parseRoadmap(readFileSync(new URL(name, dir), "utf8"), { file: `roadmaps/${name}` });
    expect(parsed.roadmap, JSON.stringify(parsed.diagnostics.slice(0, 3))).toBeDefined();
    const plan = planRoadmap(parsed.roadmap!, { asOf: parsed.roadmap!.updated ?? "2026-01-01" });
    expectStableShape(planToJson(plan));
  });
});

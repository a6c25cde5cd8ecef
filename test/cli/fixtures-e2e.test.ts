import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { STABLE_PLAN_FIELDS } from "../stable-plan-fields.js";
import { ROOT, runCli } from "./run-cli.js";

interface FileResult {
  file: string;
  diagnostics: { code: string; range: { start: { line: number; col: number } } | null }[];
}

describe("roadmap lint on the fixture corpus (one process)", () => {
  const dir = join(ROOT, "test/fixtures/invalid");
  const fixtures = readdirSync(dir).filter((f) => f.endsWith(".yaml"));
  const run = runCli(["lint", "-f", "json", "test/fixtures/invalid/"]);
  const results = new Map((JSON.parse(run.stdout) as FileResult[]).map((r) => [r.file.replace(/^.*\//, ""), r]));

  it("exits 1", () => {
    expect(run.code).toBe(1);
  });

  it.each(fixtures)("%s: every expected code at its line:col", (name) => {
    const text = readFileSync(join(dir, name), "latin1").replace(/^\xEF\xBB\xBF/, "");
    const expected = [...text.matchAll(/^# expect: ([a-z-]+) (\d+):(\d+)/gm)].map((m) => `${m[1]} ${m[2]}:${m[3]}`);
    expect(expected.length).toBeGreaterThan(0);
    const found = (results.get(name)?.diagnostics ?? []).map((d) => `${d.code} ${d.range?.start.line}:${d.range?.start.col}`);
    for (const e of expected) expect(found).toContain(e);
  });

  it("prints stylish file:line:col lines for a fixture", () => {
    const r = runCli(["lint", "test/fixtures/invalid/status-typo.yaml"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^test\/fixtures\/invalid\/status-typo\.yaml:\d+:\d+ +error +.+ invalid-value$/m);
  });
});

describe("the plan of every bundled roadmap as JSON", () => {
  it("has the stable fields for each roadmap", () => {
    const r = runCli(["render", "roadmaps/", "-f", "json"]);
    expect(r.code).toBe(0);
    const plans = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(plans).toHaveLength(readdirSync(join(ROOT, "roadmaps")).filter((f) => f.endsWith(".yaml")).length);
    for (const plan of plans) {
      for (const key of STABLE_PLAN_FIELDS) {
        expect(plan).toHaveProperty(key);
      }
      expect((plan.items as unknown[]).length).toBeGreaterThan(0);
    }
  });
});

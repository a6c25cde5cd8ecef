import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { displayWidth } from "../../src/render/terminal/display-width.js";
import { runCli } from "../cli/run-cli.js";
import { buildOnce } from "./build-once.js";
import { AS_OF } from "../plan-of.js";
import { fixture } from "./terminal-helpers.js";

const PLATFORM = fixture("platform.yaml");
const CYCLE = fixture("cycle.yaml");

beforeAll(() => buildOnce());

describe("roadmap status", () => {
  it("prints the report of one roadmap, without colour when not on a terminal", () => {
    const r = runCli(["status", PLATFORM, "--as-of", AS_OF]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Platform Rewrite\n/);
    expect(r.stdout).toContain("Progress  ");
    expect(r.stdout).toContain("Critical path  finish Nov 21, 2025 · best case Nov 14, 2025");
    expect(r.stdout).toMatch(/⚠ 3 warnings: run roadmap lint to see them\n$/);
    expect(r.stdout).not.toContain("\u001b");
    expect(r.stderr).toBe("");
  });

  it("shows the portfolio of ./roadmaps/ by default, then each report; --summary only the table", () => {
    const lint = runCli(["lint", "--as-of", AS_OF]);
    const all = runCli(["status", "--as-of", AS_OF], { env: { COLUMNS: "100" } });
    expect(all.code).toBe(lint.code === 1 ? 1 : 0);
    expect(all.stdout).toMatch(/^Portfolio {2}\d+ roadmaps/);
    expect(all.stdout).toContain("── roadmaps/roadmap-kit.yaml ─");
    const summary = runCli(["status", "--summary", "--as-of", AS_OF], { env: { COLUMNS: "100" } });
    expect(summary.stdout).not.toContain("── roadmaps/");
    expect(all.stdout.startsWith(summary.stdout.trimEnd())).toBe(true);
  });

  it("--json prints the plan, an array for several roadmaps", () => {
    const one = runCli(["status", PLATFORM, "--json", "--as-of", AS_OF]);
    expect(one.code).toBe(0);
    const plan = JSON.parse(one.stdout);
    expect(plan).toMatchObject({ title: "Platform Rewrite", asOf: AS_OF, schedule: "behind", finish: "2025-11-21" });
    expect(plan.items[0]).toMatchObject({ id: "discovery", status: "done" });
    const several = runCli(["status", PLATFORM, CYCLE, "--json", "--as-of", AS_OF]);
    expect(several.code).toBe(1);
    const list = JSON.parse(several.stdout);
    expect(list.map((p: { file: string; title: string }) => p.title)).toEqual(["Platform Rewrite", "Cyclic plan"]);
    expect(list[1].file).toBe(CYCLE);
    // Diagnostics go to stderr so stdout stays JSON.
    expect(several.stderr).toContain("dependency-cycle");
  });

  it("a roadmap with errors still shows its report, the errors at the end, and exits 1", () => {
    const r = runCli(["status", CYCLE, "--as-of", AS_OF]);
    expect(r.code).toBe(1);
    const report = r.stdout.indexOf("Progress  ");
    const problems = r.stdout.indexOf("dependency cycle: a → b → a");
    expect(report).toBeGreaterThan(0);
    expect(problems).toBeGreaterThan(report);
    expect(r.stdout).toContain("✖ 2 problems (2 errors, 0 warnings)");
  });

  it("a roadmap that does not parse: its diagnostics, exit 1; several: a row that says so", () => {
    const dir = mkdtempSync(join(tmpdir(), "roadmap-status-"));
    copyFileSync(PLATFORM, join(dir, "a.yaml"));
    copyFileSync(fixture("hostile.yaml"), join(dir, "b.yaml"));
    writeFileSync(join(dir, "c.yaml"), "title: Broken\nphases:\n  - title: One\n    statuz: done\n");
    const one = runCli(["status", "c.yaml"], { cwd: dir });
    expect(one.code).toBe(1);
    expect(one.stdout).toContain('unknown key "statuz"');
    const all = runCli(["status", ".", "--summary", "--as-of", AS_OF], { cwd: dir, env: { COLUMNS: "80" } });
    expect(all.code).toBe(1);
    expect(all.stdout).toMatch(/c\.yaml +no plan +✗ 1/);
  });

  it("exits 2 with one line on stderr for a missing file or a bad --as-of", () => {
    const missing = runCli(["status", "nope.yaml"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe("roadmap: no such file: nope.yaml\n");
    const date = runCli(["status", PLATFORM, "--as-of", "2025-02-30"]);
    expect(date.code).toBe(2);
    expect(date.stderr).toMatch(/^roadmap: --as-of: .*\n$/);
  });

  it("fits COLUMNS when not on a terminal", () => {
    for (const cols of [60, 120]) {
      const r = runCli(["status", "--as-of", AS_OF], { env: { COLUMNS: String(cols) } });
      for (const line of r.stdout.split("\n")) expect(displayWidth(line), line).toBeLessThanOrEqual(cols);
    }
  });

  it("colours only when asked: FORCE_COLOR on; NO_COLOR and --no-color (before or after the command) off", () => {
    expect(runCli(["status", PLATFORM], { env: { FORCE_COLOR: "1" } }).stdout).toContain("\u001b[");
    expect(runCli(["status", PLATFORM], { env: { NO_COLOR: "1" } }).stdout).not.toContain("\u001b[");
    expect(runCli(["--no-color", "status", PLATFORM], { env: { FORCE_COLOR: "1" } }).stdout).not.toContain("\u001b[");
    expect(runCli(["status", PLATFORM, "--no-color"], { env: { FORCE_COLOR: "1" } }).stdout).not.toContain("\u001b[");
  });
});

describe("roadmap timeline", () => {
  it("draws phases, and tasks with --depth 2", () => {
    const phases = runCli(["timeline", PLATFORM, "--as-of", AS_OF], { env: { COLUMNS: "80" } });
    expect(phases.code).toBe(0);
    expect(phases.stdout).toContain("▶ Foundation & Gateway !");
    expect(phases.stdout).not.toContain("API gateway");
    const tasks = runCli(["timeline", PLATFORM, "--depth", "2", "--as-of", AS_OF], { env: { COLUMNS: "80" } });
    expect(tasks.stdout).toContain("  ▶ API gateway");
  });

  it("rejects --depth 0 with exit 2", () => {
    const r = runCli(["timeline", PLATFORM, "--depth", "0"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--depth");
  });

  it("draws every bundled roadmap", () => {
    const r = runCli(["timeline", "--depth", "3"], { env: { COLUMNS: "120" } });
    expect(r.stdout.match(/^── roadmaps\//gm)?.length).toBeGreaterThanOrEqual(5);
    expect(r.stdout).toContain("▼");
  });

  it("is listed in --help with status", () => {
    const help = runCli(["--help"]).stdout;
    expect(help).toMatch(/^\s+status /m);
    expect(help).toMatch(/^\s+timeline /m);
  });
});

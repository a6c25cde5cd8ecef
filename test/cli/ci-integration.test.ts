import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { GIT_ENV, makeRepo } from "../git/git-repo.js";
import { BIN, ROOT, runCli } from "./run-cli.js";

describe("CI integration files", () => {
  it("action.yml is a composite action that runs the built binary with --format github", () => {
    const action = parse(readFileSync(join(ROOT, "action.yml"), "utf8"));
    expect(action.runs.using).toBe("composite");
    const script = action.runs.steps.map((s: { run: string }) => s.run).join("\n");
    expect(script).toContain('node "$GITHUB_ACTION_PATH/bin/roadmap.js"');
    expect(script).toContain("--format github");
    expect(Object.keys(action.inputs)).toEqual(["paths", "as-of", "max-warnings", "sarif", "diff-base"]);
  });

  it("the action's lint step works as bash runs it", () => {
    const action = parse(readFileSync(join(ROOT, "action.yml"), "utf8"));
    const step = action.runs.steps.find((s: { name: string }) => s.name === "Lint roadmaps");
    const dir = mkdtempSync(join(tmpdir(), "roadmap-action-"));
    writeFileSync(join(dir, "r.yaml"), "title: T\nphases:\n  - title: A\n    statuz: done\n");
    let out = "";
    let code = 0;
    try {
      out = execFileSync("bash", ["-c", step.run], {
        cwd: dir,
        encoding: "utf8",
        env: { ...process.env, GITHUB_ACTION_PATH: ROOT, ROADMAP_PATHS: "r.yaml", ROADMAP_AS_OF: "", ROADMAP_MAX_WARNINGS: "-1", ROADMAP_SARIF: "out.sarif" },
      });
    } catch (error) {
      const e = error as { status: number; stdout: string };
      code = e.status;
      out = e.stdout;
    }
    expect(code).toBe(1);
    expect(out).toMatch(/^::error file=r\.yaml,line=4,col=5/m);
    expect(JSON.parse(readFileSync(join(dir, "out.sarif"), "utf8")).version).toBe("2.1.0");
    expect(BIN).toContain("bin/roadmap.js");
  });

  it("the action's diff step writes the Markdown diff to the job summary, as bash runs it", () => {
    const action = parse(readFileSync(join(ROOT, "action.yml"), "utf8"));
    const step = action.runs.steps.find((s: { name: string }) => s.name === "Compare roadmaps with the base");
    expect(step.if).toContain("inputs.diff-base != ''");
    const repo = makeRepo();
    try {
      repo.write("roadmap.yaml", "title: T\nstart: 2026-01-05\nphases:\n  - { id: a, title: A, duration: 1w }\n");
      repo.commit("plan", "2026-01-02");
      repo.git("branch", "base");
      repo.write("roadmap.yaml", "title: T\nstart: 2026-01-05\nphases:\n  - { id: a, title: A, duration: 2w }\n");
      repo.commit("longer", "2026-01-03");
      const summary = join(repo.dir, "summary.md");
      writeFileSync(summary, "# Earlier step\n\n");
      const run = (base: string) =>
        spawnSync("bash", ["-eo", "pipefail", "-c", step.run], {
          cwd: repo.dir,
          encoding: "utf8",
          env: {
            ...process.env,
            ...GIT_ENV,
            GITHUB_ACTION_PATH: ROOT,
            GITHUB_STEP_SUMMARY: summary,
            ROADMAP_PATHS: "",
            ROADMAP_AS_OF: "2026-01-05",
            ROADMAP_DIFF_BASE: base,
          },
        });
      const ok = run("base");
      expect(ok.status).toBe(0);
      const text = readFileSync(summary, "utf8");
      expect(text).toMatch(/^# Earlier step\n\n# Roadmap changes against base\n/);
      expect(text).toContain("**The finish slips 5 workdays, 2026-01-09 → 2026-01-16 (the best case too).** 1 item moved.");
      const bad = run("-x");
      expect(bad.status).toBe(2);
      expect(bad.stderr).toBe('roadmap: --base: "-x" is not a git ref: a ref cannot start with "-"\n');
    } finally {
      repo.cleanup();
    }
  });

  it(".pre-commit-hooks.yaml declares the roadmap-lint hook", () => {
    const hooks = parse(readFileSync(join(ROOT, ".pre-commit-hooks.yaml"), "utf8"));
    expect(hooks[0]).toMatchObject({ id: "roadmap-lint", entry: "roadmap lint", language: "node" });
    expect(new RegExp(hooks[0].files).test("roadmaps/platform.yaml")).toBe(true);
  });

  // The seeds carry their own `lint: { as-of }`; the project's roadmap is linted as of its
  // last update, so neither result depends on today's date.
  it("the bundled roadmaps lint clean in the github format: nothing printed, exit 0", () => {
    const own = "roadmaps/roadmap-kit.yaml";
    const seeds = readdirSync(join(ROOT, "roadmaps")).filter((f) => f.endsWith(".yaml") && f !== "roadmap-kit.yaml");
    for (const seed of seeds) expect(readFileSync(join(ROOT, "roadmaps", seed), "utf8")).toMatch(/^lint:\n {2}as-of: \d{4}-\d{2}-\d{2}$/m);
    expect(runCli(["lint", "--format", "github", ...seeds.map((f) => `roadmaps/${f}`)])).toMatchObject({ code: 0, stdout: "" });
    const updated = String(parse(readFileSync(join(ROOT, own), "utf8")).updated);
    expect(runCli(["lint", "--format", "github", "--as-of", updated, own])).toMatchObject({ code: 0, stdout: "" });
  });
});

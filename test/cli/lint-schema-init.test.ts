import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runCli } from "./run-cli.js";

const tmp = () => mkdtempSync(join(tmpdir(), "roadmap-cli-"));
const VALID = "title: Fine\nstart: 2025-01-06\nphases:\n  - { title: One, duration: 2d }\n";
const INVALID = "title: Broken\nphases:\n  - title: One\n    statuz: done\n    when: weeks 6-3\n";

describe("roadmap (the process)", () => {
  it("prints its version and help", () => {
    const version = runCli(["--version"]);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version);
    const help = runCli(["--help"]);
    expect(help.code).toBe(0);
    for (const command of ["lint", "schema", "init"]) expect(help.stdout).toContain(command);
  });

  it("exits 2 on an unknown option or command, without a stack trace", () => {
    for (const args of [["lint", "--frobnicate"], ["frobnicate"], ["lint", "--format", "xml"]]) {
      const r = runCli(args);
      expect(r.code).toBe(2);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

describe("roadmap lint", () => {
  it("exits 0 and prints nothing on a clean roadmap", () => {
    const dir = tmp();
    writeFileSync(join(dir, "ok.yaml"), VALID);
    const r = runCli(["lint", "ok.yaml", "--as-of", "2025-01-06"], { cwd: dir });
    expect(r).toMatchObject({ code: 0, stdout: "" });
  });

  it("prints file:line:col, severity, message and rule id, then a summary, and exits 1", () => {
    const dir = tmp();
    writeFileSync(join(dir, "bad.yaml"), INVALID);
    const r = runCli(["lint", "bad.yaml"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      [
        'bad.yaml:4:5   error    phases[0]: unknown key "statuz" (did you mean "status"?)  unknown-key',
        'bad.yaml:5:11  error    phases[0].when: span "weeks 6-3" ends before it starts: expected the smaller week first, e.g. "weeks 3-6"  invalid-span',
        "",
        "✖ 2 problems (2 errors, 0 warnings)",
        "",
      ].join("\n"),
    );
  });

  it("colours only when asked: FORCE_COLOR on, NO_COLOR and --no-color off", () => {
    const dir = tmp();
    writeFileSync(join(dir, "bad.yaml"), INVALID);
    expect(runCli(["lint", "bad.yaml"], { cwd: dir, env: { FORCE_COLOR: "1" } }).stdout).toContain("\u001b[");
    expect(runCli(["lint", "bad.yaml"], { cwd: dir, env: { NO_COLOR: "1" } }).stdout).not.toContain("\u001b[");
    expect(runCli(["--no-color", "lint", "bad.yaml"], { cwd: dir, env: { FORCE_COLOR: "1" } }).stdout).not.toContain("\u001b[");
  });

  it("writes JSON with --format json", () => {
    const dir = tmp();
    writeFileSync(join(dir, "bad.yaml"), INVALID);
    writeFileSync(join(dir, "ok.yaml"), VALID);
    const r = runCli(["lint", "--format", "json", "bad.yaml", "ok.yaml", "--as-of", "2025-01-06"], { cwd: dir });
    expect(r.code).toBe(1);
    const data = JSON.parse(r.stdout);
    expect(data.map((f: { file: string; errorCount: number }) => [f.file, f.errorCount])).toEqual([
      ["bad.yaml", 2],
      ["ok.yaml", 0],
    ]);
    expect(data[0].diagnostics[0]).toMatchObject({ code: "unknown-key", severity: "error", range: { start: { line: 4, col: 5 } } });
  });

  it("exits 2 on a missing file or a folder without roadmaps, with one clear line", () => {
    const dir = tmp();
    const missing = runCli(["lint", "nope.yaml"], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stdout).toContain("no such file: nope.yaml");
    mkdirSync(join(dir, "empty"));
    const empty = runCli(["lint", "empty"], { cwd: dir });
    expect(empty.code).toBe(2);
    expect(empty.stderr.trim().split("\n")).toHaveLength(1);
    const none = runCli(["lint"], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no roadmaps found/);
  });

  it("finds ./roadmap.yaml, then ./roadmaps/, and takes folders and globs", () => {
    const dir = tmp();
    mkdirSync(join(dir, "roadmaps"));
    writeFileSync(join(dir, "roadmaps", "a.yaml"), INVALID);
    writeFileSync(join(dir, "roadmaps", "b.yml"), INVALID);
    const byFolder = runCli(["lint", "-f", "json"], { cwd: dir });
    expect(JSON.parse(byFolder.stdout).map((f: { file: string }) => f.file)).toEqual(["roadmaps/a.yaml", "roadmaps/b.yml"]);
    const byGlob = runCli(["lint", "-f", "json", "roadmaps/*.yml"], { cwd: dir });
    expect(JSON.parse(byGlob.stdout).map((f: { file: string }) => f.file)).toEqual(["roadmaps/b.yml"]);
    writeFileSync(join(dir, "roadmap.yaml"), VALID);
    expect(runCli(["lint", "--as-of", "2025-01-06"], { cwd: dir }).code).toBe(0);
  });

  it("rejects a bad --as-of", () => {
    const r = runCli(["lint", "--as-of", "2025-02-30"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("2025-02 has 28 days");
  });
});

describe("roadmap schema", () => {
  it("prints the committed JSON Schema", () => {
    const r = runCli(["schema"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(ROOT, "schemas/roadmap.schema.json"), "utf8"));
  });

  it("writes it with -o", () => {
    const dir = tmp();
    expect(runCli(["schema", "-o", "s.json"], { cwd: dir }).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, "s.json"), "utf8")).$schema).toMatch(/2020-12/);
  });
});

describe("roadmap init", () => {
  it("writes a starter roadmap that lints clean and never overwrites", () => {
    const dir = tmp();
    const first = runCli(["init"], { cwd: dir });
    expect(first.code).toBe(0);
    const text = readFileSync(join(dir, "roadmap.yaml"), "utf8");
    expect(text.split("\n")[0]).toMatch(/^# yaml-language-server: \$schema=.*schemas\/roadmap\.schema\.json$/);
    expect(runCli(["lint"], { cwd: dir })).toMatchObject({ code: 0, stdout: "" });
    writeFileSync(join(dir, "roadmap.yaml"), "title: mine\n");
    const again = runCli(["init"], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exists/);
    expect(readFileSync(join(dir, "roadmap.yaml"), "utf8")).toBe("title: mine\n");
  });

  it("does not write a roadmap.yaml that would hide the roadmaps in roadmaps/; a named file is fine", () => {
    const dir = tmp();
    mkdirSync(join(dir, "roadmaps"));
    writeFileSync(join(dir, "roadmaps", "team.yaml"), "title: Team\n");
    const r = runCli(["init"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("roadmaps/ already holds a roadmap, which commands run without paths read");
    expect(existsSync(join(dir, "roadmap.yaml"))).toBe(false);
    expect(runCli(["init", "roadmaps/new.yaml"], { cwd: dir }).code).toBe(0);
    expect(readdirSync(join(dir, "roadmaps")).sort()).toEqual(["new.yaml", "team.yaml"]);
  });
});

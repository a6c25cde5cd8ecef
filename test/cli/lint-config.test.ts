import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";

// A roadmap with one overdue item as of 2025-02-01 (warning) and nothing else.
const OVERDUE = "title: T\nstart: 2025-01-06\nphases:\n  - { id: a, title: A, duration: 2d }\n";

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "roadmap-config-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const codes = (stdout: string) =>
  (JSON.parse(stdout) as { diagnostics: { code: string; severity: string }[] }[]).flatMap((f) => f.diagnostics.map((d) => `${d.code}:${d.severity}`));

describe("lint settings", () => {
  it("finds .roadmaprc.yaml upward and applies its severities and as-of", () => {
    const dir = project({ "roadmaps/deep/r.yaml": OVERDUE, ".roadmaprc.yaml": "as-of: 2025-02-01\nrules:\n  overdue-item: error\n" });
    const r = runCli(["lint", "-f", "json", "roadmaps/deep/r.yaml"], { cwd: dir });
    expect(codes(r.stdout)).toEqual(["overdue-item:error"]);
    expect(r.code).toBe(1);
  });

  it("lets --as-of win over the settings", () => {
    const dir = project({ "r.yaml": OVERDUE, ".roadmaprc.yaml": "as-of: 2025-02-01\n" });
    expect(codes(runCli(["lint", "-f", "json", "r.yaml"], { cwd: dir }).stdout)).toEqual(["overdue-item:warning"]);
    expect(codes(runCli(["lint", "-f", "json", "r.yaml", "--as-of", "2025-01-06"], { cwd: dir }).stdout)).toEqual([]);
  });

  it("lets the roadmap's lint: key win over the config file", () => {
    const dir = project({
      "r.yaml": `${OVERDUE}lint:\n  rules: { overdue-item: off }\n`,
      "roadmap.config.yaml": "as-of: 2025-02-01\nrules: { overdue-item: error }\n",
    });
    expect(runCli(["lint", "r.yaml"], { cwd: dir })).toMatchObject({ code: 0, stdout: "" });
  });

  it("reports unknown or unconfigurable rule ids with their position", () => {
    const dir = project({
      "r.yaml": `${OVERDUE}lint:\n  as-of: 2025-01-06\n  rules:\n    overdue-itme: off\n`,
      ".roadmaprc.yaml": "rules:\n  unknown-key: off\n",
    });
    const r = runCli(["lint", "r.yaml"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      '.roadmaprc.yaml:2:3  error    rules.unknown-key: rule "unknown-key" reports invalid YAML or format and is always an error; it cannot be configured  unknown-rule',
    );
    expect(r.stdout).toContain(
      'r.yaml:8:5           error    lint.rules.overdue-itme: unknown rule "overdue-itme" (did you mean "overdue-item"?)  unknown-rule',
    );
  });

  it("reports a broken config file", () => {
    const dir = project({ "r.yaml": OVERDUE, ".roadmaprc.yaml": "rulez: {}\n" });
    const r = runCli(["lint", "r.yaml", "--as-of", "2025-01-06"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('.roadmaprc.yaml:1:1  error    unknown key "rulez" (did you mean "rules"?)  unknown-key');
  });
});

describe("lint output options", () => {
  it("writes several formats at once: the last one to -o", () => {
    const dir = project({ "r.yaml": OVERDUE });
    const r = runCli(["lint", "r.yaml", "--as-of", "2025-02-01", "-f", "stylish", "-f", "json", "-o", "out.json"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/r\.yaml:4:5 +warning/);
    expect(codes(readFileSync(join(dir, "out.json"), "utf8"))).toEqual(["overdue-item:warning"]);
  });

  it("never writes its report over a roadmap it lints", () => {
    const dir = project({ "r.yaml": OVERDUE });
    const r = runCli(["lint", "r.yaml", "-f", "json", "-o", "r.yaml"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/refusing to write r\.yaml/);
    expect(readFileSync(join(dir, "r.yaml"), "utf8")).toBe(OVERDUE);
  });

  it("--quiet hides warnings and --max-warnings turns them into a failure", () => {
    const dir = project({ "r.yaml": OVERDUE });
    expect(runCli(["lint", "r.yaml", "--as-of", "2025-02-01", "--quiet"], { cwd: dir })).toMatchObject({ code: 0, stdout: "" });
    const strict = runCli(["lint", "r.yaml", "--as-of", "2025-02-01", "--max-warnings", "0"], { cwd: dir });
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain("1 warnings, more than --max-warnings 0");
  });

  it("--list-rules lists every rule", () => {
    const r = runCli(["lint", "--list-rules"]);
    expect(r.code).toBe(0);
    for (const id of ["unknown-key", "dependency-cycle", "overdue-item", "unknown-rule"]) expect(r.stdout).toContain(id);
  });
});

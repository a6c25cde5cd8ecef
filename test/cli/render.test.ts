import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";

const ROADMAP = "title: Render me\nstart: 2025-01-06\nphases:\n  - { id: a, title: Alpha, duration: 2d }\n  - { id: b, title: Beta, duration: 3d }\n";

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "roadmap-render-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe("roadmap render", () => {
  it("prints the plan as JSON with the stable fields", () => {
    const dir = project({ "r.yaml": ROADMAP });
    const r = runCli(["render", "r.yaml", "-f", "json", "--as-of", "2025-01-07"], { cwd: dir });
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout);
    expect(plan).toMatchObject({ title: "Render me", asOf: "2025-01-07", start: "2025-01-06", finish: "2025-01-10", criticalPath: ["a", "b"] });
    expect(plan.items.map((i: { id: string; start: string; end: string }) => [i.id, i.start, i.end])).toEqual([
      ["a", "2025-01-06", "2025-01-07"],
      ["b", "2025-01-08", "2025-01-10"],
    ]);
  });

  it("writes Markdown and HTML to a file, atomically and identically on a second run", () => {
    const dir = project({ "r.yaml": ROADMAP });
    for (const [format, name] of [
      ["md", "ROADMAP.md"],
      ["html", "out.html"],
    ]) {
      expect(runCli(["render", "r.yaml", "-f", format, "-o", name, "--as-of", "2025-01-07"], { cwd: dir })).toMatchObject({ code: 0, stdout: "" });
      const first = readFileSync(join(dir, name), "utf8");
      runCli(["render", "r.yaml", "-f", format, "-o", name, "--as-of", "2025-01-07"], { cwd: dir });
      expect(readFileSync(join(dir, name), "utf8")).toBe(first);
      expect(first).toContain("Render me");
    }
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("writes one file per roadmap into a folder", () => {
    const dir = project({ "a.yaml": ROADMAP, "b.yaml": ROADMAP.replace("Render me", "Second") });
    const r = runCli(["render", "a.yaml", "b.yaml", "-f", "md", "-o", "out/"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(readdirSync(join(dir, "out")).sort()).toEqual(["a.md", "b.md"]);
  });

  it("refuses to write over an input, and several roadmaps into one file", () => {
    const dir = project({ "r.yaml": ROADMAP, "s.yaml": ROADMAP });
    const over = runCli(["render", "r.yaml", "-f", "md", "-o", "r.yaml"], { cwd: dir });
    expect(over.code).toBe(2);
    expect(over.stderr).toMatch(/one of the input roadmaps/);
    expect(readFileSync(join(dir, "r.yaml"), "utf8")).toBe(ROADMAP);
    const many = runCli(["render", "r.yaml", "s.yaml", "-f", "md", "-o", "one.md"], { cwd: dir });
    expect(many.code).toBe(2);
    expect(runCli(["render", "r.yaml", "s.yaml", "-f", "md"], { cwd: dir }).code).toBe(2);
  });

  it("still renders a roadmap with reference errors, reporting them on stderr with exit 1", () => {
    const dir = project({ "r.yaml": `${ROADMAP}  - { title: Gamma, after: [alpah] }\n` });
    const r = runCli(["render", "r.yaml", "-f", "md", "--as-of", "2025-01-07"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Gamma");
    expect(r.stderr).toContain('unknown item "alpah"');
  });

  it("needs --format", () => {
    const r = runCli(["render", "x.yaml"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--format/);
  });
});

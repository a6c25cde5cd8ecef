import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";

const ROADMAP = [
  "# The launch plan",
  "title: Launch",
  "start: 2026-01-05",
  "",
  "phases:",
  "  - id: build   # the work",
  "    title: Build it",
  "    duration: 2w",
  "  - { id: ship, title: Ship it, after: [build], duration: 1w }",
  "",
  "risks:",
  "  - { id: slip, title: The build slips, probability: medium, impact: high }",
  "kpis:",
  "  - { id: users, title: Users, current: 10, target: 100 }",
  "",
].join("\n");

function project(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), "roadmap-edit-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const read = (dir: string, name = "roadmap.yaml") => readFileSync(join(dir, name), "utf8");
const leftovers = (dir: string) => readdirSync(dir).filter((f) => f.endsWith(".tmp"));

describe("roadmap set", () => {
  it("changes the values asked for and nothing else, and says what it changed", () => {
    const dir = project({ "roadmap.yaml": ROADMAP });
    const r = runCli(["set", "build", "status=in-progress", "progress=40%", "--as-of", "2026-01-12"], { cwd: dir });
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(r.stdout).toBe("roadmap.yaml: build: status (none) → in-progress\nroadmap.yaml: build: progress (none) → 40%\n");
    expect(read(dir)).toBe(ROADMAP.replace("    title: Build it\n", "    title: Build it\n    status: in-progress\n    progress: 40%\n"));
    expect(leftovers(dir)).toEqual([]);
  });

  it("sets a risk's and a KPI's values inside their flow mappings", () => {
    const dir = project({ "roadmap.yaml": ROADMAP });
    expect(runCli(["set", "slip", "probability=0.3", "status=mitigated", "--as-of", "2026-01-12"], { cwd: dir }).code).toBe(0);
    expect(runCli(["set", "users", "current=42", "--as-of", "2026-01-12"], { cwd: dir }).code).toBe(0);
    expect(read(dir)).toBe(
      ROADMAP.replace("probability: medium, impact: high }", "probability: 0.3, impact: high, status: mitigated }").replace("current: 10,", "current: 42,"),
    );
  });

  it.each([
    [
      "an unknown status",
      "status=finished",
      /phases\[0\]\.status: expected one of todo, in-progress, done, blocked, cancelled; found "finished"\s+invalid-value/,
    ],
    ["progress over 100%", "progress=140%", /expected progress between 0% and 100% \(or 0\.\.1\), found "140%"\s+invalid-progress/],
    ["a span that is not one", "when=garbage", /expected a span: .*found "garbage"\s+invalid-span/],
    ["a date that does not exist", "due=2026-02-30", /"2026-02-30" is not a date/],
  ])("refuses %s with exit 1 and leaves the file byte for byte", (_name, pair, message) => {
    const dir = project({ "roadmap.yaml": ROADMAP });
    const before = readFileSync(join(dir, "roadmap.yaml"));
    const r = runCli(["set", "build", pair, "--as-of", "2026-01-12"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
    // At the item in the file as it is on disk (the key is new).
    expect(r.stderr).toMatch(/^roadmap\.yaml:6:5\s+error/);
    expect(r.stderr).toContain("roadmap: refused: nothing written to roadmap.yaml");
    expect(readFileSync(join(dir, "roadmap.yaml")).equals(before)).toBe(true);
    expect(leftovers(dir)).toEqual([]);
  });

  it("refuses an unknown id with the closest one (exit 1), and an unknown key or a missing = as usage errors (exit 2)", () => {
    const dir = project({ "roadmap.yaml": ROADMAP });
    const unknown = runCli(["set", "biuld", "status=done", "--as-of", "2026-01-12"], { cwd: dir });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('no item, risk or KPI has the id "biuld" (did you mean "build"?)');
    const key = runCli(["set", "build", "stauts=done"], { cwd: dir });
    expect(key.code).toBe(2);
    expect(key.stderr).toContain('roadmap: "stauts" is not a key set changes (did you mean "status"?)');
    const pair = runCli(["set", "build", "done"], { cwd: dir });
    expect(pair.code).toBe(2);
    expect(pair.stderr).toContain('expected key=value, found "done"');
    expect(runCli(["set", "build"], { cwd: dir }).code).toBe(2);
    expect(read(dir)).toBe(ROADMAP);
  });

  it("keeps CRLF line breaks, a byte order mark, the file's mode, and a symbolic link", () => {
    const crlf = `\uFEFF${ROADMAP.replace(/\n/g, "\r\n")}`;
    const dir = project({ "real/plan.yaml": crlf });
    chmodSync(join(dir, "real/plan.yaml"), 0o640);
    symlinkSync("real/plan.yaml", join(dir, "roadmap.yaml"));
    const r = runCli(["set", "ship", "owner=Zoë", "--as-of", "2026-01-12"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(lstatSync(join(dir, "roadmap.yaml")).isSymbolicLink()).toBe(true);
    expect(statSync(join(dir, "real/plan.yaml")).mode & 0o777).toBe(0o640);
    expect(read(dir, "real/plan.yaml")).toBe(crlf.replace("title: Ship it, after", "title: Ship it, owner: Zoë, after"));
  });

  it("refuses a read-only file, writing nothing (the atomic rename would get around its permissions)", () => {
    const dir = project({ "roadmap.yaml": ROADMAP });
    chmodSync(join(dir, "roadmap.yaml"), 0o444);
    const r = runCli(["set", "build", "status=done", "--as-of", "2026-01-12"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("roadmap: roadmap.yaml is read-only: nothing written\n");
    expect(read(dir)).toBe(ROADMAP);
    expect(statSync(join(dir, "roadmap.yaml")).mode & 0o777).toBe(0o444);
    expect(readdirSync(dir)).toEqual(["roadmap.yaml"]);
  });

  it("refuses a key without a value, writing nothing", () => {
    const dir = project({ "roadmap.yaml": ROADMAP });
    const r = runCli(["set", "build", "owner=  ", "--as-of", "2026-01-12"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("owner= has no value: expected owner=VALUE");
    expect(read(dir)).toBe(ROADMAP);
  });

  it("refuses a key given twice, writing nothing", () => {
    const dir = project({ "roadmap.yaml": ROADMAP });
    const r = runCli(["set", "build", "status=done", "status=todo", "--as-of", "2026-01-12"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"status" is given twice (status=done, status=todo): expected each key once');
    expect(read(dir)).toBe(ROADMAP);
  });

  it("refuses a file that is not UTF-8 rather than change bytes in it", () => {
    const bytes = Buffer.concat([Buffer.from("title: Caf"), Buffer.from([0xe9]), Buffer.from("\nphases:\n  - { id: a, title: A }\n")]);
    const dir = project({ "roadmap.yaml": bytes });
    const r = runCli(["set", "a", "status=done", "--as-of", "2026-01-12"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("roadmap.yaml is not UTF-8 text");
    expect(readFileSync(join(dir, "roadmap.yaml")).equals(bytes)).toBe(true);
  });
});

describe("roadmap done", () => {
  it("writes status: done and completed: the as-of date, and leaves an item already done alone", () => {
    const dir = project({ "roadmap.yaml": ROADMAP });
    const r = runCli(["done", "build", "--as-of", "2026-01-16"], { cwd: dir });
    expect(r).toMatchObject({ code: 0, stderr: "" });
    const expected = ROADMAP.replace("    title: Build it\n", "    title: Build it\n    status: done\n    completed: 2026-01-16\n");
    expect(read(dir)).toBe(expected);
    const again = runCli(["done", "build", "--as-of", "2026-02-02"], { cwd: dir });
    expect(again).toMatchObject({ code: 0, stdout: "roadmap.yaml: build: status is already done\n" });
    expect(read(dir)).toBe(expected);
  });

  it("refuses work done before what it comes after, writing none of the ids", () => {
    const dir = project({ "roadmap.yaml": ROADMAP });
    const r = runCli(["done", "ship", "--as-of", "2026-01-16"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/"ship" is done, but it comes after "build".*done-before-dependency/);
    expect(read(dir)).toBe(ROADMAP);
    // Both together are fine.
    expect(runCli(["done", "build", "ship", "--as-of", "2026-01-16"], { cwd: dir }).code).toBe(0);
    expect(read(dir)).toContain("{ id: ship, title: Ship it, status: done, completed: 2026-01-16, after: [build], duration: 1w }");
  });

  it("says when an id names a risk, not an item", () => {
    const dir = project({ "roadmap.yaml": ROADMAP });
    const r = runCli(["done", "slip", "--as-of", "2026-01-16"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no item has the id "slip" ("slip" is a risk)');
  });

  it("finds each id's roadmap under roadmaps/, and names the files when an id is in several", () => {
    const other =
      "title: Other\nstart: 2026-01-05\nphases:\n  - { id: docs, title: Docs, duration: 1d }\n  - { id: build, title: Build again, duration: 1d }\n";
    const dir = project({
      "roadmaps/launch.yaml": ROADMAP.replace("  - { id: ship", "  - { id: ship-it"),
      "roadmaps/other.yaml": other.replace("id: build", "id: package"),
    });
    const r = runCli(["done", "build", "docs", "--as-of", "2026-01-16"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("roadmaps/launch.yaml: build: status (none) → done");
    expect(r.stdout).toContain("roadmaps/other.yaml: docs: status (none) → done");
    expect(read(dir, "roadmaps/other.yaml")).toBe(
      other.replace("id: build", "id: package").replace("{ id: docs, title: Docs,", "{ id: docs, title: Docs, status: done, completed: 2026-01-16,"),
    );

    writeFileSync(join(dir, "roadmaps/other.yaml"), other);
    const both = runCli(["set", "build", "owner=ann", "--as-of", "2026-01-16"], { cwd: dir });
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('"build" is an id in 2 roadmaps (roadmaps/launch.yaml, roadmaps/other.yaml): pass --file to say which');
    expect(runCli(["set", "build", "owner=ann", "--file", "roadmaps/other.yaml", "--as-of", "2026-01-16"], { cwd: dir }).code).toBe(0);
    expect(read(dir, "roadmaps/other.yaml")).toContain("{ id: build, title: Build again, owner: ann, duration: 1d }");

    const missing = runCli(["set", "dosc", "owner=ann", "--as-of", "2026-01-16"], { cwd: dir });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no roadmap under roadmaps/ has the id "dosc" (did you mean "docs"?)');

    writeFileSync(join(dir, "roadmaps/broken.yaml"), "title: [\n");
    const broken = runCli(["set", "nowhere", "owner=ann", "--as-of", "2026-01-16"], { cwd: dir });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('no roadmap under roadmaps/ has the id "nowhere"; roadmaps/broken.yaml does not load (see roadmap lint)');
  });
});

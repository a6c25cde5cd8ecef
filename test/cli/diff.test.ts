import { existsSync, rmSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseRoadmap } from "../../src/index.js";
import { isoToDay } from "../../src/plan/day-number.js";
import { planRoadmap } from "../../src/plan/plan-roadmap.js";
import type { Plan } from "../../src/plan/types.js";
import { WorkCalendar } from "../../src/plan/work-calendar.js";
import { GIT_ENV, makeRepo, type GitRepo } from "../git/git-repo.js";
import { BASE, HEAD } from "../git/platform-roadmap.js";
import { documentStructure } from "../render-markdown/document-structure.js";
import { lintMarkdown } from "../render-markdown/lint-markdown.js";
import { runCli } from "./run-cli.js";

const AS_OF = "2026-01-12";

function plan(text: string): Plan {
  const { roadmap } = parseRoadmap(text, { file: "r.yaml" });
  if (!roadmap) throw new Error("does not parse");
  return planRoadmap(roadmap, { asOf: AS_OF });
}

/** Workdays from `a` to `b` on the head plan's calendar, counted day by day (positive = later). */
function slip(head: Plan, a: string | null, b: string | null): number | null {
  if (a === null || b === null) return null;
  const cal = new WorkCalendar(head.roadmap.calendar);
  const [lo, hi] = a <= b ? [a, b] : [b, a];
  let n = 0;
  for (let d = isoToDay(lo) + 1; d <= isoToDay(hi); d++) if (cal.isWorkday(d)) n++;
  return a <= b ? n : -n;
}

interface JsonItem {
  id: string;
  changes: string[];
  startSlip: number | null;
  endSlip: number | null;
  before?: { start: string | null; end: string | null; status: string; title: string };
  after?: { start: string | null; end: string | null; status: string; title: string };
}

describe("roadmap diff against git", () => {
  let repo: GitRepo;
  const env = GIT_ENV;
  const cli = (...args: string[]) => runCli(args, { cwd: repo.dir, env });
  beforeAll(() => {
    repo = makeRepo();
    repo.write("roadmap.yaml", BASE);
    repo.commit("plan", "2026-01-02");
    repo.write("roadmap.yaml", HEAD); // uncommitted
  });
  afterAll(() => repo.cleanup());

  it("JSON: every change, slips equal to the planner's own dates counted on the head calendar", () => {
    const r = cli("diff", "--as-of", AS_OF, "--format", "json");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const [entry] = JSON.parse(r.stdout);
    const before = plan(BASE);
    const after = plan(HEAD);
    expect(entry).toMatchObject({
      file: "roadmap.yaml",
      status: "changed",
      asOf: AS_OF,
      base: { ref: "HEAD", finish: before.finish, bestCaseFinish: before.bestCaseFinish },
      head: { ref: "working tree", commit: null, finish: after.finish, bestCaseFinish: after.bestCaseFinish },
    });
    expect(entry.finishSlip).toBe(slip(after, before.finish, after.finish));
    expect(entry.finishSlip).toBeGreaterThan(0);
    expect(entry.bestCaseSlip).toBe(slip(after, before.bestCaseFinish, after.bestCaseFinish));
    const items = new Map<string, JsonItem>(entry.items.map((i: JsonItem) => [i.id, i]));
    // The slip runs from the API task through `after` (jwt) and the sequential phases to GA, the finish.
    for (const id of ["api", "jwt", "foundation", "rollout", "docs", "pilot", "ga"]) {
      const i = items.get(id)!;
      expect(i.changes, id).toContain("moved");
      const a = before.itemsById.get(id)!;
      const b = after.itemsById.get(id)!;
      expect(i.before).toMatchObject({ start: a.start, end: a.end });
      expect(i.after).toMatchObject({ start: b.start, end: b.end });
      expect(i.startSlip, id).toBe(slip(after, a.start, b.start));
      expect(i.endSlip, id).toBe(slip(after, a.end, b.end));
      expect(i.endSlip, id).toBeGreaterThan(0);
    }
    expect(items.get("ga")!.endSlip).toBe(entry.finishSlip);
    expect(items.get("ui")!.changes).toEqual(expect.arrayContaining(["status", "progress"]));
    expect(items.get("ui")!.after!.status).toBe("done");
    expect(items.get("sso")!.changes).toEqual(["added"]);
    expect(items.get("legacy-export")!.changes).toEqual(["removed"]);
    expect(items.get("cleanup")!.changes[0]).toBe("cancelled");
    expect(items.get("docs")!.changes).toEqual(expect.arrayContaining(["renamed", "moved"]));
    expect(items.get("docs")!.before!.title).toBe("Docs");
    expect(items.get("docs")!.after!.title).toBe("Documentation");
    // The moved pin: a later pinned window, counted the same way.
    const review = items.get("review")!;
    expect(review.changes).toContain("moved");
    expect(review.endSlip).toBe(slip(after, before.itemsById.get("review")!.end, after.itemsById.get("review")!.end));
    expect(review.endSlip).toBe(5);
    // Largest slip first.
    const moved = entry.items.filter((i: JsonItem) => i.changes.includes("moved")).map((i: JsonItem) => i.endSlip ?? -Infinity);
    expect(moved).toEqual([...moved].sort((x: number, y: number) => y - x));
    expect(entry.risks.map((x: { id: string; changes: string[] }) => [x.id, x.changes])).toEqual([["vendor", ["rescored"]]]);
    expect(entry.kpis.map((x: { id: string; changes: string[] }) => [x.id, x.changes])).toEqual([["latency", ["current"]]]);
    expect(entry.budgets.map((x: { id: string; changes: string[] }) => [x.id, x.changes])).toEqual([["cloud", ["totals"]]]);
    expect(entry.criticalPath).toEqual({
      entered: after.criticalPath.filter((id) => !before.criticalPath.includes(id)),
      left: before.criticalPath.filter((id) => !after.criticalPath.includes(id)),
    });
  });

  it("text: the headline first, then the moved items", () => {
    const r = cli("diff", "--as-of", AS_OF, "--no-color");
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe("Platform rewrite");
    expect(lines[2]).toMatch(/^The finish slips \d+ workdays, 2026-\d\d-\d\d → 2026-\d\d-\d\d/);
    expect(r.stdout).toMatch(/Moved, latest slip first/);
    expect(r.stdout).toMatch(/Renamed \(1\)\n {2}docs: Docs → Documentation/);
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it("Markdown: the headline, then tables; passes markdownlint", async () => {
    const r = cli("diff", "--as-of", AS_OF, "--format", "md");
    expect(r.code).toBe(0);
    const s = documentStructure(r.stdout);
    const [before, after] = [plan(BASE), plan(HEAD)];
    const criticalChanged = before.criticalPath.join() !== after.criticalPath.join();
    expect(s.headings.map((h) => `${h.level} ${h.text}`)).toEqual([
      "1 Roadmap changes against HEAD",
      "2 Platform rewrite",
      "3 Moved",
      "3 Added",
      "3 Removed",
      "3 Cancelled",
      "3 Renamed",
      "3 Status and progress",
      ...(criticalChanged ? ["3 Critical path"] : []),
      "3 Risks",
      "3 KPIs",
      "3 Budgets",
    ]);
    expect(r.stdout).toMatch(/^\*\*The finish slips \d+ workdays/m);
    for (const rows of s.tables) for (const cells of rows) expect(cells).toBe(rows[0]);
    const { findings } = await lintMarkdown({ "diff.md": r.stdout });
    expect(findings).toEqual([]);
  });

  it("--fail-on-slip: exit 1 over the limit, 0 within it", () => {
    const slipped = JSON.parse(cli("diff", "--as-of", AS_OF, "-f", "json").stdout)[0].finishSlip as number;
    const over = cli("diff", "--as-of", AS_OF, "--fail-on-slip", String(slipped - 1));
    expect(over.code).toBe(1);
    expect(over.stderr).toBe(`roadmap: the finish slips by more than ${slipped - 1} workdays\n`);
    expect(cli("diff", "--as-of", AS_OF, "--fail-on-slip", String(slipped)).code).toBe(0);
    expect(cli("diff", "--as-of", AS_OF, "--fail-on-slip", "many")).toMatchObject({ code: 2 });
  });

  it("--base REF: a committed version against another; the same text is unchanged", () => {
    repo.write("roadmap.yaml", HEAD);
    repo.commit("longer API", "2026-01-09");
    try {
      const r = cli("diff", "--as-of", AS_OF, "--base", "HEAD~1", "-f", "json");
      expect(r.code).toBe(0);
      const [entry] = JSON.parse(r.stdout);
      expect(entry).toMatchObject({ status: "changed", base: { ref: "HEAD~1", commit: repo.git("rev-parse", "HEAD~1").trim() } });
      const same = JSON.parse(cli("diff", "--as-of", AS_OF, "-f", "json").stdout)[0];
      expect(same).toMatchObject({ status: "unchanged", finishSlip: 0, items: [] });
    } finally {
      repo.git("reset", "-q", "--soft", "HEAD~1");
    }
  });

  it("a file new at the head is reported as new", () => {
    repo.write("roadmaps/new.yaml", BASE);
    try {
      const r = cli("diff", "--as-of", AS_OF, "-f", "json", "roadmaps/new.yaml");
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout)[0]).toMatchObject({ status: "new", base: { finish: null }, head: { finish: plan(BASE).finish }, items: [] });
      expect(cli("diff", "--as-of", AS_OF, "roadmaps/new.yaml").stdout).toContain("New roadmap: ");
    } finally {
      repo.remove("roadmaps/new.yaml");
    }
  });

  it("a head that does not parse: exit 1, its error on standard error; a file gone from the working tree is deleted", () => {
    repo.write("roadmap.yaml", `${HEAD}  - { oops\n`);
    try {
      const broken = cli("diff", "--as-of", AS_OF, "-f", "json");
      expect(broken.code).toBe(1);
      expect(JSON.parse(broken.stdout)[0]).toMatchObject({ status: "changed", head: { finish: null }, base: { finish: plan(BASE).finish }, items: [] });
      expect(broken.stderr).toMatch(/^roadmap: roadmap\.yaml does not parse: .+\n$/);
      repo.remove("roadmap.yaml");
      const gone = cli("diff", "--as-of", AS_OF, "-f", "json", "roadmap.yaml");
      expect(gone.code).toBe(0);
      expect(JSON.parse(gone.stdout)[0]).toMatchObject({ status: "deleted", base: { finish: plan(BASE).finish }, head: { finish: null, error: null } });
      const neither = cli("diff", "--as-of", AS_OF, "nowhere.yaml");
      expect(neither).toMatchObject({ code: 2, stdout: "" });
      expect(neither.stderr).toBe("roadmap: no such file: nowhere.yaml (not in the working tree, nor at HEAD)\n");
    } finally {
      repo.write("roadmap.yaml", HEAD);
    }
  });

  it.each([
    [["--base", "nope"], /^roadmap: unknown git ref "nope": no branch, tag or commit of that name\n$/],
    [["--base", "mian"], /^roadmap: unknown git ref "mian".*\(did you mean "main"\?\)\n$/],
    [["--base=-p"], /^roadmap: --base: "-p" is not a git ref: a ref cannot start with "-"\n$/],
    [["--base=--output=PWNED"], /^roadmap: --base: "--output=PWNED" is not a git ref: a ref cannot start with "-"\n$/],
    [["--base", ""], /^roadmap: --base: the git ref is empty/],
  ])("a bad ref %j: exit 2, one line, no stack trace", (args, message) => {
    const r = cli("diff", "--as-of", AS_OF, ...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(repo.dir, "PWNED"))).toBe(false);
  });

  it("a shallow clone: a ref it lacks gets one line saying how to fetch it", () => {
    const dir = mkdtempSync(join(tmpdir(), "roadmap-shallow-"));
    try {
      repo.write("roadmap.yaml", HEAD);
      repo.commit("second", "2026-01-09");
      execFileSync("git", ["clone", "-q", "--depth=1", `file://${repo.dir}`, dir], { env: { ...process.env, ...GIT_ENV } });
      const r = runCli(["diff", "--as-of", AS_OF, "--base", "origin/release"], { cwd: dir, env });
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(
        'roadmap: git ref "origin/release" is not in this shallow clone: fetch it (git fetch --depth=50 origin release) or check out the whole history (actions/checkout with fetch-depth: 0)\n',
      );
      const parent = runCli(["diff", "--as-of", AS_OF, "--base", "HEAD~1"], { cwd: dir, env });
      expect(parent.stderr).toMatch(/^roadmap: git ref "HEAD~1" is not in this shallow clone: fetch it \(git fetch --deepen=50\)/);
    } finally {
      repo.git("reset", "-q", "--soft", "HEAD~1");
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("outside a git repository: exit 2, one line", () => {
    const dir = mkdtempSync(join(tmpdir(), "roadmap-nogit-"));
    try {
      execFileSync("cp", [join(repo.dir, "roadmap.yaml"), dir]);
      const r = runCli(["diff", "--as-of", AS_OF], { cwd: dir, env: { ...env, GIT_CEILING_DIRECTORIES: tmpdir() } });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^roadmap: .* is not in a git repository\n$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseRoadmap } from "../../src/index.js";
import { planRoadmap } from "../../src/plan/plan-roadmap.js";
import { GIT_ENV, makeRepo, type GitRepo } from "../git/git-repo.js";
import { BASE, HEAD } from "../git/platform-roadmap.js";
import { documentStructure } from "../render-markdown/document-structure.js";
import { lintMarkdown } from "../render-markdown/lint-markdown.js";
import { runCli } from "./run-cli.js";

const BROKEN = `${BASE}  - { id: oops\n`;

/** The versions committed, oldest first: [date, subject, text or null when it does not parse]. */
const VERSIONS: [string, string, string | null][] = [
  ["2026-01-02", "first plan", BASE],
  ["2026-01-09", "API takes longer", HEAD],
  ["2026-01-12", "half an edit", null],
  ["2026-01-13", "fix the YAML", HEAD.replace("duration: 8d", "duration: 10d")],
];

describe("roadmap history against git", () => {
  let repo: GitRepo;
  const commits: string[] = [];
  const cli = (...args: string[]) => runCli(args, { cwd: repo.dir, env: GIT_ENV });
  beforeAll(() => {
    repo = makeRepo();
    for (const [date, subject, text] of VERSIONS) {
      repo.write("plans/platform.yaml", text ?? BROKEN);
      commits.push(repo.commit(subject, date));
    }
    repo.move("plans/platform.yaml", "roadmap.yaml");
    commits.push(repo.commit("move to the root", "2026-01-14"));
    repo.write("roadmap.yaml", BASE); // uncommitted: not part of the history
  });
  afterAll(() => repo.cleanup());

  it("JSON: every committed version through the rename, each planned as of its commit date; the broken one reported", () => {
    const r = cli("history", "--format", "json");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const data = JSON.parse(r.stdout);
    expect(data.file).toBe("roadmap.yaml");
    const texts = [...VERSIONS.map((v) => v[2]), VERSIONS[3][2]];
    const dates = [...VERSIONS.map((v) => v[0]), "2026-01-14"];
    expect(data.versions.map((v: { commit: string }) => v.commit)).toEqual(commits);
    data.versions.forEach((v: Record<string, unknown>, i: number) => {
      expect(v.date).toBe(dates[i]);
      const text = texts[i];
      if (text === null) {
        expect(v).toMatchObject({ finish: null, progress: null, items: null });
        expect(v.error).toMatch(/./);
        return;
      }
      const plan = planRoadmap(parseRoadmap(text, { file: "r.yaml" }).roadmap!, { asOf: dates[i] });
      expect(v).toMatchObject({
        finish: plan.finish,
        bestCaseFinish: plan.bestCaseFinish,
        expectedProgress: Math.round(plan.expectedProgress * 10000) / 10000,
        items: plan.items.length,
        done: plan.items.filter((x) => x.status === "done").length,
        error: null,
      });
    });
    const ga = data.milestones.find((m: { id: string }) => m.id === "ga");
    expect(ga.title).toBe("General availability");
    expect(ga.dates.map((d: { commit: string }) => d.commit)).toEqual([commits[0], commits[1], commits[3], commits[4]]);
    expect(ga.dates.map((d: { planned: string }) => d.planned)).toEqual(
      [0, 1, 3, 3].map(
        (i, k) =>
          planRoadmap(parseRoadmap(texts[i]!, { file: "r.yaml" }).roadmap!, { asOf: [dates[0], dates[1], dates[3], dates[4]][k] }).itemsById.get("ga")!.end,
      ),
    );
    expect(data.milestones.map((m: { id: string }) => m.id)).toEqual(["foundation", "rollout", "ga"]);
  });

  it("--max-count and --since pick the newest versions", () => {
    const newest = JSON.parse(cli("history", "-f", "json", "--max-count", "2").stdout);
    expect(newest.versions.map((v: { commit: string }) => v.commit)).toEqual(commits.slice(3));
    const since = JSON.parse(cli("history", "-f", "json", "--since", "2026-01-12").stdout);
    expect(since.versions.map((v: { commit: string }) => v.commit)).toEqual(commits.slice(2));
    expect(cli("history", "--since", "2026-02-30")).toMatchObject({ code: 2 });
    expect(cli("history", "--max-count", "0")).toMatchObject({ code: 2 });
  });

  it("text: headline, versions and milestone trend", () => {
    const r = cli("history", "--no-color");
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe("Platform rewrite");
    expect(lines[2]).toMatch(/^5 versions, 2026-01-02 to 2026-01-14: the finish slipped \d+ workdays, .* 1 version does not parse\.$/);
    // The broken version keeps its row (and the table its columns); why it does not parse is said under the table.
    const broken = commits[2].slice(0, 7);
    expect(lines.find((l) => l.includes(broken) && l.includes("2026-01-12"))).toMatch(/ {2}— {11}— .* does not/);
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^  ${broken} does not parse: \\S`)));
    expect(lines.find((l) => l.trim().startsWith("date"))).toMatch(/progress .*subject$/);
    expect(r.stdout).toMatch(/Milestone trend\n/);
  });

  it("Markdown passes markdownlint, every table rectangular", async () => {
    const r = cli("history", "-f", "md");
    expect(r.code).toBe(0);
    const s = documentStructure(r.stdout);
    expect(s.headings.map((h) => `${h.level} ${h.text}`)).toEqual(["1 Platform rewrite: the plan over time", "2 Versions", "2 Milestone trend"]);
    for (const rows of s.tables) for (const cells of rows) expect(cells).toBe(rows[0]);
    expect(s.tables.map((t) => t.length)).toEqual([6, 4]);
    expect((await lintMarkdown({ "history.md": r.stdout })).findings).toEqual([]);
  });

  it("render --format html --history adds the charts; --history with another format is a usage error", () => {
    const r = cli("render", "-f", "html", "--history", "--as-of", "2026-01-14");
    expect(r.code).toBe(0);
    // The plan over time is in English whatever the report's language, and says so.
    expect(r.stdout).toContain('<section id="history" class="section" lang="en">');
    expect(r.stdout.match(/<svg class="history-svg" role="img"/g)).toHaveLength(2);
    const md = cli("render", "-f", "md", "--history");
    expect(md).toMatchObject({ code: 2, stdout: "" });
    expect(md.stderr).toBe("roadmap: --history adds charts to the HTML report: use it with --format html, not md\n");
  });

  it("one roadmap only; outside a repository exit 2 with one line", () => {
    repo.write("roadmaps/a.yaml", BASE);
    repo.write("roadmaps/b.yaml", BASE);
    try {
      const several = cli("history", "roadmaps");
      expect(several.code).toBe(2);
      expect(several.stderr).toMatch(/^roadmap: history reads one roadmap; 2 found/);
    } finally {
      rmSync(join(repo.dir, "roadmaps"), { recursive: true });
    }
    const dir = mkdtempSync(join(tmpdir(), "roadmap-nogit-"));
    try {
      writeFileSync(join(dir, "roadmap.yaml"), BASE);
      const r = runCli(["history"], { cwd: dir, env: { ...GIT_ENV, GIT_CEILING_DIRECTORIES: tmpdir() } });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^roadmap: .* is not in a git repository\n$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("a roadmap never committed has no versions yet", () => {
    repo.write("fresh.yaml", BASE);
    try {
      const r = cli("history", "fresh.yaml", "-f", "json");
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout)).toMatchObject({ file: "fresh.yaml", versions: [], milestones: [] });
      expect(cli("history", "fresh.yaml").stdout).toContain("No committed version yet.");
    } finally {
      repo.remove("fresh.yaml");
    }
  });
});

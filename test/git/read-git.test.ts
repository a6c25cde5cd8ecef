import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import { GitError, readRoadmapAt, readRoadmapHistory, checkRef } from "../../src/node/index.js";
import { makeRepo, type GitRepo } from "./git-repo.js";

const V1 = "title: Plan\nstart: 2026-01-05\nphases:\n  - { id: a, title: A, duration: 1w }\n";
const V2 = V1.replace("1w", "2w");
const BROKEN = "title: Plan\nphases:\n  - { id: a, title: A, duration: 1w }\n   bad: [\n";
const V3 = V1.replace("title: A,", "title: Alpha,");

describe("reading roadmaps from git", () => {
  let repo: GitRepo;
  const commits: string[] = [];
  beforeAll(() => {
    repo = makeRepo();
    repo.write("plans/roadmap.yaml", V1);
    repo.write("other.txt", "x");
    commits.push(repo.commit("first plan", "2026-01-02"));
    repo.write("plans/roadmap.yaml", V2);
    commits.push(repo.commit("API takes longer", "2026-01-09"));
    repo.write("other.txt", "y");
    repo.commit("unrelated", "2026-01-10");
    repo.write("plans/roadmap.yaml", BROKEN);
    commits.push(repo.commit("broken", "2026-01-12"));
    repo.write("plans/roadmap.yaml", V2);
    commits.push(repo.commit("fixed", "2026-01-13"));
    repo.move("plans/roadmap.yaml", "roadmaps/platform.yaml");
    commits.push(repo.commit("move to roadmaps/", "2026-01-14"));
    repo.write("roadmaps/platform.yaml", V3);
    commits.push(repo.commit("retitle", "2026-01-16"));
    repo.write("roadmaps/platform.yaml", `${V3}# uncommitted\n`);
  });
  afterAll(() => repo.cleanup());

  it("readRoadmapAt parses the committed version, not the working tree", async () => {
    const file = join(repo.dir, "roadmaps/platform.yaml");
    const head = await readRoadmapAt("HEAD", file);
    expect(head).toMatchObject({ commit: commits[5], missing: false });
    expect(head.roadmap?.items[0].title).toBe("Alpha");
    const old = await readRoadmapAt(commits[1], join(repo.dir, "plans/roadmap.yaml"));
    expect(old.roadmap?.items[0].duration?.text).toBe("2w");
    const missing = await readRoadmapAt("HEAD~3", file);
    expect(missing.commit).toBe(commits[2]);
    expect(missing.missing).toBe(true);
    expect(missing.roadmap).toBeUndefined();
    expect(missing.diagnostics[0]).toMatchObject({ code: "file-not-found" });
  });

  it.each([
    ["-x", "bad-ref", /cannot start with "-"/],
    ["--output=/tmp/pwned", "bad-ref", /cannot start with "-"/],
    ["", "bad-ref", /empty/],
    ["a b", "bad-ref", /space or a control/],
    ["mian", "unknown-ref", /unknown git ref "mian".*did you mean "main"/],
    ["v9.9.9", "unknown-ref", /unknown git ref "v9\.9\.9"/],
  ])("refuses the ref %j (%s)", async (ref, kind, message) => {
    const error = await readRoadmapAt(ref, join(repo.dir, "roadmaps/platform.yaml")).catch((e) => e);
    expect(error).toBeInstanceOf(GitError);
    expect(error).toMatchObject({ kind });
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain("\n");
  });

  it("checkRef lets ordinary names through", () => {
    for (const ref of ["HEAD", "origin/main", "v1.2.0", "HEAD~2", "a1b2c3d", "feature/x@{1}"]) expect(checkRef(ref)).toBe(ref);
  });

  it("readRoadmapHistory: every version oldest first, through the rename, broken one kept", async () => {
    const history = await readRoadmapHistory(join(repo.dir, "roadmaps/platform.yaml"));
    expect(history.shallow).toBe(false);
    expect(history.count).toBe(6);
    const versions = [...history.versions];
    expect(versions.map((v) => [v.commit, v.date, v.subject])).toEqual([
      [commits[0], "2026-01-02", "first plan"],
      [commits[1], "2026-01-09", "API takes longer"],
      [commits[2], "2026-01-12", "broken"],
      [commits[3], "2026-01-13", "fixed"],
      [commits[4], "2026-01-14", "move to roadmaps/"],
      [commits[5], "2026-01-16", "retitle"],
    ]);
    expect(versions.map((v) => v.roadmap?.items[0].title ?? null)).toEqual(["A", "A", null, "A", "A", "Alpha"]);
    expect(versions[2].error).toMatch(/./);
    // Iterating again parses again, to the same roadmaps.
    expect([...history.versions].map((v) => v.roadmap?.items[0].title ?? null)).toEqual(versions.map((v) => v.roadmap?.items[0].title ?? null));
    const limited = await readRoadmapHistory(join(repo.dir, "roadmaps/platform.yaml"), { maxCount: 2, since: "2026-01-01" });
    expect([...limited.versions].map((v) => v.commit)).toEqual([commits[4], commits[5]]);
    const since = await readRoadmapHistory(join(repo.dir, "roadmaps/platform.yaml"), { since: "2026-01-13" });
    expect([...since.versions].map((v) => v.commit)).toEqual([commits[3], commits[4], commits[5]]);
  });

  it("a shallow clone: an unknown ref says how to fetch it, and the history says it is shallow", async () => {
    const { execFileSync } = await import("node:child_process");
    const { mkdtempSync, rmSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const dir = mkdtempSync(join(tmpdir(), "roadmap-shallow-"));
    try {
      execFileSync("git", ["clone", "-q", "--depth=1", "--no-single-branch", `file://${repo.dir}`, dir], { env: { ...process.env, GIT_CONFIG_NOSYSTEM: "1" } });
      const file = join(dir, "roadmaps/platform.yaml");
      const error = await readRoadmapAt("HEAD~2", file).catch((e) => e);
      expect(error).toMatchObject({ kind: "unknown-ref" });
      expect(error.message).toMatch(/shallow clone.*git fetch --deepen=50.*fetch-depth: 0/);
      const branch = await readRoadmapAt("origin/release", file).catch((e) => e);
      expect(branch.message).toContain("git fetch --depth=50 origin release");
      const history = await readRoadmapHistory(file);
      expect(history).toMatchObject({ shallow: true });
      expect([...history.versions].map((v) => v.commit)).toEqual([commits[5]]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("a repository without commits: the ref does not exist yet, in one line", async () => {
    const empty = makeRepo("roadmap-empty-");
    try {
      empty.write("r.yaml", V1);
      const error = await readRoadmapAt("HEAD", join(empty.dir, "r.yaml")).catch((e) => e);
      expect(error).toMatchObject({
        kind: "unknown-ref",
        message: 'git ref "HEAD" does not exist: the repository has no commits yet (commit the roadmap first)',
      });
      expect(await readRoadmapHistory(join(empty.dir, "r.yaml"))).toMatchObject({ count: 0, shallow: false });
    } finally {
      empty.cleanup();
    }
  });

  it("outside a repository: a GitError saying so", async () => {
    const outside = makeRepo("roadmap-nogit-");
    outside.git("init", "-q"); // keep the helper happy, then remove the repository
    const { rmSync } = await import("node:fs");
    rmSync(join(outside.dir, ".git"), { recursive: true, force: true });
    outside.write("r.yaml", V1);
    const error = await readRoadmapAt("HEAD", join(outside.dir, "r.yaml")).catch((e) => e);
    outside.cleanup();
    expect(error).toMatchObject({ kind: "not-a-repository" });
  });
});

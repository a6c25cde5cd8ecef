import type { Diagnostic } from "../../diagnostics.js";
import { parseRoadmap, type ParseResult } from "../../load/parse-roadmap.js";
import { MAX_FILE_BYTES } from "../load-roadmap.js";
import { gitPlace } from "./git-place.js";
import { resolveCommit } from "./resolve-commit.js";
import { runGit } from "./run-git.js";

export interface RoadmapAtRef extends ParseResult {
  /** The commit the ref names. */
  commit: string;
  /** True when the file does not exist in that commit (the diagnostics say so too). */
  missing: boolean;
}

function problem(file: string, code: string, message: string): Diagnostic {
  return { code, severity: "error", message, file, path: [] };
}

/**
 * The roadmap `path` (a path in the working tree) as it is in the commit
 * `ref` names, parsed. Runs `git rev-parse`, `git ls-tree` and `git
 * cat-file` through `execFile` (no shell); the ref is checked and passed
 * after `--end-of-options`, the path after `--`. A file missing at that
 * commit is `missing` with a `file-not-found` diagnostic; a bad or unknown
 * ref, or no git repository, rejects with a GitError.
 */
export async function readRoadmapAt(ref: string, path: string): Promise<RoadmapAtRef> {
  const { cwd, relative } = await gitPlace(path);
  const commit = await resolveCommit(ref, cwd);
  const listed = (await runGit(["ls-tree", "-z", "--full-name", commit, "--", relative], { cwd })).toString("utf8");
  const entry = listed.split("\0").find((e) => e !== "");
  const match = entry ? /^\d+ (\w+) ([0-9a-f]+)\t/.exec(entry) : null;
  if (match?.[1] !== "blob") {
    const what = match ? `${path} is not a file at ${ref}` : `${path} does not exist at ${ref}`;
    return { commit, missing: true, diagnostics: [problem(path, match ? "not-a-file" : "file-not-found", what)] };
  }
  const size = Number((await runGit(["cat-file", "-s", match[2]], { cwd })).toString("utf8").trim());
  if (size > MAX_FILE_BYTES) {
    return {
      commit,
      missing: false,
      diagnostics: [
        problem(
          path,
          "file-too-large",
          `${path} at ${ref} is ${(size / 1048576).toFixed(1)} MiB: roadmap files are limited to ${MAX_FILE_BYTES / 1048576} MiB`,
        ),
      ],
    };
  }
  const blob = await runGit(["cat-file", "blob", match[2]], { cwd });
  const text = new TextDecoder("utf-8", { fatal: false }).decode(blob);
  return { commit, missing: false, ...parseRoadmap(text, { file: path }) };
}

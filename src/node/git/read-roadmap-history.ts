import type { HistoryInput } from "../../compare/types.js";
import { parseRoadmap } from "../../load/parse-roadmap.js";
import { MAX_FILE_BYTES } from "../load-roadmap.js";
import { gitPlace } from "./git-place.js";
import { logFile, type LogOptions } from "./log-file.js";
import { readBlobs } from "./read-blobs.js";
import { runGit } from "./run-git.js";

export interface RoadmapHistory {
  /** Every committed version, oldest first, parsed (or with the error that stopped it), ready for `planHistory`. */
  versions: HistoryInput[];
  /** The repository is a shallow clone: older versions may be missing. */
  shallow: boolean;
}

/**
 * Every committed version of the roadmap `path` in the history of HEAD,
 * following renames (`git log --follow`), oldest first: commit, committer
 * date, subject, and the file parsed. A version that does not parse keeps
 * its first error; commits that delete the file are left out. All versions
 * are read in one `git cat-file --batch`. Runs git through `execFile` with
 * the path after `--`.
 */
export async function readRoadmapHistory(path: string, options: LogOptions = {}): Promise<RoadmapHistory> {
  const { cwd, relative } = await gitPlace(path);
  const prefix = (await runGit(["rev-parse", "--show-prefix"], { cwd })).toString("utf8").trim();
  const shallow = (await runGit(["rev-parse", "--is-shallow-repository"], { cwd })).toString("utf8").trim() === "true";
  // An empty repository has no HEAD to walk: no versions yet.
  const hasHead = await runGit(["rev-parse", "--verify", "--quiet", "HEAD^{commit}"], { cwd }).then(
    () => true,
    () => false,
  );
  if (!hasHead) return { versions: [], shallow };
  const commits = (await logFile(relative, prefix + relative, cwd, options)).filter((c) => !c.deleted).reverse();
  const readable = commits.filter((c) => c.blob !== null || !c.path.includes("\n"));
  const blobs = await readBlobs(
    readable.map((c) => c.blob ?? `${c.commit}:${c.path}`),
    cwd,
  );
  const byCommit = new Map(readable.map((c, i) => [c, blobs[i]]));
  const decoder = new TextDecoder("utf-8", { fatal: false });
  const versions = commits.map((c): HistoryInput => {
    const base = { commit: c.commit, date: c.date, subject: c.subject };
    const blob = byCommit.get(c) ?? null;
    if (blob === null) return { ...base, error: `cannot read ${c.path} at ${c.commit.slice(0, 7)}` };
    if (blob.length > MAX_FILE_BYTES) return { ...base, error: `${c.path} is ${(blob.length / 1048576).toFixed(1)} MiB at ${c.commit.slice(0, 7)}: roadmap files are limited to ${MAX_FILE_BYTES / 1048576} MiB` };
    const parsed = parseRoadmap(decoder.decode(blob), { file: c.path });
    const firstError = parsed.diagnostics.find((d) => d.severity === "error");
    if (!parsed.roadmap) return { ...base, error: firstError?.message ?? "the roadmap does not parse" };
    return { ...base, roadmap: parsed.roadmap };
  });
  return { versions, shallow };
}

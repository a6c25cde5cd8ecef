import type { HistoryInput } from "../../compare/types.js";
import { parseRoadmap, type ParseResult } from "../../load/parse-roadmap.js";
import { MAX_FILE_BYTES } from "../load-roadmap.js";
import { gitPlace } from "./git-place.js";
import { logFile, type FileCommit, type LogOptions } from "./log-file.js";
import { readBlobs } from "./read-blobs.js";
import { runGit } from "./run-git.js";

export interface RoadmapHistory {
  /**
   * Every committed version, oldest first, ready for `planHistory`: each
   * parsed (or with the error that stopped it) when the iteration reaches
   * it, so a long history is never held parsed all at once. Iterate it
   * again to parse again; spread it (`[...versions]`) for an array.
   */
  versions: Iterable<HistoryInput>;
  /** How many versions there are. */
  count: number;
  /** The repository is a shallow clone: older versions may be missing. */
  shallow: boolean;
}

/** Parses each version as it is reached; a content that comes back (a revert) is parsed once. */
function* parsedVersions(commits: readonly FileCommit[], blobs: ReadonlyMap<FileCommit, Buffer | null>): Generator<HistoryInput> {
  const decoder = new TextDecoder("utf-8", { fatal: false });
  const seen = new Map<string, number>();
  for (const c of commits) if (c.blob) seen.set(c.blob, (seen.get(c.blob) ?? 0) + 1);
  const kept = new Map<string, ParseResult>();
  for (const c of commits) {
    const base = { commit: c.commit, date: c.date, subject: c.subject };
    const blob = blobs.get(c) ?? null;
    if (blob === null) {
      yield { ...base, error: `cannot read ${c.path} at ${c.commit.slice(0, 7)}` };
      continue;
    }
    if (blob.length > MAX_FILE_BYTES) {
      yield {
        ...base,
        error: `${c.path} is ${(blob.length / 1048576).toFixed(1)} MiB at ${c.commit.slice(0, 7)}: roadmap files are limited to ${MAX_FILE_BYTES / 1048576} MiB`,
      };
      continue;
    }
    const repeated = c.blob !== null && (seen.get(c.blob) ?? 0) > 1 ? c.blob : null;
    let parsed = repeated !== null ? kept.get(repeated) : undefined;
    if (!parsed) {
      parsed = parseRoadmap(decoder.decode(blob), { file: c.path });
      if (repeated !== null) kept.set(repeated, parsed);
    }
    const firstError = parsed.diagnostics.find((d) => d.severity === "error");
    yield parsed.roadmap ? { ...base, roadmap: parsed.roadmap } : { ...base, error: firstError?.message ?? "the roadmap does not parse" };
  }
}

/**
 * Every committed version of the roadmap `path` in the history of HEAD,
 * following renames (`git log --follow`), oldest first: commit, committer
 * date, subject, and the file parsed. A version that does not parse keeps
 * its first error; commits that delete the file are left out. All versions
 * are read in one `git cat-file --batch`, and parsed as they are iterated.
 * Runs git through `execFile` with the path after `--`.
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
  if (!hasHead) return { versions: [], count: 0, shallow };
  const commits = (await logFile(relative, prefix + relative, cwd, options)).filter((c) => !c.deleted).reverse();
  // A path with a line break cannot be named in the batch; only a blob id can (merges have none).
  const readable = commits.filter((c) => c.blob !== null || !c.path.includes("\n"));
  const blobs = await readBlobs(
    readable.map((c) => c.blob ?? `${c.commit}:${c.path}`),
    cwd,
  );
  const byCommit = new Map(readable.map((c, i) => [c, blobs[i]]));
  return { versions: { [Symbol.iterator]: () => parsedVersions(commits, byCommit) }, count: commits.length, shallow };
}

import { GitError } from "./git-error.js";
import { runGit } from "./run-git.js";

/** One commit that changed a file. */
export interface FileCommit {
  commit: string;
  /** Committer date, YYYY-MM-DD in the committer's time zone. */
  date: string;
  subject: string;
  /** The file's path at that commit, relative to the repository root. */
  path: string;
  /** The file's blob id at that commit; null when the log does not give it (some merges). */
  blob: string | null;
  /** The commit deletes the file. */
  deleted: boolean;
}

export interface LogOptions {
  /** At most this many commits, the newest. */
  maxCount?: number;
  /** Only commits on or after this date (YYYY-MM-DD). */
  since?: string;
}

const RECORD = "\u001e";
const FIELD = "\u001f";
const NO_BLOB = /^0+$/;

/**
 * The commits of HEAD that changed `relative` (a path relative to `cwd`),
 * newest first, following renames: `git log --follow --raw -z`, each with
 * the file's path and blob id at that commit. `rootPath` is the file's path
 * from the repository root, used for commits that list no change (merges).
 */
export async function logFile(relative: string, rootPath: string, cwd: string, options: LogOptions = {}): Promise<FileCommit[]> {
  const args = ["log", "--follow", "--no-abbrev", "--raw", "--diff-merges=first-parent", "-z", `--format=${RECORD}%H${FIELD}%cs${FIELD}%s`];
  if (options.maxCount !== undefined) args.push(`--max-count=${options.maxCount}`);
  if (options.since !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(options.since)) throw new GitError("failed", `--since takes a date, YYYY-MM-DD, not "${options.since}"`);
    args.push(`--since=${options.since}T00:00:00`);
  }
  args.push("--", relative);
  const out = (await runGit(args, { cwd })).toString("utf8");
  const commits: FileCommit[] = [];
  // The path the file has in the commits still to read (older ones), changed by each rename.
  let current = rootPath;
  for (const record of out.split(RECORD)) {
    if (record === "") continue;
    const headerEnd = record.indexOf("\0");
    const header = headerEnd < 0 ? record : record.slice(0, headerEnd);
    const [commit, date, subject = ""] = header.split(FIELD);
    if (!/^[0-9a-f]{40,64}$/.test(commit ?? "")) continue;
    const tokens =
      headerEnd < 0
        ? []
        : record
            .slice(headerEnd + 1)
            .replace(/^\n/, "")
            .split("\0");
    const raw = tokens.findIndex((t) => t.startsWith(":"));
    if (raw < 0) {
      commits.push({ commit, date, subject, path: current, blob: null, deleted: false });
      continue;
    }
    // `:oldmode newmode oldblob newblob STATUS`, then the path, or old and new paths for a rename or copy.
    const [, , , newBlob, status = ""] = tokens[raw].slice(1).split(" ");
    const renamed = status.startsWith("R") || status.startsWith("C");
    const path = renamed ? tokens[raw + 2] : tokens[raw + 1];
    const deleted = status === "D" || NO_BLOB.test(newBlob ?? "");
    commits.push({ commit, date, subject, path: path ?? current, blob: deleted ? null : newBlob, deleted });
    if (renamed && tokens[raw + 1]) current = tokens[raw + 1];
    else if (path) current = path;
  }
  return commits;
}

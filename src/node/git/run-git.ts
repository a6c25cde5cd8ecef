import { execFile } from "node:child_process";
import { GitError } from "./git-error.js";

/** Largest output read from one git command (a log, or every version of a roadmap in one batch). */
const MAX_OUTPUT = 1024 * 1024 * 1024;

export interface RunGitOptions {
  cwd: string;
  /** Written to git's standard input. */
  input?: string;
}

/** The first line git wrote to standard error, without its `fatal: ` or `error: ` prefix. */
function firstLine(stderr: string): string {
  const line = stderr.split("\n").find((l) => l.trim() !== "") ?? "";
  return line.replace(/^(fatal|error): /, "").trim();
}

/**
 * Runs the `git` executable (never a shell) with `args` in `cwd` and returns
 * its standard output. Settings that would change what these commands print
 * (signatures in the log, a pager, colour, paths in quotes) are turned off.
 * Rejects with a GitError: `not-installed`, `not-a-repository`, or `failed`
 * with git's own first line.
 */
export function runGit(args: readonly string[], options: RunGitOptions): Promise<Buffer> {
  const fixed = ["-c", "log.showSignature=false", "-c", "core.quotePath=false", "-c", "color.ui=false", "--no-pager"];
  return new Promise((resolve, reject) => {
    const child = execFile(
      "git",
      [...fixed, ...args],
      { cwd: options.cwd, encoding: "buffer", maxBuffer: MAX_OUTPUT, windowsHide: true, env: { ...process.env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" } },
      (error, stdout, stderr) => {
        if (!error) return resolve(stdout);
        const code = (error as NodeJS.ErrnoException).code;
        if (code === "ENOENT") return reject(new GitError("not-installed", "git not found: this command runs the git executable, which is not on the PATH"));
        const message = firstLine(stderr.toString("utf8"));
        if (/not a git repository/i.test(message)) return reject(new GitError("not-a-repository", `${options.cwd} is not in a git repository`));
        reject(new GitError("failed", `git ${args[0]} failed: ${message || (error as Error).message}`));
      },
    );
    if (options.input !== undefined) child.stdin?.end(options.input);
  });
}

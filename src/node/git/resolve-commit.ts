import { didYouMean } from "../../suggest.js";
import { checkRef, printable } from "./check-ref.js";
import { GitError } from "./git-error.js";
import { runGit } from "./run-git.js";

/** The branch part of a ref for `git fetch origin BRANCH`: `origin/main` → `main`. */
function fetchName(ref: string): string {
  return ref
    .replace(/^refs\/remotes\/[^/]+\//, "")
    .replace(/^refs\/heads\//, "")
    .replace(/^origin\//, "");
}

async function isShallow(cwd: string): Promise<boolean> {
  const out = await runGit(["rev-parse", "--is-shallow-repository"], { cwd }).catch(() => Buffer.from(""));
  return out.toString("utf8").trim() === "true";
}

async function refNames(cwd: string): Promise<string[]> {
  const out = await runGit(["for-each-ref", "--format=%(refname:short)", "refs/heads", "refs/remotes", "refs/tags"], { cwd }).catch(() => Buffer.from(""));
  return out.toString("utf8").split("\n").filter(Boolean);
}

/**
 * The commit id `ref` names in the repository around `cwd`. The ref is
 * checked (`checkRef`) and passed after `--end-of-options`. An unknown ref
 * is a GitError in one line: in a shallow clone, how to fetch it; otherwise
 * the closest branch or tag name.
 */
export async function resolveCommit(ref: string, cwd: string): Promise<string> {
  checkRef(ref);
  let out: Buffer;
  try {
    out = await runGit(["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`], { cwd });
  } catch (error) {
    if (!(error instanceof GitError) || error.kind !== "failed") throw error;
    const shown = printable(ref);
    if (await isShallow(cwd)) {
      // A relative ref (HEAD~3) needs more of the current history; a name, that branch, tag or commit.
      const fetch = /[~^]/.test(ref) ? "git fetch --deepen=50" : `git fetch --depth=50 origin ${fetchName(shown)}`;
      throw new GitError(
        "unknown-ref",
        `git ref "${shown}" is not in this shallow clone: fetch it (${fetch}) or check out the whole history (actions/checkout with fetch-depth: 0)`,
      );
    }
    const names = await refNames(cwd);
    if (names.length === 0)
      throw new GitError("unknown-ref", `git ref "${shown}" does not exist: the repository has no commits yet (commit the roadmap first)`);
    throw new GitError("unknown-ref", `unknown git ref "${shown}": no branch, tag or commit of that name${didYouMean(ref, names)}`);
  }
  return out.toString("utf8").trim();
}

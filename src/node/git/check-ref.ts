import { GitError } from "./git-error.js";

/**
 * Refuses a ref that git could read as an option (`-…`), or that is not a
 * name at all (empty, control characters, spaces). What remains is passed
 * after `--end-of-options`, so it can only ever name a revision.
 */
export function checkRef(ref: string): string {
  if (ref === "") throw new GitError("bad-ref", "the git ref is empty: name a branch, tag or commit (e.g. --base origin/main)");
  if (ref.startsWith("-")) throw new GitError("bad-ref", `"${printable(ref)}" is not a git ref: a ref cannot start with "-"`);
  if (/[\u0000-\u0020\u007f]/.test(ref)) throw new GitError("bad-ref", `"${printable(ref)}" is not a git ref: it contains a space or a control character`);
  return ref;
}

/** A ref quoted in a message: control characters shown as `?`, at most 80 characters. */
export function printable(ref: string): string {
  const clean = ref.replace(/[\u0000-\u001f\u007f-\u009f]/g, "?");
  return clean.length > 80 ? `${clean.slice(0, 79)}…` : clean;
}

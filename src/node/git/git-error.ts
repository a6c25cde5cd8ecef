/**
 * Why git could not answer, in one line: `not-installed` (no `git`
 * executable), `not-a-repository`, `bad-ref` (a ref that could be an option
 * or is not a name), `unknown-ref` (no such commit here; in a shallow clone
 * the message says how to fetch it), `failed` (anything else).
 */
export type GitErrorKind = "not-installed" | "not-a-repository" | "bad-ref" | "unknown-ref" | "failed";

export class GitError extends Error {
  override name = "GitError";
  constructor(
    readonly kind: GitErrorKind,
    message: string,
  ) {
    super(message);
  }
}

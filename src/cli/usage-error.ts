/** A problem with how the command was called or with its files: exit 2, one line on stderr. */
export class UsageError extends Error {
  override name = "UsageError";
}

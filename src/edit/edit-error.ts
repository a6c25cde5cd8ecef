/** An edit that cannot be made to the text as it is (not YAML, no such mapping, an alias in the way). */
export class EditError extends Error {
  override name = "EditError";
}

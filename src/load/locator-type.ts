import type { Range } from "../diagnostics.js";
import type { Path } from "../model.js";

/** Maps data paths back to source ranges of a parsed YAML document. */
export interface Locator {
  /** Range of the value at `path`, or of the deepest node on the way. */
  value(path: Path): Range;
  /** Range of the key at `path` (its last segment), falling back to the value. */
  key(path: Path): Range;
}

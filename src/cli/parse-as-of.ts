import { dateError } from "../schema/parse-date.js";
import { today } from "./today.js";
import { UsageError } from "./usage-error.js";

/** `--as-of DATE` (or `today`), validated; undefined when not given. */
export function parseAsOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (value === "today") return today();
  const err = dateError(value);
  if (err) throw new UsageError(`--as-of: ${err}`);
  return value;
}

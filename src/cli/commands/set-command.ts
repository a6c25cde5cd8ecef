import { allEditableKeys } from "../../edit/edit-keys.js";
import { editRoadmap, type Change } from "../../edit/edit-roadmap.js";
import { didYouMean } from "../../suggest.js";
import type { CliIo } from "../context.js";
import { UsageError } from "../usage-error.js";
import { editFiles, type EditFilesOptions } from "./edit-files.js";

/** `key=value` arguments as changes (values trimmed); a missing `=` or value, an unknown key or a key given twice is a usage error. */
export function parseChanges(id: string, pairs: string[]): Change[] {
  const seen = new Map<string, string>();
  return pairs.map((pair) => {
    const eq = pair.indexOf("=");
    if (eq <= 0) throw new UsageError(`expected key=value, found "${pair}" (e.g. status=done)`);
    const key = pair.slice(0, eq);
    if (!allEditableKeys.includes(key)) {
      throw new UsageError(`"${key}" is not a key set changes${didYouMean(key, allEditableKeys)}: expected ${allEditableKeys.join(", ")}`);
    }
    const value = pair.slice(eq + 1).trim();
    if (value === "") throw new UsageError(`${key}= has no value: expected ${key}=VALUE (set does not remove keys; edit the file to remove one)`);
    const before = seen.get(key);
    if (before !== undefined) throw new UsageError(`"${key}" is given twice (${before}, ${pair}): expected each key once`);
    seen.set(key, pair);
    return { id, key, value };
  });
}

/** `roadmap set ID key=value…`: see editFiles for the exit codes. */
export async function setCommand(id: string, pairs: string[], options: EditFilesOptions, io: CliIo): Promise<number> {
  const changes = parseChanges(id, pairs);
  return editFiles([id], options, (text, _ids, editOptions) => editRoadmap(text, changes, editOptions), io);
}

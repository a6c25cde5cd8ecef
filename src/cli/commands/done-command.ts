import { markDone } from "../../edit/edit-roadmap.js";
import type { CliIo } from "../context.js";
import { editFiles, type EditFilesOptions } from "./edit-files.js";

/** `roadmap done ID…`: see editFiles for the exit codes. */
export async function doneCommand(ids: string[], options: EditFilesOptions, io: CliIo): Promise<number> {
  return editFiles(ids, options, (text, fileIds, editOptions) => markDone(text, fileIds, editOptions), io);
}

import { Option } from "commander";

/** The one `--as-of` option every reporting command takes. */
export function asOfOption(): Option {
  return new Option("--as-of <date>", "the date progress and lateness are measured at, YYYY-MM-DD (default: the as-of lint setting, else today)");
}

/** The positional paths every command that reads roadmaps takes. */
export const PATHS_ARGUMENT = ["[paths...]", "files, folders or globs (default: ./roadmap.yaml, else ./roadmaps/)"] as const;

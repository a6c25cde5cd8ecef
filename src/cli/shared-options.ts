import { InvalidArgumentError, Option } from "commander";
import { parseLang } from "./parse-lang.js";

/** The one `--as-of` option every reporting command takes (and the editing commands, saying what it means to them). */
export function asOfOption(description = "the date progress and lateness are measured at, YYYY-MM-DD (default: the as-of lint setting, else today)"): Option {
  return new Option("--as-of <date>", description);
}

function positiveWhole(what: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`expected a whole number of ${what} from 1`);
    return n;
  };
}

/** Forecast: the number of Monte Carlo runs over the estimate ranges. */
export function runsOption(): Option {
  return new Option("--runs <n>", "forecast: Monte Carlo runs over the estimate ranges").argParser(positiveWhole("runs")).default(10_000);
}

/** Forecast: the seed of the random draws. */
export function seedOption(): Option {
  return new Option("--seed <n>", "forecast: the seed of the random draws (same seed, same numbers)")
    .argParser((value) => {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) throw new InvalidArgumentError("expected a whole number from 0 to 4294967295");
      return n;
    })
    .default(1);
}

/** `--lang` on the reports: their language (labels, dates, numbers) instead of the roadmap's `locale`. */
export function langOption(): Option {
  return new Option(
    "--lang <code>",
    "the report's language instead of the roadmap's locale: en, de, es, fr, ja, pt, ru, tr, zh-CN, or a regional code of one (pt-BR, en-GB)",
  ).argParser(parseLang);
}

/** `--watch` on the reports: run again whenever a roadmap file changes. */
export function watchOption(what: string): Option {
  return new Option("-w, --watch", `${what} whenever a roadmap file changes, until Ctrl-C`);
}

/** The positional paths every command that reads roadmaps takes. */
export const PATHS_ARGUMENT = ["[paths...]", "files, folders or globs (default: ./roadmap.yaml, else ./roadmaps/)"] as const;

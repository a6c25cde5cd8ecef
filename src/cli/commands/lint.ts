import { InvalidArgumentError, type Command } from "commander";
import { formats, type Format } from "../../lint/formatters/format-names.js";
import type { CommandContext } from "../command-context.js";
import { asOfOption, PATHS_ARGUMENT } from "../shared-options.js";

function nonNegativeInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < -1) throw new InvalidArgumentError("expected a whole number (-1 for no limit)");
  return n;
}

function collectFormat(value: string, previous: Format[] = []): Format[] {
  if (!(formats as readonly string[]).includes(value)) {
    throw new InvalidArgumentError(`expected one of ${formats.join(", ")}`);
  }
  return [...previous, value as Format];
}

/** Adds `roadmap lint` to the program. */
export function registerLintCommand(program: Command, context: CommandContext): void {
  program
    .command("lint")
    .description("validate roadmaps and check them for problems")
    .argument(...PATHS_ARGUMENT)
    .option("-f, --format <format>", `output format: ${formats.join(", ")}; repeat for several (default: stylish)`, collectFormat)
    .option("-o, --output <file>", "write the last --format to this file instead of standard output")
    .option("-q, --quiet", "report errors only")
    .option("--max-warnings <n>", "exit 1 when there are more warnings than this", nonNegativeInt)
    .addOption(asOfOption())
    .option("--list-rules", "list every rule with its default severity and description")
    .addHelpText(
      "after",
      [
        "",
        "Settings: the nearest .roadmaprc.yaml (or roadmap.config.yaml) up from each roadmap, then the",
        "roadmap's own `lint:` key, set rule severities (off, warn, error) and the default --as-of.",
        "",
        "Exit codes: 0 no errors, 1 errors (or too many warnings), 2 usage error or unreadable file.",
      ].join("\n"),
    )
    .action(async (paths: string[], opts) => {
      const { lintCommand, listRules } = await import("./lint-command.js");
      if (opts.listRules) return context.setCode(listRules(context.io));
      context.setCode(await lintCommand(paths, { ...opts, format: opts.format ?? [], color: context.color(), version: context.version() }, context.io));
    });
}

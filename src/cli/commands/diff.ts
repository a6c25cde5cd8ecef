import { Option, type Command } from "commander";
import type { CommandContext } from "../command-context.js";
import { asOfOption, PATHS_ARGUMENT } from "../shared-options.js";
import type { DiffCommandOptions } from "./diff-command.js";

/** Adds `roadmap diff` to the program. */
export function registerDiffCommand(program: Command, context: CommandContext): void {
  program
    .command("diff")
    .description("compare roadmaps with their version at a git ref: how the finish and the items moved")
    .argument(...PATHS_ARGUMENT)
    .option("--base <ref>", "the git ref to compare with (default: HEAD, i.e. the uncommitted changes; in CI e.g. origin/main)")
    .addOption(new Option("-f, --format <format>", "text, md or json").choices(["text", "md", "json"]).default("text"))
    .option("--fail-on-slip <workdays>", "exit 1 when a roadmap's finish slips by more than this many workdays")
    .addOption(asOfOption())
    .addHelpText(
      "after",
      "\nBoth versions are planned as of the same date, so only changes of the plan show. Slips count workdays of the head version's calendar; positive is later." +
        "\nExit codes: 0 compared (a diff is information), 1 a finish slips more than --fail-on-slip or a roadmap does not parse, 2 usage error, unreadable file, or the ref or git unusable.",
    )
    .action(async (paths: string[], opts: Omit<DiffCommandOptions, "color" | "version">) => {
      const { diffCommand } = await import("./diff-command.js");
      context.setCode(await diffCommand(paths, { ...opts, color: context.color(), version: context.version() }, context.io));
    });
}

import { Option, type Command } from "commander";
import type { CommandContext } from "../command-context.js";
import { asOfOption, PATHS_ARGUMENT, runsOption, seedOption } from "../shared-options.js";
import { renderFormats } from "./render-formats.js";

/** Adds `roadmap render` to the program. */
export function registerRenderCommand(program: Command, context: CommandContext): void {
  program
    .command("render")
    .description("write a report: Markdown, a standalone HTML page, or the plan as JSON")
    .argument(...PATHS_ARGUMENT)
    .addOption(new Option("-f, --format <format>", "md, html or json").choices(renderFormats).makeOptionMandatory())
    .option("-o, --output <file|dir>", "write to this file (one roadmap) or folder (one file per roadmap)")
    .addOption(asOfOption())
    .addOption(runsOption())
    .addOption(seedOption())
    .option("--history", "with --format html: add the planned finish over time and the milestone trend, from the roadmap's git history")
    .addHelpText("after", "\nWithout -o the report goes to standard output. Files are written atomically and never over an input.")
    .action(async (paths: string[], opts) => {
      const { renderCommand } = await import("./render-command.js");
      context.setCode(await renderCommand(paths, { ...opts, color: context.color(), version: context.version() }, context.io));
    });
}

import { Option, type Command } from "commander";
import type { CommandContext } from "../command-context.js";
import { asOfOption, langOption, PATHS_ARGUMENT, runsOption, seedOption, watchOption } from "../shared-options.js";
import { UsageError } from "../usage-error.js";
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
    .addOption(langOption())
    .option("--history", "with --format html: add the planned finish over time and the milestone trend, from the roadmap's git history")
    .addOption(watchOption("with -o: rewrite the output"))
    .addHelpText("after", "\nWithout -o the report goes to standard output. Files are written atomically and never over an input.")
    .action(async (paths: string[], { watch, ...opts }) => {
      const { renderCommand } = await import("./render-command.js");
      const options = { ...opts, color: context.color(), version: context.version() };
      if (!watch) return context.setCode(await renderCommand(paths, options, context.io));
      if (opts.output === undefined) throw new UsageError("--watch rewrites files: pass -o FILE or -o DIR");
      const { watchRoadmaps } = await import("../watch.js");
      const onWrite = (target: string) => context.io.stderr.write(`roadmap: wrote ${target}\n`);
      context.setCode(await watchRoadmaps({ paths, io: context.io, run: () => renderCommand(paths, { ...options, onWrite }, context.io), clear: false }));
    });
}

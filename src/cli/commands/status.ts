import type { Command } from "commander";
import type { CommandContext } from "../command-context.js";
import { asOfOption, langOption, PATHS_ARGUMENT, runsOption, seedOption, watchOption } from "../shared-options.js";
import type { StatusCommandOptions } from "./status-command.js";

/** Adds `roadmap status` to the program. */
export function registerStatusCommand(program: Command, context: CommandContext): void {
  program
    .command("status")
    .description("show where roadmaps stand: progress, phases, overdue and upcoming work, critical path, risks, KPIs, budget")
    .argument(...PATHS_ARGUMENT)
    .addOption(asOfOption())
    .addOption(runsOption())
    .addOption(seedOption())
    .addOption(langOption())
    .option("--json", "print the computed plan as JSON (an array for several roadmaps)")
    .option("--summary", "with several roadmaps, only the portfolio table")
    .addOption(watchOption("redraw"))
    .addHelpText("after", "\nExit codes: 0 fine, 1 a roadmap has errors (what can be shown is still shown), 2 usage error or unreadable file.")
    .action(async (paths: string[], { watch, ...opts }: Omit<StatusCommandOptions, "color"> & { watch?: boolean }) => {
      // The work loads on demand so `roadmap --version` and the other commands do not pay for it.
      const { statusCommand } = await import("./status-command.js");
      const run = () => statusCommand(paths, { ...opts, color: context.color() }, context.io);
      if (!watch) return context.setCode(await run());
      const { watchRoadmaps } = await import("../watch.js");
      context.setCode(await watchRoadmaps({ paths, io: context.io, run, clear: true }));
    });
}

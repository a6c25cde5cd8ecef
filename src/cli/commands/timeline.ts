import { InvalidArgumentError, type Command } from "commander";
import type { CommandContext } from "../command-context.js";
import { asOfOption, langOption, PATHS_ARGUMENT, watchOption } from "../shared-options.js";
import type { TimelineCommandOptions } from "./timeline-command.js";

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("expected a whole number from 1 (1: phases only, 2: with their tasks, …)");
  return n;
}

/** Adds `roadmap timeline` to the program. */
export function registerTimelineCommand(program: Command, context: CommandContext): void {
  program
    .command("timeline")
    .description("draw a Gantt chart of the plan in the terminal")
    .argument(...PATHS_ARGUMENT)
    .addOption(asOfOption())
    .option("--depth <n>", "levels to draw: 1 phases and milestones, 2 with their tasks, …", positiveInt, 1)
    .addOption(langOption())
    .addOption(watchOption("redraw"))
    .addHelpText("after", "\nExit codes: 0 fine, 1 a roadmap has errors (what can be drawn is still drawn), 2 usage error or unreadable file.")
    .action(async (paths: string[], { watch, ...opts }: Omit<TimelineCommandOptions, "color"> & { watch?: boolean }) => {
      const { timelineCommand } = await import("./timeline-command.js");
      const run = () => timelineCommand(paths, { ...opts, color: context.color() }, context.io);
      if (!watch) return context.setCode(await run());
      const { watchRoadmaps } = await import("../watch.js");
      context.setCode(await watchRoadmaps({ paths, io: context.io, run, clear: true }));
    });
}

import { InvalidArgumentError, Option, type Command } from "commander";
import type { CliIo } from "../context.js";
import type { TimelineCommandOptions } from "./timeline-command.js";

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("expected a whole number from 1 (1: phases only, 2: with their tasks, …)");
  return n;
}

/** Adds `roadmap timeline` to the program. */
export function registerTimelineCommand(program: Command, io: CliIo, setCode: (code: number) => void): void {
  program
    .command("timeline")
    .description("draw a Gantt chart of the plan in the terminal")
    .argument("[paths...]", "files, folders or globs (default: ./roadmap.yaml, else ./roadmaps/)")
    .addOption(new Option("--as-of <date>", "the date of the today line, YYYY-MM-DD (default: the as-of lint setting, else today)"))
    .option("--depth <n>", "levels to draw: 1 phases and milestones, 2 with their tasks, …", positiveInt, 1)
    .addHelpText("after", "\nExit codes: 0 fine, 1 a roadmap has errors (what can be drawn is still drawn), 2 usage error or unreadable file.")
    .action(async (paths: string[], opts: Omit<TimelineCommandOptions, "color">) => {
      const color = program.opts().color === false ? false : undefined;
      const { timelineCommand } = await import("./timeline-command.js");
      setCode(await timelineCommand(paths, { ...opts, color }, io));
    });
}

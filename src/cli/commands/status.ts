import { Option, type Command } from "commander";
import type { CliIo } from "../context.js";
import type { StatusCommandOptions } from "./status-command.js";

/** Adds `roadmap status` to the program. */
export function registerStatusCommand(program: Command, io: CliIo, setCode: (code: number) => void): void {
  program
    .command("status")
    .description("show where roadmaps stand: progress, phases, overdue and upcoming work, critical path, risks, KPIs, budget")
    .argument("[paths...]", "files, folders or globs (default: ./roadmap.yaml, else ./roadmaps/)")
    .addOption(new Option("--as-of <date>", "the date progress and lateness are measured at, YYYY-MM-DD (default: the as-of lint setting, else today)"))
    .option("--json", "print the computed plan as JSON (an array for several roadmaps)")
    .option("--summary", "with several roadmaps, only the portfolio table")
    .addHelpText("after", "\nExit codes: 0 fine, 1 a roadmap has errors (what can be shown is still shown), 2 usage error or unreadable file.")
    .action(async (paths: string[], opts: Omit<StatusCommandOptions, "color">) => {
      const color = program.opts().color === false ? false : undefined;
      // The work loads on demand so `roadmap --version` and the other commands do not pay for it.
      const { statusCommand } = await import("./status-command.js");
      setCode(await statusCommand(paths, { ...opts, color }, io));
    });
}

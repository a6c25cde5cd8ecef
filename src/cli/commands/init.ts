import type { Command } from "commander";
import type { CommandContext } from "../command-context.js";

/** Adds `roadmap init` to the program. */
export function registerInitCommand(program: Command, context: CommandContext): void {
  program
    .command("init")
    .description("write a starter roadmap (never overwrites)")
    .argument("[file]", "where to write it (default: roadmap.yaml, unless roadmaps/ holds roadmaps)")
    .action(async (file: string | undefined) => {
      const { initCommand } = await import("./init-command.js");
      context.setCode(await initCommand(file, context.io));
    });
}

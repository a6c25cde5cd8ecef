import type { Command } from "commander";
import type { CommandContext } from "../command-context.js";
import { asOfOption } from "../shared-options.js";
import type { EditFilesOptions } from "./edit-files.js";

/** Adds `roadmap done` to the program. */
export function registerDoneCommand(program: Command, context: CommandContext): void {
  program
    .command("done")
    .description("mark items done: status: done and completed: the as-of date, leaving every other byte as it is")
    .argument("<ids...>", "the items")
    .option("--file <file>", "the roadmap to edit (default: ./roadmap.yaml, else the roadmap under ./roadmaps/ that has the ids)")
    .addOption(asOfOption("the date the items were done (their completed date) and the result is checked at, YYYY-MM-DD (default: today)"))
    .addHelpText(
      "after",
      "\nAn item already done is left as it is. The result is checked as roadmap lint checks it; a change that would add an error" +
        "\n(an item done before what it comes after, a phase done with open tasks) is refused and nothing is written." +
        "\nExit codes: 0 written (or nothing to change), 1 refused (unknown id, a new error), 2 usage error or unreadable file.",
    )
    .action(async (ids: string[], opts: Omit<EditFilesOptions, "color">) => {
      const { doneCommand } = await import("./done-command.js");
      context.setCode(await doneCommand(ids, { ...opts, color: context.color() }, context.io));
    });
}

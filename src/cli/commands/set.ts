import type { Command } from "commander";
import type { CommandContext } from "../command-context.js";
import { asOfOption } from "../shared-options.js";
import type { EditFilesOptions } from "./edit-files.js";

/** Adds `roadmap set` to the program. */
export function registerSetCommand(program: Command, context: CommandContext): void {
  program
    .command("set")
    .description("change an item's, risk's or KPI's values in its roadmap file, leaving every other byte as it is")
    .argument("<id>", "the item, risk or KPI (risk:ID, kpi:ID or item:ID when ids are shared)")
    .argument(
      "<key=value...>",
      "item: status, progress, owner, when, duration, due, completed, priority, title; risk: status, probability, impact; KPI: current",
    )
    .option("--file <file>", "the roadmap to edit (default: ./roadmap.yaml, else the roadmap under ./roadmaps/ that has the id)")
    .addOption(asOfOption("the date the result is checked at, YYYY-MM-DD (default: today)"))
    .addHelpText(
      "after",
      "\nExamples:\n  roadmap set gateway status=in-progress progress=40%\n  roadmap set data-loss probability=0.2 --file roadmaps/platform.yaml\n" +
        "\nThe result is checked as roadmap lint checks it; a change that would add an error is refused and nothing is written." +
        "\nExit codes: 0 written (or nothing to change), 1 refused (unknown id, invalid value, a new error), 2 usage error or unreadable file.",
    )
    .action(async (id: string, pairs: string[], opts: Omit<EditFilesOptions, "color">) => {
      const { setCommand } = await import("./set-command.js");
      context.setCode(await setCommand(id, pairs, { ...opts, color: context.color() }, context.io));
    });
}

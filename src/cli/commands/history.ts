import { Option, type Command } from "commander";
import type { CommandContext } from "../command-context.js";
import type { HistoryCommandOptions } from "./history-command.js";

/** Adds `roadmap history` to the program. */
export function registerHistoryCommand(program: Command, context: CommandContext): void {
  program
    .command("history")
    .description("how a roadmap's plan moved over its committed versions: finish, progress, scope, milestone trend")
    .argument("[path]", "one roadmap file (default: ./roadmap.yaml, else the one roadmap under ./roadmaps/)")
    .option("-n, --max-count <n>", "only the newest N versions")
    .option("--since <date>", "only versions committed on or after this date, YYYY-MM-DD")
    .addOption(new Option("-f, --format <format>", "text, md or json").choices(["text", "md", "json"]).default("text"))
    .addHelpText(
      "after",
      "\nFollows renames (git log --follow). Each version is planned as of its commit date; a version that does not parse is listed, never fatal." +
        "\nExit codes: 0 shown, 2 usage error, or git unusable.",
    )
    .action(async (path: string | undefined, opts: Omit<HistoryCommandOptions, "color" | "version">) => {
      const { historyCommand } = await import("./history-command.js");
      context.setCode(await historyCommand(path, { ...opts, color: context.color(), version: context.version() }, context.io));
    });
}

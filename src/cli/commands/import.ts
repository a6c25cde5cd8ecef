import type { Command } from "commander";
import type { CommandContext } from "../command-context.js";

/** Adds `roadmap import` to the program. */
export function registerImportCommand(program: Command, context: CommandContext): void {
  program
    .command("import")
    .description("turn a Markdown roadmap into a roadmap file (never overwrites)")
    .argument("<file>", "the Markdown roadmap to read")
    .option("-o, --output <file>", "write the roadmap here instead of standard output; never over an existing file")
    .option("--start <date>", "the date weeks and months count from, YYYY-MM-DD (default: one the document gives)")
    .option("--locale <code>", "the roadmap's language, e.g. en, ru, tr, de (default: guessed from the text)")
    .option("--as-of <date>", "the import date written in the header, YYYY-MM-DD (default: today)")
    .addHelpText(
      "after",
      [
        "",
        "Headings become phases and tasks; checklists, status marks (✅ 🚧 ⏳ ❌) and tables with a status,",
        "owner, date or estimate column become tasks with their status; dates and periods (2026-03-02, Q1 2026,",
        "Jan–Mar 2026, Week 3, Weeks 3-6, Month 2, (2 weeks), ~3d, Неделя 3, 1. Ay, KW 3) become `when` or",
        "`duration`; Owner:, Status:, Priority: lines set those keys; #123 and URLs become refs. Everything",
        "else is kept as Markdown in notes, goal, summary or sections. The result lints without errors.",
        "A summary (phases, tasks, done, dated, lines kept as notes) goes to standard error.",
        "",
        "Exit codes: 0 written, 2 usage error, unreadable file or an existing output file.",
      ].join("\n"),
    )
    .action(async (file: string, opts: { output?: string; start?: string; locale?: string; asOf?: string }) => {
      const { importCommand } = await import("./import-command.js");
      context.setCode(await importCommand(file, opts, context.io));
    });
}

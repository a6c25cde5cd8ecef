import { Option, type Command } from "commander";
import type { CommandContext } from "../command-context.js";
import { asOfOption } from "../shared-options.js";

/** Adds `roadmap lsp` to the program. */
export function registerLspCommand(program: Command, context: CommandContext): void {
  program
    .command("lsp")
    .description("run the language server for editors (diagnostics, hover, completion, rename…) over standard input and output")
    .option("--stdio", "talk the Language Server Protocol over standard input and output (the only transport)")
    .addOption(asOfOption())
    // Editors' LSP clients pass the id of their process so the server ends with it; the server library reads it.
    .addOption(new Option("--clientProcessId <pid>").hideHelp())
    .addHelpText("after", "\nEditors start it as `roadmap lsp --stdio`; see the README for VS Code and Neovim.")
    .action(async (opts: { stdio?: boolean; asOf?: string }) => {
      // The server and its protocol library load only for this command.
      const { lspCommand } = await import("./lsp-command.js");
      context.setCode(await lspCommand(opts, context.io));
    });
}

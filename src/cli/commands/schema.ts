import type { Command } from "commander";
import type { CommandContext } from "../command-context.js";

/** Adds `roadmap schema` to the program. */
export function registerSchemaCommand(program: Command, context: CommandContext): void {
  program
    .command("schema")
    .description("print the JSON Schema of the roadmap format")
    .option("-o, --output <file>", "write it to a file instead")
    .action(async (opts: { output?: string }) => {
      const { schemaCommand } = await import("./schema-command.js");
      context.setCode(await schemaCommand(opts, context.io));
    });
}

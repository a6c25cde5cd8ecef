import type { Command } from "commander";
import type { CommandContext } from "../command-context.js";
import { PATHS_ARGUMENT } from "../shared-options.js";

/** Adds `roadmap schema` to the program. */
export function registerSchemaCommand(program: Command, context: CommandContext): void {
  program
    .command("schema")
    .description("print the JSON Schema of the roadmap format, or write it where roadmaps' schema modelines point (--write)")
    .argument(PATHS_ARGUMENT[0], "with --write: the roadmaps whose modelines to follow (default: ./roadmap.yaml, else ./roadmaps/)")
    .option("-o, --output <file>", "write it to a file instead")
    .option("-w, --write", "write it where each roadmap's `# yaml-language-server: $schema=` modeline (or `$schema:` key) points, when that is a path")
    .addHelpText(
      "after",
      "\nA modeline that names a URL needs nothing written; one inside node_modules names the installed package's copy.\nExit codes: 0 done, 2 usage error, or a modeline whose target cannot be written.",
    )
    .action(async (paths: string[], opts: { output?: string; write?: boolean }) => {
      const { schemaCommand } = await import("./schema-command.js");
      context.setCode(await schemaCommand(paths, opts, context.io));
    });
}

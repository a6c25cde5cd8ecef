import { readFileSync } from "node:fs";
import { Command, CommanderError } from "commander";
import type { CommandContext, RegisterCommand } from "./command-context.js";
import { registerDiffCommand } from "./commands/diff.js";
import { registerDoneCommand } from "./commands/done.js";
import { registerHistoryCommand } from "./commands/history.js";
import { registerImportCommand } from "./commands/import.js";
import { registerInitCommand } from "./commands/init.js";
import { registerLintCommand } from "./commands/lint.js";
import { registerLspCommand } from "./commands/lsp.js";
import { registerRenderCommand } from "./commands/render.js";
import { registerSchemaCommand } from "./commands/schema.js";
import { registerSetCommand } from "./commands/set.js";
import { registerStatusCommand } from "./commands/status.js";
import { registerTimelineCommand } from "./commands/timeline.js";
import type { CliIo } from "./context.js";
import { packageRoot } from "./package-root.js";
import { UsageError } from "./usage-error.js";

/** The commands, in the order `--help` lists them. */
const commands: RegisterCommand[] = [
  registerStatusCommand,
  registerTimelineCommand,
  registerLintCommand,
  registerRenderCommand,
  registerDiffCommand,
  registerHistoryCommand,
  registerSetCommand,
  registerDoneCommand,
  registerSchemaCommand,
  registerInitCommand,
  registerImportCommand,
  registerLspCommand,
];

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL("package.json", packageRoot), "utf8")) as { version: string };
  return pkg.version;
}

/** Builds the `roadmap` program; each action stores its exit code. */
export function buildProgram(io: CliIo, setCode: (code: number) => void): Command {
  const program = new Command("roadmap")
    .description("Roadmaps as code: validate, plan and report on YAML roadmaps.")
    .version(version(), "-V, --version")
    .option("--no-color", "no colour (also NO_COLOR=1)")
    .showHelpAfterError("(run roadmap --help for usage)")
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });

  const context: CommandContext = {
    io,
    setCode,
    color: () => (program.opts().color === false ? false : undefined),
    version,
  };
  for (const register of commands) register(program, context);
  return program;
}

/** Runs the CLI and returns the exit code. Never throws for user errors. */
export async function main(argv: string[], io: CliIo = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  let code = 0;
  const program = buildProgram(io, (c) => {
    code = c;
  });
  try {
    await program.parseAsync(argv, { from: "user" });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander already printed its message; help and version are successes.
      return error.exitCode === 0 || error.code === "commander.helpDisplayed" || error.code === "commander.version" ? 0 : 2;
    }
    if (error instanceof UsageError) {
      io.stderr.write(`roadmap: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

import { readFileSync } from "node:fs";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { formats, type Format } from "../lint/formatters/format-names.js";
import { renderFormats } from "./commands/render-formats.js";
import { registerStatusCommand } from "./commands/status.js";
import { registerTimelineCommand } from "./commands/timeline.js";
import type { CliIo } from "./context.js";
import { packageRoot } from "./package-root.js";
import { UsageError } from "./usage-error.js";

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL("package.json", packageRoot), "utf8")) as { version: string };
  return pkg.version;
}

function nonNegativeInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < -1) throw new InvalidArgumentError("expected a whole number (-1 for no limit)");
  return n;
}

function collectFormat(value: string, previous: Format[] = []): Format[] {
  if (!(formats as readonly string[]).includes(value)) {
    throw new InvalidArgumentError(`expected one of ${formats.join(", ")}`);
  }
  return [...previous, value as Format];
}

const asOfOption = () => new Option("--as-of <date>", "the date progress and lateness are measured at (YYYY-MM-DD)").default(undefined, "today");

/** Builds the `roadmap` program; each action stores its exit code. */
export function buildProgram(io: CliIo, setCode: (code: number) => void): Command {
  const program = new Command("roadmap")
    .description("Roadmaps as code: validate, plan and report on YAML roadmaps.")
    .version(version(), "-V, --version")
    .option("--no-color", "no colour (also NO_COLOR=1)")
    .showHelpAfterError("(run roadmap --help for usage)")
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });

  const globalColor = () => (program.opts().color === false ? false : undefined);

  registerStatusCommand(program, io, setCode);
  registerTimelineCommand(program, io, setCode);

  program
    .command("lint")
    .description("validate roadmaps and check them for problems")
    .argument("[paths...]", "files, folders or globs (default: ./roadmap.yaml, else ./roadmaps/)")
    .option("-f, --format <format>", `output format: ${formats.join(", ")}; repeat for several (default: stylish)`, collectFormat)
    .option("-o, --output <file>", "write the last --format to this file instead of standard output")
    .option("-q, --quiet", "report errors only")
    .option("--max-warnings <n>", "exit 1 when there are more warnings than this", nonNegativeInt)
    .addOption(asOfOption())
    .option("--list-rules", "list every rule with its default severity and description")
    .addHelpText(
      "after",
      [
        "",
        "Settings: the nearest .roadmaprc.yaml (or roadmap.config.yaml) up from each roadmap, then the",
        "roadmap's own `lint:` key, set rule severities (off, warn, error) and the default --as-of.",
        "",
        "Exit codes: 0 no errors, 1 errors (or too many warnings), 2 usage error or unreadable file.",
      ].join("\n"),
    )
    .action(async (paths: string[], opts) => {
      const { lintCommand, listRules } = await import("./commands/lint.js");
      if (opts.listRules) return setCode(listRules(io));
      setCode(await lintCommand(paths, { ...opts, format: opts.format ?? [], color: globalColor(), version: version() }, io));
    });

  program
    .command("render")
    .description("write a report: Markdown, a standalone HTML page, or the plan as JSON")
    .argument("[paths...]", "files, folders or globs (default: ./roadmap.yaml, else ./roadmaps/)")
    .addOption(new Option("-f, --format <format>", "md, html or json").choices(renderFormats).makeOptionMandatory())
    .option("-o, --output <file|dir>", "write to this file (one roadmap) or folder (one file per roadmap)")
    .addOption(asOfOption())
    .addHelpText("after", "\nWithout -o the report goes to standard output. Files are written atomically and never over an input.")
    .action(async (paths: string[], opts) => {
      const { renderCommand } = await import("./commands/render.js");
      setCode(await renderCommand(paths, { ...opts, color: globalColor(), version: version() }, io));
    });

  program
    .command("schema")
    .description("print the JSON Schema of the roadmap format")
    .option("-o, --output <file>", "write it to a file instead")
    .action(async (opts) => {
      const { schemaCommand } = await import("./commands/schema.js");
      setCode(await schemaCommand(opts, io));
    });

  program
    .command("init")
    .description("write a starter roadmap (never overwrites)")
    .argument("[file]", "where to write it", "roadmap.yaml")
    .action(async (file: string) => {
      const { initCommand } = await import("./commands/init.js");
      setCode(await initCommand(file, io));
    });


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

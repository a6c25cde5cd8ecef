import { relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createConnection } from "vscode-languageserver/node";
import { startServer, type ServerHost } from "../../lsp/start-server.js";
import type { CliIo } from "../context.js";
import { createConfigFinder } from "../find-lint-config.js";
import { parseAsOf } from "../parse-as-of.js";
import { today } from "../today.js";
import { UsageError } from "../usage-error.js";

export interface LspCommandOptions {
  stdio?: boolean;
  asOf?: string;
}

/** The path of a `file:` URI; other documents (unsaved buffers) have none. */
function pathOf(uri: string): string | undefined {
  if (!uri.startsWith("file:")) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** What the server reads from the file system and the clock: settings files (afresh each time) and today. */
export function nodeHost(asOf: string | undefined): ServerHost {
  return {
    async findSettings(uri) {
      const path = pathOf(uri);
      if (!path) return { diagnostics: [] };
      // A new finder each time: a settings file edited in the editor applies at the next check.
      const found = await createConfigFinder()(path);
      return found.file ? { ...found, uri: pathToFileURL(found.file).href } : found;
    },
    fileOf: (uri) => {
      const path = pathOf(uri);
      return path ? relative(process.cwd(), path) || path : uri;
    },
    today,
    asOf,
  };
}

/**
 * `roadmap lsp --stdio`: serves until the editor sends `exit` or closes the
 * pipe; the protocol library then ends the process (0 after `shutdown`, else
 * 1, as the protocol says). Standard output carries the protocol: the
 * library sends `console` output to the editor's log instead.
 */
export async function lspCommand(options: LspCommandOptions, _io: CliIo): Promise<number> {
  if (!options.stdio) throw new UsageError("roadmap lsp talks over standard input and output: run roadmap lsp --stdio");
  const asOf = parseAsOf(options.asOf);
  // With no streams given, the library reads --stdio from the command line and takes over the console.
  const connection = createConnection();
  startServer(connection, nodeHost(asOf));
  return new Promise<number>(() => {});
}

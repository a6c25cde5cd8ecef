import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { main } from "markdownlint-cli2";

/** This folder: markdownlint-cli2 reads `.markdownlint-cli2.jsonc` from it. */
const CONFIG_DIR = dirname(fileURLToPath(import.meta.url));

/**
 * Lints Markdown documents (name → text) with markdownlint-cli2 used as a
 * library, with the configuration in this folder; returns its findings,
 * one line each (`name:line[:column] error MDxxx/rule …`), and exit code.
 */
export async function lintMarkdown(documents: Record<string, string>): Promise<{ code: number; findings: string[] }> {
  const findings: string[] = [];
  const code = await main({
    directory: CONFIG_DIR,
    argv: [],
    nonFileContents: documents,
    logMessage: () => {},
    logError: (message) => findings.push(...message.split("\n").filter(Boolean)),
  });
  return { code, findings };
}

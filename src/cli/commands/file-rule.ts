import type { ChalkInstance } from "chalk";
import { displayWidth } from "../../render/terminal/display-width.js";
import { sanitizeLine } from "../../render/terminal/sanitize-terminal.js";
import { truncate } from "../../render/terminal/truncate.js";

/** A muted rule naming the file, between the reports of several roadmaps: `── roadmaps/a.yaml ─────`. */
export function fileRule(file: string, width: number, chalk: ChalkInstance): string {
  const w = Math.max(20, Math.min(width, 120));
  const name = truncate(sanitizeLine(file), w - 8);
  return chalk.dim(`── ${name} ${"─".repeat(Math.max(2, w - displayWidth(name) - 4))}`);
}

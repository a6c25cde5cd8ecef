import { displayWidth } from "./display-width.js";
import type { TerminalContext } from "./context.js";
import { truncate } from "./truncate.js";

/**
 * A section: a bold heading with an optional muted note on the same line,
 * then its lines. No lines, no section: empty sections are left out.
 */
export function section(ctx: TerminalContext, title: string, note: string, lines: string[]): string[] {
  if (lines.length === 0) return [];
  const room = ctx.width - displayWidth(title) - 2;
  const tail = note && room > 3 ? `  ${ctx.theme.muted(truncate(note, room))}` : "";
  return [ctx.theme.heading(title) + tail, ...lines];
}

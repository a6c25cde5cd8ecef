import type { Status } from "../../model.js";

/** Status symbols that carry the meaning without colour. */
export const SYMBOL = {
  done: "✓",
  "in-progress": "▶",
  todo: "·",
  blocked: "✗",
  cancelled: "–",
  overdue: "⚠",
  milestone: "◆",
  critical: "!",
} as const;

export function statusSymbol(status: Status): string {
  return SYMBOL[status];
}

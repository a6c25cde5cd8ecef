import type { ScheduleState } from "../../plan/types.js";
import type { TerminalContext } from "./context.js";

/** Ahead / on track / behind as a symbol and words, readable without colour. */
export function scheduleWords(state: ScheduleState, ctx: TerminalContext): { symbol: string; text: string } {
  const symbol = state === "ahead" ? "▲" : state === "behind" ? "▼" : "●";
  return { symbol, text: ctx.t.schedule[state] };
}

/** Behind in the warning colour, otherwise the done colour. */
export function schedulePaint(state: ScheduleState, ctx: TerminalContext) {
  return state === "behind" ? ctx.theme.warn : ctx.theme.done;
}

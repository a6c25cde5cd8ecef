import { planHistory } from "../../compare/plan-history.js";
import type { History } from "../../compare/types.js";
import { readRoadmapHistory } from "../../node/git/read-roadmap-history.js";
import { gitOrUsage } from "../git-or-usage.js";
import { UsageError } from "../usage-error.js";
import type { RenderFormat } from "./render-formats.js";

/** `render --history` draws charts into the HTML report only. */
export function checkHistoryFormat(history: boolean | undefined, format: RenderFormat): void {
  if (history && format !== "html") throw new UsageError(`--history adds charts to the HTML report: use it with --format html, not ${format}`);
}

/** The committed versions of a roadmap planned for `render --history`; git problems are the CLI's one line (exit 2). */
export async function historyFor(file: string): Promise<History> {
  return planHistory((await gitOrUsage(readRoadmapHistory(file))).versions);
}

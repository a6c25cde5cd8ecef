import type { Report } from "../../../report/report.js";
import { formatDay } from "../../dates.js";
import type { TerminalContext } from "../context.js";
import { sanitizeLine } from "../sanitize-terminal.js";
import { truncate } from "../truncate.js";

/** The title, then owners, version, last update and the as-of date. */
export function header(report: Report, ctx: TerminalContext): string[] {
  const r = report.plan.roadmap;
  const words = ctx.t;
  const title = truncate(sanitizeLine(report.title) || words.report.untitled, ctx.width);
  const facts: string[] = [];
  if (r.owner?.length) facts.push(r.owner.map(sanitizeLine).join(words.punctuation.listSeparator));
  if (r.version) facts.push(`v${sanitizeLine(r.version)}`);
  if (r.updated) facts.push(words.when.updated({ date: formatDay(r.updated, ctx.dateLocale) }));
  facts.push(words.when.asOf({ date: formatDay(report.asOf, ctx.dateLocale) }));
  return [ctx.theme.heading(title), ctx.theme.muted(truncate(facts.join(" · "), ctx.width))];
}

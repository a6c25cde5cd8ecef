import type { History, MilestoneTrend } from "../../compare/types.js";
import { fromTo, percent, workdays } from "../diff/diff-words.js";

/** How many times a milestone's planned date changed from one version to the next (versions without it skipped). */
export function moves(trend: MilestoneTrend): number {
  const dates = trend.dates.map((d) => d.planned).filter((d): d is string => d !== null);
  let n = 0;
  for (let i = 1; i < dates.length; i++) if (dates[i] !== dates[i - 1]) n++;
  return n;
}

/** The first and the latest planned date of a milestone, null when it never had one. */
export function firstAndLast(trend: MilestoneTrend): { first: string | null; last: string | null } {
  const dates = trend.dates.map((d) => d.planned).filter((d): d is string => d !== null);
  return { first: dates[0] ?? null, last: dates[dates.length - 1] ?? null };
}

/**
 * The headline of a history: how many versions over which dates, how far the
 * finish (and best case) moved from the first version to the latest, and
 * where progress stands against expected in the latest. Dates, numbers and
 * fixed words only: nothing from the roadmap.
 */
export function historyHeadline(history: History): string {
  const all = history.versions;
  if (all.length === 0) return "No committed version yet.";
  const parsed = all.filter((v) => v.error === undefined);
  const span = all.length === 1 ? `1 version, ${all[0].date}` : `${all.length} versions, ${all[0].date} to ${all[all.length - 1].date}`;
  const broken = all.length - parsed.length;
  const brokenText = broken > 0 ? ` ${broken} ${broken === 1 ? "version does" : "versions do"} not parse.` : "";
  if (parsed.length === 0) return `${span}.${brokenText}`;
  const first = parsed[0];
  const last = parsed[parsed.length - 1];
  let finish: string;
  if (parsed.length === 1 || first.finish === last.finish) finish = `the finish ${last.finish === null ? "is not scheduled" : `is ${last.finish}`}`;
  else if (history.finishSlip !== null && history.finishSlip > 0)
    finish = `the finish slipped ${workdays(history.finishSlip)}, ${fromTo(first.finish, last.finish)}`;
  else if (history.finishSlip !== null && history.finishSlip < 0)
    finish = `the finish moved ${workdays(-history.finishSlip)} earlier, ${fromTo(first.finish, last.finish)}`;
  else finish = `the finish moved ${fromTo(first.finish, last.finish)}`;
  const bestMoved = parsed.length > 1 && first.bestCaseFinish !== last.bestCaseFinish;
  const bestAlike = first.bestCaseFinish === first.finish && last.bestCaseFinish === last.finish;
  const best = !bestMoved ? "" : bestAlike ? " (the best case too)" : ` (best case ${fromTo(first.bestCaseFinish, last.bestCaseFinish)})`;
  const progress = last.progress === null ? "" : `; latest progress ${percent(last.progress)} against ${percent(last.expectedProgress ?? 0)} expected`;
  return `${span}: ${finish}${best}${progress}.${brokenText}`;
}

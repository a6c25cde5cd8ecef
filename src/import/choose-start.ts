import { allItems, dropValue, type DraftRoadmap } from "./draft.js";
import { markdownLine } from "./inline-line.js";
import { spanDates } from "./span-dates.js";

export interface StartChoice {
  date: string;
  /** Where it came from, for the header comment and the summary. */
  from: string;
}

/**
 * The roadmap's `start`, which relative spans ("Week 3", "Month 2") and lengths
 * count from: `--start`, else a start date the document states, else the first
 * day of its earliest dated item, else the date it was written or updated.
 * Without any, relative spans (and lengths, if nothing is dated) stay text.
 */
export function chooseStart(draft: DraftRoadmap, option: string | undefined): { start?: StartChoice; undated: number } {
  const items = [...allItems(draft.phases)];
  const needsStart = items.some((i) => i.when?.relative || i.duration);
  let choice: StartChoice | undefined;
  if (option) choice = { date: option, from: "--start" };
  else if (draft.start) choice = { date: draft.start.value, from: `"${markdownLine(draft.start.source).text}"` };
  else if (needsStart) {
    const firsts = items
      .map((i) => (i.when && !i.when.relative ? spanDates(i.when.value)?.first : undefined))
      .filter((d): d is string => d !== undefined)
      .sort();
    const dated = draft.created ?? draft.updated;
    if (firsts.length > 0) choice = { date: firsts[0], from: "the earliest dated item" };
    else if (dated) choice = { date: dated.value, from: `"${markdownLine(dated.source).text}"` };
  }
  if (choice) {
    draft.start = { value: choice.date, origin: "line", source: draft.start?.source ?? "" };
    return { start: choice, undated: 0 };
  }
  const anyAbsolute = items.some((i) => i.when && !i.when.relative);
  let undated = 0;
  for (const item of items) {
    if (item.when?.relative && dropValue(item, "when")) undated++;
    if (!anyAbsolute && item.duration && dropValue(item, "duration")) undated++;
  }
  return { undated };
}

import { dayToIso, type DayNumber } from "../../plan/day-number.js";
import { formatDay } from "../dates.js";
import type { HtmlContext } from "./html-context.js";
import { timeScale } from "./time-scale.js";

export interface DateAxis {
  /** Position of a day (its middle) along the axis, in pixels. */
  at(day: DayNumber): number;
  /** Ticks with a label that reads alone (day and month, or month and year), at most `maxTicks`. */
  ticks: { day: DayNumber; label: string }[];
}

/**
 * A date axis for the days `first..last` over `length` pixels from `start`:
 * the report's time scale (days, weeks, months or quarters by span), its
 * ticks thinned to at most `maxTicks`, each labelled in the report's locale.
 */
export function dateAxis(first: DayNumber, last: DayNumber, start: number, length: number, ctx: HtmlContext, maxTicks: number): DateAxis {
  const scale = timeScale(first, last, start, length, ctx.dateLocale);
  const step = Math.max(1, Math.ceil(scale.ticks.length / maxTicks));
  const label = (day: DayNumber) => {
    const iso = dayToIso(day);
    if (scale.unit === "day" || scale.unit === "week") return ctx.dayMonth(iso);
    return formatDay(iso, ctx.dateLocale, scale.unit === "month" ? "LLL yyyy" : "QQQ yyyy");
  };
  const ticks = scale.ticks.filter((_, i) => i % step === 0).map((t) => ({ day: t.day, label: label(t.day) }));
  return { at: (day) => scale.x(day) + scale.pxPerDay / 2, ticks };
}

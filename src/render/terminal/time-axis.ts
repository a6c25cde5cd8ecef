import type { IsoDate } from "../../model.js";
import { addMonths, dayToIso, dayToYmd, isoToDay, weekdayOf, ymdToDay, type DayNumber } from "../../plan/day-number.js";
import { dayMonthPattern, formatDay, type Locale } from "../dates.js";
import { displayWidth } from "./display-width.js";

export type AxisUnit = "week" | "month" | "quarter" | "year";

export interface Tick {
  column: number;
  /** Empty when the label did not fit. */
  label: string;
}

/** A time scale over `width` columns, aligned to calendar units. */
export interface TimeAxis {
  unit: AxisUnit;
  /** First and last day shown (inclusive). */
  from: DayNumber;
  to: DayNumber;
  width: number;
  ticks: Tick[];
  /** The column a day falls in; may be outside 0..width-1 for days outside the axis. */
  column(day: DayNumber): number;
}

function startOf(unit: AxisUnit, day: DayNumber): DayNumber {
  if (unit === "week") return day - weekdayOf(day);
  const [y, m] = dayToYmd(day);
  if (unit === "month") return ymdToDay(y, m, 1);
  if (unit === "quarter") return ymdToDay(y, m - ((m - 1) % 3), 1);
  return ymdToDay(y, 1, 1);
}

function nextOf(unit: AxisUnit, day: DayNumber): DayNumber {
  if (unit === "week") return day + 7;
  return addMonths(day, unit === "month" ? 1 : unit === "quarter" ? 3 : 12);
}

/** Labels for a tick, longest first: the year on the first tick and at January when there is room. */
function labels(unit: AxisUnit, day: DayNumber, first: boolean, locale: Locale): string[] {
  const iso = dayToIso(day);
  const [, m] = dayToYmd(day);
  const withYear = first || m === 1;
  if (unit === "week") return [formatDay(iso, locale, dayMonthPattern(locale))];
  if (unit === "month") return withYear ? [formatDay(iso, locale, "LLL yyyy"), formatDay(iso, locale, "LLL")] : [formatDay(iso, locale, "LLL")];
  if (unit === "quarter") return withYear ? [formatDay(iso, locale, "QQQ yyyy"), formatDay(iso, locale, "QQQ")] : [formatDay(iso, locale, "QQQ")];
  return [formatDay(iso, locale, "yyyy")];
}

function build(unit: AxisUnit, start: DayNumber, end: DayNumber, width: number, locale: Locale): { axis: TimeAxis; fits: boolean } {
  const from = startOf(unit, start);
  const to = nextOf(unit, startOf(unit, end)) - 1;
  const span = to - from + 1;
  const column = (day: DayNumber) => Math.floor(((day - from) * width) / span);
  const ticks: Tick[] = [];
  let fits = true;
  let free = 0;
  for (let day = from, i = 0; day <= to; day = nextOf(unit, day), i++) {
    const col = column(day);
    // The next tick's column bounds this label; the last label may run to the edge.
    const next = nextOf(unit, day);
    const limit = next <= to ? column(next) - 1 : width;
    const text = col >= free ? labels(unit, day, i === 0, locale).find((l) => col + displayWidth(l) <= limit) : undefined;
    if (text !== undefined) {
      ticks.push({ column: col, label: text });
      free = col + displayWidth(text) + 1;
    } else {
      ticks.push({ column: col, label: "" });
      // A missing label at the right edge is fine; anywhere else the unit is too fine.
      if (next <= to) fits = false;
    }
  }
  return { axis: { unit, from, to, width, ticks, column }, fits };
}

/**
 * Chooses the unit by the span and the width: the finest of weeks, months,
 * quarters and years whose every label fits, and lays the axis on whole
 * units (the first tick is the start of the first unit).
 */
export function timeAxis(start: IsoDate, end: IsoDate, width: number, locale: Locale): TimeAxis {
  const s = isoToDay(start);
  const e = Math.max(s, isoToDay(end));
  const units: AxisUnit[] = ["week", "month", "quarter", "year"];
  let last: TimeAxis | undefined;
  for (const unit of units) {
    // Weeks only for short plans: over ~4 months, months read better even when week labels would fit.
    if (unit === "week" && e - s > 120) continue;
    const { axis, fits } = build(unit, s, e, width, locale);
    last = axis;
    if (fits) return axis;
  }
  return last as TimeAxis;
}

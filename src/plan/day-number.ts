/**
 * Calendar dates as integer day numbers (days since 1970-01-01, which is 0).
 * The planner works on these internally; ISO strings only at the edges.
 */

export type DayNumber = number;

/** Day number of a proleptic Gregorian year, month (1-12) and day (1-31). */
export function ymdToDay(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** `[year, month (1-12), day]` of a day number. */
export function dayToYmd(dayNumber: DayNumber): [number, number, number] {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

/** `YYYY-MM-DD` to a day number. Expects a valid ISO date (the loader checks them). */
export function isoToDay(iso: string): DayNumber {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  return ymdToDay(year, month, day);
}

function pad(n: number, width: number): string {
  const s = String(Math.abs(n));
  return (n < 0 ? "-" : "") + (s.length >= width ? s : "0".repeat(width - s.length) + s);
}

/** Formatted dates: a plan of 100k items formats 400k dates over a few thousand distinct days. */
const isoCache = new Map<number, string>();

/** A day number as `YYYY-MM-DD`. */
export function dayToIso(dayNumber: DayNumber): string {
  let iso = isoCache.get(dayNumber);
  if (iso === undefined) {
    const [y, m, d] = dayToYmd(dayNumber);
    iso = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
    if (isoCache.size >= 100_000) isoCache.clear();
    isoCache.set(dayNumber, iso);
  }
  return iso;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Adds calendar months, clamping the day to the end of a shorter month (Jan 31 + 1 month = Feb 28). */
export function addMonths(dayNumber: DayNumber, months: number): DayNumber {
  const [y, m, d] = dayToYmd(dayNumber);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = total - ny * 12 + 1;
  return ymdToDay(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

/** Weekday of a day number: 0 = Monday … 6 = Sunday. */
export function weekdayOf(dayNumber: DayNumber): number {
  return (((dayNumber + 3) % 7) + 7) % 7;
}

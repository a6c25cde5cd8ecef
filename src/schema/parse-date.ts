/** True when `text` is a real calendar date `YYYY-MM-DD`, from 0001-01-01 to 9999-12-31. */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const y = Number(m[1]);
  if (y === 0) return false;
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export const DATE_EXPECTED = "a date YYYY-MM-DD";

/** Explains why `text` is not a date, or returns undefined when it is one. */
export function dateError(text: string): string | undefined {
  if (isIsoDate(text)) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    if (y === 0) return `"${text}" is not a date: years start at 0001`;
    if (mo < 1 || mo > 12) return `"${text}" is not a date: month ${m[2]} does not exist`;
    return `"${text}" is not a date: ${y}-${m[2]} has ${daysInMonth(y, mo)} days`;
  }
  return `expected ${DATE_EXPECTED}, found "${text}"`;
}

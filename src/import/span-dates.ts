const pad = (n: number) => String(n).padStart(2, "0");

function lastDayOfMonth(year: number, month: number): string {
  return `${year}-${pad(month)}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}`;
}

function bound(text: string, end: boolean): string | undefined {
  let m: RegExpExecArray | null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  if ((m = /^(\d{4})-(\d{2})$/.exec(text))) return end ? lastDayOfMonth(+m[1], +m[2]) : `${m[1]}-${m[2]}-01`;
  if ((m = /^(\d{4})-Q([1-4])$/.exec(text))) return end ? lastDayOfMonth(+m[1], +m[2] * 3) : `${m[1]}-${pad(+m[2] * 3 - 2)}-01`;
  if ((m = /^(\d{4})$/.exec(text))) return end ? `${m[1]}-12-31` : `${m[1]}-01-01`;
  return undefined;
}

/** First and last day of an absolute span in the format's syntax ("2026-Q1", "2025-10..2025-12"); undefined for relative spans. */
export function spanDates(span: string): { first: string; last: string } | undefined {
  const [a, b = a] = span.split("..");
  const first = bound(a, false);
  const last = bound(b, true);
  return first && last ? { first, last } : undefined;
}

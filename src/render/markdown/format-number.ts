import { formatCents } from "../../plan/money.js";

/** Groups the integer digits of a decimal string by thousands with commas: `1234567.5` → `1,234,567.5`. */
function group(decimal: string): string {
  const [int, frac] = decimal.split(".");
  const sign = int.startsWith("-") ? "-" : "";
  const digits = sign ? int.slice(1) : int;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${sign}${grouped}${frac !== undefined ? "." + frac : ""}`;
}

/** A KPI value as written, thousands grouped: `100,000`, `99.9`, `-70`. Locale-independent, so stable. */
export function formatNumber(value: number): string {
  const text = String(value);
  return /e/i.test(text) ? text : group(text);
}

/** Cents as money, thousands grouped: `1,790,000.00`. */
export function formatMoney(cents: bigint): string {
  return group(formatCents(cents));
}

import { formatCents } from "../../plan/money.js";

const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string | undefined, options: Intl.NumberFormatOptions, key: string): Intl.NumberFormat {
  const id = `${locale ?? ""}|${key}`;
  let nf = cache.get(id);
  if (!nf) {
    try {
      nf = new Intl.NumberFormat(locale || "en", options);
    } catch {
      nf = new Intl.NumberFormat("en", options);
    }
    cache.set(id, nf);
  }
  return nf;
}

/** A KPI value or count in the roadmap's locale: `1,234.5`, `1 234,5`. */
export function formatNumber(value: number, locale?: string): string {
  return numberFormat(locale, { maximumFractionDigits: 2 }, "n").format(value);
}

/**
 * Exact money from integer cents in the roadmap's locale, with the currency
 * when it is an ISO code (`$12,000.00`, `12 000,00 ₽`), else the number and
 * the code as written. The cents go to Intl as a decimal string, so nothing
 * passes through floating point.
 */
export function formatMoney(cents: bigint, currency: string | null | undefined, locale?: string): string {
  // Intl formats a decimal string exactly (ES2023 Intl.NumberFormat v3); the lib types only know numbers.
  const decimal = formatCents(cents) as unknown as number;
  if (currency && /^[A-Z]{3}$/.test(currency)) {
    return numberFormat(locale, { style: "currency", currency, currencyDisplay: "narrowSymbol" }, `c${currency}`).format(decimal);
  }
  const n = numberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }, "m").format(decimal);
  return currency ? `${n} ${currency}` : n;
}

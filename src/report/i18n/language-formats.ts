import type { Count } from "./labels.js";

/** Intl.PluralRules.selectRange and Intl.NumberFormat.formatRange (ES2023), where the runtime has them. */
interface RangeRules {
  selectRange?: (start: number, end: number) => Intl.LDMLPluralRule;
}
interface RangeFormat {
  formatRange?: (start: number, end: number) => string;
}

/** How one language writes numbers, plural categories and relative days. Every Intl object gets the language explicitly, never the machine's default. */
export interface LanguageFormats {
  number(value: number): string;
  percent(fraction: number): string;
  /** The plural category of a count (of a range: by its end, as Intl.PluralRules.selectRange says). */
  category(n: Count): Intl.LDMLPluralRule;
  /** A count as text: `1,234`, a range `1–2`. */
  count(n: Count): string;
  relativeDays(days: number, style?: "long" | "short"): string;
  capitalize(text: string): string;
}

const cache = new Map<string, LanguageFormats>();

/** The formats of a language (one of the catalogue codes), made once. */
export function languageFormats(lang: string): LanguageFormats {
  const cached = cache.get(lang);
  if (cached) return cached;
  const numbers = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
  const percents = new Intl.NumberFormat(lang, { style: "percent", maximumFractionDigits: 0 });
  const rules = new Intl.PluralRules(lang);
  const relative = {
    long: new Intl.RelativeTimeFormat(lang, { numeric: "auto", style: "long" }),
    short: new Intl.RelativeTimeFormat(lang, { numeric: "auto", style: "short" }),
  };
  const number = (value: number) => numbers.format(value);
  const formats: LanguageFormats = {
    number,
    // Rounded first, as a whole percentage (0.425 → 43%), and -0 made 0.
    percent: (fraction) => percents.format((Number.isFinite(fraction) ? Math.round(fraction * 100) : 0) / 100 || 0),
    category(n) {
      if (typeof n === "number") return rules.select(n);
      const [start, end] = n;
      const range = (rules as RangeRules).selectRange;
      return range && start <= end ? range.call(rules, start, end) : rules.select(end);
    },
    count(n) {
      if (typeof n === "number") return number(n);
      const [start, end] = n;
      if (start === end) return number(start);
      const range = (numbers as RangeFormat).formatRange;
      return range && start < end ? range.call(numbers, start, end) : `${number(start)}–${number(end)}`;
    },
    relativeDays: (days, style = "long") => relative[style].format(days, "day"),
    capitalize(text) {
      const first = String.fromCodePoint(text.codePointAt(0) ?? 0);
      return text === "" ? "" : first.toLocaleUpperCase(lang) + text.slice(first.length);
    },
  };
  cache.set(lang, formats);
  return formats;
}

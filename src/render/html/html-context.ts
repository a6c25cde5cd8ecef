import type { Locale } from "date-fns";
import type { IsoDate } from "../../model.js";
import { formatCents } from "../../plan/money.js";
import type { Plan } from "../../plan/types.js";
import { labelsFor } from "../../report/i18n/labels-for.js";
import type { Labels } from "../../report/i18n/labels.js";
import type { Report } from "../../report/report.js";
import { dayMonthPattern, formatDay } from "../dates.js";

export type AnchorKind = "item" | "risk" | "kpi" | "budget";

/** What every part of the HTML report needs: the report model (and its plan), the words and locale-aware formatting. */
export interface HtmlContext {
  report: Report;
  /** `report.plan`. */
  plan: Plan;
  dateLocale: Locale;
  /** Every word of the report, in the report's language (`labelsFor`); `t.lang` is the page's `lang`. */
  t: Labels;
  /** BCP 47 tag for numbers and money (`Intl`): the report's language as given (`pt-BR` keeps its region). */
  lang: string;
  /** `Oct 6, 2025` in the date locale. */
  day(iso: IsoDate): string;
  /** `Oct 6` / `6 окт.`: day and month only. */
  dayMonth(iso: IsoDate): string;
  /** A fragment id for an entity, safe for `id` and `href="#…"`. */
  anchor(kind: AnchorKind, id: string): string;
  number(n: number): string;
  /** `0.42` → `42%` (`42 %`, `%42`: the language's way). */
  percent(fraction: number): string;
  money(cents: bigint, currency: string | null | undefined): string;
  /** Repository URL for `#76` and `PR #72` refs, when it is http(s). */
  repository: string | null;
}

function safeLang(code: string | undefined): string {
  const tag = (code ?? "en").replace("_", "-");
  if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(tag)) return "en";
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? "en";
  } catch {
    return "en";
  }
}

/** The context of a report in `code` (a language code `labelsFor` takes; default the roadmap's `locale`). */
export function createHtmlContext(report: Report, dateLocale: Locale, code?: string): HtmlContext {
  const { plan } = report;
  const t = labelsFor(code ?? plan.roadmap.locale);
  const lang = safeLang(code ?? plan.roadmap.locale);
  const dayMonth = dayMonthPattern(dateLocale);
  const numberFormat = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
  const moneyFormats = new Map<string, Intl.NumberFormat | null>();
  const anchors = new Map<string, string>();
  const used = new Set<string>();
  const repository = plan.roadmap.repository && /^https?:\/\/[^\s]+$/i.test(plan.roadmap.repository) ? plan.roadmap.repository.replace(/\/+$/, "") : null;

  function moneyFormat(currency: string, whole: boolean): Intl.NumberFormat | null {
    const key = `${currency}|${whole}`;
    if (!moneyFormats.has(key)) {
      let f: Intl.NumberFormat | null = null;
      if (/^[A-Za-z]{3}$/.test(currency)) {
        try {
          f = new Intl.NumberFormat(lang, {
            style: "currency",
            currency: currency.toUpperCase(),
            currencyDisplay: "narrowSymbol",
            minimumFractionDigits: whole ? 0 : 2,
            maximumFractionDigits: 2,
          });
        } catch {
          f = null;
        }
      }
      moneyFormats.set(key, f);
    }
    return moneyFormats.get(key) ?? null;
  }

  // A report formats the same few hundred days many times over; date-fns is not free.
  const dates = new Map<string, string>();
  const cached = (iso: IsoDate, pattern: string) => {
    const key = `${pattern}|${iso}`;
    let text = dates.get(key);
    if (text === undefined) dates.set(key, (text = formatDay(iso, dateLocale, pattern)));
    return text;
  };

  return {
    report,
    plan,
    dateLocale,
    t,
    lang,
    repository,
    day: (iso) => cached(iso, "PP"),
    dayMonth: (iso) => cached(iso, dayMonth),
    anchor(kind, id) {
      const key = `${kind}\u0000${id}`;
      let a = anchors.get(key);
      if (a === undefined) {
        // Readable when the id is plain ASCII; otherwise (or on a clash) numbered.
        a = /^[A-Za-z][A-Za-z0-9_-]*$/.test(id) ? `${kind}-${id}` : `${kind}-${anchors.size + 1}`;
        while (used.has(a)) a = `${kind}-${anchors.size + 1}-${used.size}`;
        anchors.set(key, a);
        used.add(a);
      }
      return a;
    },
    number: (n) => numberFormat.format(n),
    percent: (fraction) => t.percent(fraction),
    money(cents, currency) {
      const decimal = formatCents(cents);
      const whole = cents % 100n === 0n;
      const f = currency ? moneyFormat(currency, whole) : null;
      // Intl formats decimal strings exactly; the cast is for the ES2022 lib typings.
      if (f) return f.format(decimal as unknown as number);
      const plain = new Intl.NumberFormat(lang, { minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: 2 }).format(decimal as unknown as number);
      return currency ? `${plain} ${currency}` : plain;
    },
  };
}

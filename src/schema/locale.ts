import * as z from "zod";
import { didYouMean } from "../suggest.js";
import { DATE_LOCALE_CODES } from "./date-locales.js";
import { fail } from "./primitives.js";

/** Locale codes a roadmap may name: date-fns' codes, and `en` (the default, US English). */
export const LOCALE_CODES: readonly string[] = ["en", ...DATE_LOCALE_CODES];

const known = new Set(LOCALE_CODES);

const EXAMPLES = "en, en-GB, de, fr, es, pt-BR, ru, tr, ja or zh-CN";

/** The value as a message quotes it: JSON, cut short. */
const quote = (value: string) => JSON.stringify(value.length > 40 ? `${value.slice(0, 39)}…` : value);

/** "pt_br" → "pt-br": the comparable form of a code. */
const fold = (code: string) => code.replace(/_/g, "-").toLowerCase();

/**
 * The closest known codes, as a hint: the code in its right spelling
 * (`pt_br` → `pt-BR`), else every code of the same language (`de-CH` → `de`,
 * `de-AT`), else the nearest by spelling (`eng` → `en`).
 */
export function localeHint(code: string): string {
  const folded = fold(code.trim());
  const spelled = LOCALE_CODES.find((c) => fold(c) === folded);
  if (spelled) return ` (did you mean "${spelled}"?)`;
  const language = folded.split("-")[0];
  const sameLanguage = LOCALE_CODES.filter((c) => fold(c).split("-")[0] === language);
  if (sameLanguage.length === 1) return ` (did you mean "${sameLanguage[0]}"?)`;
  if (sameLanguage.length > 1) return ` (did you mean one of ${sameLanguage.join(", ")}?)`;
  // Two letters are one edit away from many codes: only longer words get a spelling hint.
  return folded.length >= 3 ? didYouMean(code, LOCALE_CODES) : "";
}

/** A roadmap's `locale`: one of the codes the reports can load, written as date-fns writes it. */
export const localeSchema = z
  .string()
  .meta({ enum: [...LOCALE_CODES], description: "date-fns locale code for dates in reports (en, en-GB, de, ru, tr …); default en" })
  .check((ctx) => {
    if (!known.has(ctx.value)) {
      fail(ctx, "invalid-value", `expected a date-fns locale code such as ${EXAMPLES}; found ${quote(ctx.value)}${localeHint(ctx.value)}`);
    }
  });

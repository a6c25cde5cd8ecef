import { InvalidArgumentError } from "commander";
import { LANGS } from "../report/i18n/langs.js";
import { resolveLang } from "../report/i18n/resolve-lang.js";
import { DATE_LOCALE_CODES } from "../schema/date-locales.js";
import { didYouMean } from "../suggest.js";

/** "pt_br" → "pt-br": the comparable form of a code. */
const fold = (code: string) => code.trim().replace(/_/g, "-").toLowerCase();

const languageOf = (code: string) => fold(code).split("-")[0];

/**
 * The codes `--lang` takes: a catalogue's (`en`, `ru`, `zh-CN` …), or a
 * roadmap locale whose language has a catalogue (`pt-BR`, `en-GB`, `de-AT`,
 * `zh-TW`): its labels come from that catalogue, its dates from that locale.
 */
export const LANG_CODES: readonly string[] = [
  ...new Set([...LANGS, ...DATE_LOCALE_CODES.filter((code) => resolveLang(code) !== "en" || languageOf(code) === "en")]),
];

/** Country codes written for a language code; a Map, so that user text never reaches a prototype (`constructor`). */
const ALIASES: ReadonlyMap<string, string> = new Map([
  ["jp", "ja"],
  ["cn", "zh-CN"],
  ["br", "pt-BR"],
  ["us", "en"],
  ["gb", "en-GB"],
]);

/** Two codes of one length that differ in one letter (`ge`, `de`). */
const oneSlip = (a: string, b: string) => a.length === b.length && [...a].filter((c, i) => c !== b[i]).length === 1;

/** The catalogue whose language is named `name`, in English or in itself (`russian`, `Deutsch`, `日本語`). */
function namedLang(name: string): string | undefined {
  const folded = name.trim().toLowerCase();
  return LANGS.find((lang) => {
    const language = languageOf(lang);
    return [new Intl.DisplayNames(["en"], { type: "language" }), new Intl.DisplayNames([lang], { type: "language" })].some(
      (names) => names.of(language)?.toLowerCase() === folded,
    );
  });
}

/** A hint for a code `--lang` does not take: its language's codes, what it was probably meant as, or a close code. */
function langHint(value: string): string {
  const folded = fold(value);
  const named = namedLang(value);
  if (named) return ` (did you mean "${named}"?)`;
  const sameLanguage = LANG_CODES.filter((code) => languageOf(code) === languageOf(folded));
  if (sameLanguage.length === 1) return ` (did you mean "${sameLanguage[0]}"?)`;
  if (sameLanguage.length > 1) return ` (did you mean one of ${sameLanguage.join(", ")}?)`;
  const alias = ALIASES.get(folded);
  if (alias) return ` (did you mean "${alias}"?)`;
  const locale = DATE_LOCALE_CODES.find((code) => fold(code) === folded);
  if (locale) return ` ("${locale}" is a roadmap locale, but its language has no report catalogue yet)`;
  // Two letters are a couple of edits from every code: only a one-letter slip gets a hint.
  if (folded.length < 3) {
    const near = LANGS.find((code) => oneSlip(folded, code));
    return near ? ` (did you mean "${near}"?)` : "";
  }
  return didYouMean(value, LANG_CODES);
}

/**
 * Parses `--lang CODE`: a code of `LANG_CODES` in any case or with `_`,
 * returned as written there (`pt_br` → `pt-BR`). Anything else is a usage
 * error that lists the languages and hints at the closest code.
 */
export function parseLang(value: string): string {
  const folded = fold(value);
  const known = LANG_CODES.find((code) => fold(code) === folded);
  if (known) return known;
  const shown = JSON.stringify(value.length > 40 ? `${value.slice(0, 39)}…` : value);
  throw new InvalidArgumentError(
    `expected a report language: ${LANGS.join(", ")}, or a regional code of one such as pt-BR or en-GB; found ${shown}${langHint(value)}`,
  );
}

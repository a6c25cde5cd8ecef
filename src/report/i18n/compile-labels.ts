import { en } from "./catalogues/en.js";
import { fillTemplate, PLACEHOLDER } from "./fill-template.js";
import type { Catalogue, Count, Labels } from "./labels.js";
import { languageFormats, type LanguageFormats } from "./language-formats.js";
import type { Lang } from "./langs.js";
import { isPluralForms, type PluralForms } from "./plural-forms.js";

type Params = Readonly<Record<string, string | number>>;
type Group = { readonly [key: string]: unknown };

const isGroup = (value: unknown): value is Group => typeof value === "object" && value !== null && !isPluralForms(value);

/** A string with placeholders in English is a message function in every language. */
function message(english: string, own: unknown, formats: LanguageFormats, englishFormats: LanguageFormats): string | ((params: Params) => string) {
  const text = typeof own === "string" ? own : english;
  // lastIndex: PLACEHOLDER is global, so test from the start each time.
  PLACEHOLDER.lastIndex = 0;
  if (!PLACEHOLDER.test(english)) return text;
  const number = typeof own === "string" ? formats.number : englishFormats.number;
  return (params) => fillTemplate(text, params, number);
}

/** A plural record as a function of a count: the form of the count's category, else `other`. */
function plural(english: PluralForms, own: unknown, formats: LanguageFormats, englishFormats: LanguageFormats): (n: Count, params?: Params) => string {
  // English forms follow English plural rules (Russian's `one` takes in 21, English's does not).
  const [forms, f] = isPluralForms(own) ? [own, formats] : [english, englishFormats];
  return (n, params = {}) => fillTemplate(forms[f.category(n)] ?? forms.other, { ...params, n: f.count(n) }, f.number);
}

function compileGroup(english: Group, own: Group | undefined, formats: LanguageFormats, englishFormats: LanguageFormats): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(english)) {
    const mine = own && Object.hasOwn(own, key) ? own[key] : undefined;
    if (typeof value === "string") out[key] = message(value, mine, formats, englishFormats);
    else if (isPluralForms(value)) out[key] = plural(value, mine, formats, englishFormats);
    else if (isGroup(value)) out[key] = compileGroup(value, isGroup(mine) ? mine : undefined, formats, englishFormats);
  }
  return out;
}

/**
 * The labels of a catalogue in `lang`: each label the catalogue has, in its
 * language (numbers and plural categories by `lang`); each it leaves out,
 * in English (by English rules). Message functions fill `{name}`
 * placeholders; plural functions pick the form of the count's category.
 */
export function compileLabels(lang: Lang, catalogue: Catalogue): Labels {
  const formats = languageFormats(lang);
  const labels = compileGroup(en, catalogue as Group, formats, languageFormats("en"));
  return Object.freeze({
    ...labels,
    lang,
    number: formats.number,
    percent: formats.percent,
    relativeDays: formats.relativeDays,
    capitalize: formats.capitalize,
  }) as unknown as Labels;
}

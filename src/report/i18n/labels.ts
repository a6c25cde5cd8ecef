import type { en } from "./catalogues/en.js";
import type { Lang } from "./langs.js";
import type { PluralForms } from "./plural-forms.js";

/** The English catalogue's type: the shape of every catalogue. */
export type English = typeof en;

type PartialOf<T> = T extends string ? string : T extends { readonly other: string } ? PluralForms : { readonly [K in keyof T]?: PartialOf<T[K]> };

/**
 * A catalogue of one language: the English shape, where any label may be
 * left out (English fills the gap; `missingKeys` lists them). A plural
 * record is whole: the forms of the language's plural categories.
 */
export type Catalogue = PartialOf<English>;

/** The `{name}` placeholders of a message. */
export type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer R}` ? P | Placeholders<R> : never;

/** Values for a message's placeholders: text as it is, numbers formatted in the language. */
export type MessageParams<Names extends string> = { readonly [K in Names]: string | number };

/** A count, or an inclusive range of counts (`every 1–2 months`). */
export type Count = number | readonly [number, number];

type Message<S extends string> = [Placeholders<S>] extends [never] ? string : (params: MessageParams<Placeholders<S>>) => string;

type PluralMessage<Names extends string> = [Names] extends [never] ? (n: Count) => string : (n: Count, params: MessageParams<Names>) => string;

type Compiled<T> = T extends string
  ? Message<T>
  : T extends { readonly other: string }
    ? PluralMessage<Exclude<Placeholders<T[keyof T] & string>, "n">>
    : { readonly [K in keyof T]: Compiled<T[K]> };

/** Formatting in the report's language, beside the labels. */
export interface LabelHelpers {
  /** The catalogue's language: `en`, `ru`, `zh-CN` … (for `<html lang>`). */
  readonly lang: Lang;
  /** A number: `1,234.5` (en), `1 234,5` (ru), `1.234,5` (de); at most two decimals. */
  number(value: number): string;
  /** A 0..1 fraction as a whole percentage: `42%` (en), `42 %` (de, fr, ru), `%42` (tr). */
  percent(fraction: number): string;
  /**
   * Calendar days from the as-of date as words (Intl.RelativeTimeFormat,
   * `numeric: "auto"`): `in 9 days`, `tomorrow`, `today`, `yesterday`,
   * `3 days ago`; `через 9 дней`, `9 gün sonra`, `9天后`. `short` abbreviates
   * where the language has a short form (`через 9 дн.`).
   */
  relativeDays(days: number, style?: "long" | "short"): string;
  /** The text with its first letter in upper case, by the language's rules (`istanbul` → `İstanbul` in Turkish). */
  capitalize(text: string): string;
}

/**
 * Every label of the reports in one language: strings for fixed labels
 * (`t.section.overdue`), functions for messages with placeholders
 * (`t.when.due({ date })`) and for counted phrases (`t.time.daysLeft(9)`,
 * plural forms by Intl.PluralRules), and the helpers.
 */
export type Labels = Compiled<English> & LabelHelpers;

/**
 * A counted phrase in each plural category its language has
 * (`Intl.PluralRules`): English `one` and `other`, Russian `one`, `few`,
 * `many` and `other`, Japanese only `other`. `{n}` is the count, formatted
 * in the language; a category left out falls back to `other`.
 */
export interface PluralForms {
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

/** The plural categories Intl.PluralRules knows. */
export const PLURAL_CATEGORIES = ["zero", "one", "two", "few", "many", "other"] as const;

/** Whether a catalogue entry is a plural record (groups never have a key named `other`). */
export function isPluralForms(value: unknown): value is PluralForms {
  return typeof value === "object" && value !== null && typeof (value as { other?: unknown }).other === "string";
}

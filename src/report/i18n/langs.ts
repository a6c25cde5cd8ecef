/** The languages with a catalogue, as BCP 47 codes. */
export const LANGS = ["en", "de", "es", "fr", "ja", "pt", "ru", "tr", "zh-CN"] as const;

/** A language with a catalogue. */
export type Lang = (typeof LANGS)[number];

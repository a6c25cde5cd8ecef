/**
 * Folds text for matching against the importer's vocabularies: lowercased,
 * without diacritics (so "Gün" matches "gun", "März" matches "marz"), ё as е,
 * dotless ı as i, ß as ss, every dash as "-", runs of spaces as one.
 */
export function fold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/ı/g, "i")
    .replace(/ё/g, "е")
    .replace(/ß/g, "ss")
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

/** A regular-expression alternation of words, longest first, escaped. */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|");
}

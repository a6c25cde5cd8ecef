const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

/** The roadmap's language, guessed from its letters: Cyrillic (ru), ğ ş ı (tr), ä ß (de), else en. */
export function detectLocale(text: string): string {
  const letters = count(text, /\p{L}/gu);
  if (letters === 0) return "en";
  if (count(text, /\p{Script=Cyrillic}/gu) / letters >= 0.1) return "ru";
  const turkish = count(text, /[ğşıĞŞİ]/gu);
  const german = count(text, /[äßÄ]/gu) + 2 * count(text, /\b(?:und|der|die|das|nicht|mit|für|wird)\b/giu);
  if (turkish >= 5 && turkish >= german) return "tr";
  if (german >= 6) return "de";
  return "en";
}

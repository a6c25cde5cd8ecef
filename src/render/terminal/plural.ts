/** `1 item`, `3 items`: the report's words are English; dates and numbers follow the roadmap's locale. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

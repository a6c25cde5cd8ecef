import type { Labels } from "../../report/i18n/labels.js";

/** Sentences joined as the language writes them: a space after each, none after a full-width stop (Chinese, Japanese). */
export function sentences(list: string[], t: Labels): string {
  const fullWidth = /[\u3000-\u303f\uff00-\uffef]$/.test(t.punctuation.stop);
  return list.join(fullWidth ? "" : " ");
}

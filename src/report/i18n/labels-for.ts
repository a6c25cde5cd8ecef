import { catalogues } from "./catalogues.js";
import { compileLabels } from "./compile-labels.js";
import type { Labels } from "./labels.js";
import type { Lang } from "./langs.js";
import { resolveLang } from "./resolve-lang.js";

const cache = new Map<Lang, Labels>();

/**
 * The report labels for a language code (a roadmap's `locale` or `--lang`):
 * the catalogue `resolveLang` chooses, English for any label it lacks. Pure
 * and deterministic: every format names its language, so the machine's
 * locale and time zone never show.
 */
export function labelsFor(code: string | null | undefined): Labels {
  const lang = resolveLang(code);
  let labels = cache.get(lang);
  if (!labels) {
    labels = compileLabels(lang, catalogues[lang]);
    cache.set(lang, labels);
  }
  return labels;
}

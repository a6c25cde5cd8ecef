import { LANGS, type Lang } from "./langs.js";

/**
 * The catalogue for a language code (a roadmap's `locale`, `--lang`), by
 * BCP 47 fallback: the code itself in any case or with `_` (`zh_cn` →
 * `zh-CN`); else its language (`pt-BR` → `pt`, `de-AT` → `de`, `en-GB` →
 * `en`); Chinese in any script or region → `zh-CN` (`zh-TW`, `zh-Hant`:
 * Chinese labels in Simplified characters read better than English ones);
 * anything else, and no code, → `en`.
 */
export function resolveLang(code: string | null | undefined): Lang {
  const folded = (code ?? "").trim().replace(/_/g, "-").toLowerCase();
  const exact = LANGS.find((lang) => lang.toLowerCase() === folded);
  if (exact) return exact;
  const language = folded.split("-")[0];
  if (language === "zh") return "zh-CN";
  return LANGS.find((lang) => lang === language) ?? "en";
}

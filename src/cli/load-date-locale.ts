import { createRequire } from "node:module";
import type { Locale } from "date-fns";
import { enUS } from "date-fns/locale/en-US";
import { DATE_LOCALE_CODES } from "../schema/date-locales.js";

const requireHere = createRequire(import.meta.url);

/**
 * Loads the date-fns locale for a roadmap's `locale` code (`ru`, `tr`, `de`,
 * `en-GB`, `sr-Latn` …: the codes lint accepts), falling back to the
 * language, then to English. Loaded on demand so a command pays only for the
 * locale it prints.
 */
export async function loadDateLocale(code: string | undefined): Promise<Locale> {
  if (!code || code === "en" || code === "en-US") return enUS;
  const normalized = code.replace("_", "-");
  const [language, region] = normalized.split("-");
  const candidates = [code, region ? `${language}-${region.toUpperCase()}` : undefined, language];
  for (const name of candidates) {
    // Only a known code reaches the import: the roadmap's text never names a module.
    if (!name || !DATE_LOCALE_CODES.includes(name)) continue;
    try {
      // require, not import(): the CLI runs as one CommonJS bundle compiled with a code cache (bin/roadmap.js).
      const mod = requireHere(`date-fns/locale/${name}`) as Record<string, Locale>;
      const locale = Object.values(mod).find((v) => v && typeof v === "object" && "code" in v);
      if (locale) return locale;
    } catch {
      // not a date-fns locale: try the next candidate
    }
  }
  return enUS;
}

import type { Locale } from "date-fns";
import { enUS } from "date-fns/locale/en-US";

/**
 * Loads the date-fns locale for a roadmap's `locale` code (`ru`, `tr`, `de`,
 * `en-GB` …), falling back to the language, then to English. Loaded on
 * demand so a command pays only for the locale it prints.
 */
export async function loadDateLocale(code: string | undefined): Promise<Locale> {
  if (!code || code === "en" || code === "en-US") return enUS;
  const normalized = code.replace("_", "-");
  const [language, region] = normalized.split("-");
  const candidates = [region ? `${language}-${region.toUpperCase()}` : undefined, language].filter(Boolean) as string[];
  for (const name of candidates) {
    if (!/^[a-z]{2,3}(-[A-Z]{2})?$/.test(name)) continue;
    try {
      const mod = (await import(`date-fns/locale/${name}`)) as Record<string, Locale>;
      const locale = Object.values(mod).find((v) => v && typeof v === "object" && "code" in v);
      if (locale) return locale;
    } catch {
      // not a date-fns locale: try the next candidate
    }
  }
  return enUS;
}

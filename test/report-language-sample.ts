import { enUS } from "date-fns/locale/en-US";
import { ru } from "date-fns/locale/ru";
import { tr } from "date-fns/locale/tr";
import { parseRoadmap } from "../src/load/parse-roadmap.js";
import { planRoadmap } from "../src/plan/plan-roadmap.js";
import type { Plan } from "../src/plan/types.js";
import type { Locale } from "../src/render/dates.js";
import { renderMarkdown } from "../src/render/render-markdown.js";

/** The as-of date of the language tests: the seeds have overdue, upcoming and open work then. */
export const SEED_AS_OF = "2025-10-25";

/** The Russian and Turkish bundled roadmaps, by language. */
export const SEEDS = { ru: "selfmonitor-tech-improvements.yaml", tr: "levibot-cloud-native-modernization.yaml" } as const;

/** The date locales of the report languages tested (imported, so a bundle of this module carries them). */
export const DATE_LOCALES: Readonly<Record<"en" | "ru" | "tr", Locale>> = { en: enUS, ru, tr };

/** A seed planned as of `SEED_AS_OF`, with a seeded forecast (so its words show too). */
export function seedPlan(text: string, file: string): Plan {
  const { roadmap, diagnostics } = parseRoadmap(text, { file });
  if (!roadmap) throw new Error(`${file} does not parse: ${diagnostics.map((d) => d.message).join("; ")}`);
  return planRoadmap(roadmap, { asOf: SEED_AS_OF, forecast: { runs: 200, seed: 7 } });
}

/** A seed's Markdown report: in its own language, or `lang`, with that language's dates. */
export function seedMarkdown(text: string, file: string, lang?: "en" | "ru" | "tr"): string {
  const plan = seedPlan(text, file);
  const code = lang ?? (plan.roadmap.locale as "ru" | "tr");
  return renderMarkdown(plan, { dateLocale: DATE_LOCALES[code], generator: "roadmap-kit test", lang });
}

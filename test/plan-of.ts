import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadDateLocale } from "../src/cli/load-date-locale.js";
import { parseRoadmap } from "../src/index.js";
import { planRoadmap } from "../src/plan/plan-roadmap.js";
import type { ForecastOptions, Plan } from "../src/plan/types.js";
import type { Locale } from "../src/render/dates.js";

/** The fixed as-of date of the report tests. */
export const AS_OF = "2025-10-25";

// paths from the file path, not `new URL` (jsdom, in the Mermaid tests, replaces the global URL)
const HERE = dirname(fileURLToPath(import.meta.url));
/** The repository's root. */
export const ROOT = join(HERE, "..");
/** The bundled roadmaps' folder. */
export const ROADMAPS_DIR = join(ROOT, "roadmaps");
/** The bundled roadmaps, by file name, sorted. */
export const bundledRoadmaps = readdirSync(ROADMAPS_DIR)
  .filter((f) => f.endsWith(".yaml"))
  .sort();

/**
 * Parses and plans roadmap text as the CLI does, as of a fixed date (never
 * today); the forecast only when asked for. Throws when the text does not
 * parse, with its diagnostics.
 */
export function planOf(text: string, file: string, asOf = AS_OF, forecast?: ForecastOptions): Plan {
  const { roadmap, diagnostics } = parseRoadmap(text, { file });
  if (!roadmap) throw new Error(`${file} does not parse: ${diagnostics.map((d) => d.message).join("; ")}`);
  return planRoadmap(roadmap, { asOf, forecast });
}

/** `planOf` a roadmap file. */
export function planFile(path: string, asOf = AS_OF, forecast?: ForecastOptions): Plan {
  return planOf(readFileSync(path, "utf8"), path, asOf, forecast);
}

/** The date-fns locale of the plan's roadmap (its `locale`), as the CLI loads it. */
export function dateLocaleOf(plan: Plan): Promise<Locale> {
  return loadDateLocale(plan.roadmap.locale);
}

/** `planFile` with the roadmap's date locale, to render it as the CLI does. */
export async function planFileWithLocale(path: string, asOf = AS_OF, forecast?: ForecastOptions): Promise<{ plan: Plan; dateLocale: Locale }> {
  const plan = planFile(path, asOf, forecast);
  return { plan, dateLocale: await dateLocaleOf(plan) };
}

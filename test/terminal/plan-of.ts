import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadDateLocale } from "../../src/cli/load-date-locale.js";
import { parseRoadmap } from "../../src/index.js";
import { planRoadmap } from "../../src/plan/plan-roadmap.js";
import type { Plan } from "../../src/plan/types.js";
import type { Locale } from "../../src/render/dates.js";

export const AS_OF = "2025-10-25";
export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

/** Parses and plans a roadmap file as of a fixed date, with its date locale. */
export async function planOf(file: string, asOf = AS_OF): Promise<{ plan: Plan; dateLocale: Locale }> {
  const parsed = parseRoadmap(readFileSync(file, "utf8"), { file });
  if (!parsed.roadmap) throw new Error(`${file} does not parse: ${parsed.diagnostics.map((d) => d.message).join("; ")}`);
  return { plan: planRoadmap(parsed.roadmap, { asOf }), dateLocale: await loadDateLocale(parsed.roadmap.locale) };
}

/** Removes SGR colour codes (what chalk writes), and only those. */
export const stripSgr = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, "");

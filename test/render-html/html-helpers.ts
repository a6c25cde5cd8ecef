import { readFileSync, readdirSync } from "node:fs";
import { basename, join } from "node:path";
import type { Plan } from "../../src/plan/types.js";
import { renderHtml } from "../../src/render/render-html.js";
import { AS_OF, dateLocaleOf, planOf, ROADMAPS_DIR } from "../plan-of.js";
import { hostileRoadmapYaml } from "./hostile-roadmap.js";
import { largeRoadmapYaml } from "./large-roadmap.js";

export const FIXTURES_DIR = join(import.meta.dirname, "fixtures");

/** The bundled roadmaps, the test fixtures, a generated 500-item roadmap and the hostile one, as [name, yaml text]. */
export function allRoadmaps(): [string, string][] {
  const bundled = readdirSync(ROADMAPS_DIR)
    .filter((f) => f.endsWith(".yaml"))
    .sort()
    .map((f) => [basename(f, ".yaml"), readFileSync(join(ROADMAPS_DIR, f), "utf8")] as [string, string]);
  const fixtures = readdirSync(FIXTURES_DIR)
    .filter((f) => f.endsWith(".yaml"))
    .sort()
    .map((f) => [`fixture-${basename(f, ".yaml")}`, readFileSync(join(FIXTURES_DIR, f), "utf8")] as [string, string]);
  return [...bundled, ...fixtures, ["large-500", largeRoadmapYaml()], ["hostile", hostileRoadmapYaml()]];
}

/** Renders as the CLI will: the forecast with the default runs and seed, the roadmap's date locale, a fixed generator name. */
export async function renderFor(text: string, file: string, asOf = AS_OF): Promise<{ plan: Plan; html: string }> {
  const plan = planOf(text, file, asOf, {});
  const html = renderHtml(plan, { dateLocale: await dateLocaleOf(plan), generator: "roadmap-kit test" });
  return { plan, html };
}

/** Ids of the items the planner scheduled (start and end dates). */
export function scheduledIds(plan: Plan): string[] {
  return plan.items.filter((i) => i.start !== null && i.end !== null).map((i) => i.id);
}

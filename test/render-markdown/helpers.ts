import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseRoadmap } from "../../src/index.js";
import { loadDateLocale } from "../../src/cli/load-date-locale.js";
import { planRoadmap } from "../../src/plan/plan-roadmap.js";
import type { Plan } from "../../src/plan/types.js";
import { renderMarkdown } from "../../src/render/render-markdown.js";

/** The fixed as-of date of every render in these tests. */
export const AS_OF = "2025-10-25";

// paths from the file path, not `new URL` (jsdom, in the Mermaid tests, replaces the global URL)
const HERE = dirname(fileURLToPath(import.meta.url));
export const ROADMAPS_DIR = join(HERE, "../../roadmaps/");
export const FIXTURES_DIR = join(HERE, "fixtures/");

/** The bundled roadmaps, by file name. */
export const bundled = readdirSync(ROADMAPS_DIR).filter((f) => f.endsWith(".yaml")).sort();

/** Parses and plans a roadmap file (relative names resolve in roadmaps/). */
export function planFile(path: string, asOf = AS_OF): Plan {
  const file = path.includes("/") ? path : `roadmaps/${path}`;
  const text = readFileSync(path.includes("/") ? path : ROADMAPS_DIR + path, "utf8");
  const { roadmap, diagnostics } = parseRoadmap(text, { file });
  if (!roadmap) throw new Error(`${path} does not parse: ${diagnostics.map((d) => d.message).join("; ")}`);
  return planRoadmap(roadmap, { asOf });
}

/** The Markdown report of a roadmap file in its own locale, as the CLI renders it. */
export async function renderFile(path: string, asOf = AS_OF): Promise<{ plan: Plan; markdown: string }> {
  const plan = planFile(path, asOf);
  const markdown = renderMarkdown(plan, { dateLocale: await loadDateLocale(plan.roadmap.locale), generator: "roadmap-kit test" });
  return { plan, markdown };
}

/** The body of the report's ```mermaid block (without the fences), or null. */
export function mermaidBlock(markdown: string): string | null {
  const m = /^```mermaid\n([\s\S]*?)\n```$/m.exec(markdown);
  return m ? m[1] : null;
}

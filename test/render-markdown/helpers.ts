import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Plan } from "../../src/plan/types.js";
import { renderMarkdown } from "../../src/render/render-markdown.js";
import { AS_OF, bundledRoadmaps, dateLocaleOf, planOf, ROADMAPS_DIR } from "../plan-of.js";

export { AS_OF };

// paths from the file path, not `new URL` (jsdom, in the Mermaid tests, replaces the global URL)
const HERE = dirname(fileURLToPath(import.meta.url));
export const FIXTURES_DIR = join(HERE, "fixtures/");

/** The bundled roadmaps, by file name. */
export const bundled = bundledRoadmaps;

/** Plans a roadmap file with the shared `planOf` (relative names resolve in roadmaps/, and are named so). */
export function planFile(path: string, asOf = AS_OF): Plan {
  const file = path.includes("/") ? path : `roadmaps/${path}`;
  return planOf(readFileSync(path.includes("/") ? path : join(ROADMAPS_DIR, path), "utf8"), file, asOf);
}

/** The Markdown report of a roadmap file in its own locale, as the CLI renders it. */
export async function renderFile(path: string, asOf = AS_OF): Promise<{ plan: Plan; markdown: string }> {
  const plan = planFile(path, asOf);
  const markdown = renderMarkdown(plan, { dateLocale: await dateLocaleOf(plan), generator: "roadmap-kit test" });
  return { plan, markdown };
}

/** The body of the report's ```mermaid block (without the fences), or null. */
export function mermaidBlock(markdown: string): string | null {
  const m = /^```mermaid\n([\s\S]*?)\n```$/m.exec(markdown);
  return m ? m[1] : null;
}

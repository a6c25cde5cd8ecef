import { readFileSync, readdirSync, writeFileSync, mkdirSync } from "node:fs";
import { parseRoadmap } from "./src/index.js";
import { planRoadmap } from "./src/plan/plan-roadmap.js";
import { renderMarkdown } from "./src/render/render-markdown.js";
import { loadDateLocale } from "./src/cli/load-date-locale.js";
mkdirSync("/tmp/mdr7", { recursive: true });
for (const f of readdirSync("roadmaps")) {
  const { roadmap } = parseRoadmap(readFileSync("roadmaps/" + f, "utf8"), { file: "roadmaps/" + f });
  const plan = planRoadmap(roadmap!, { asOf: "2025-10-25" });
  const t = performance.now();
  const md = renderMarkdown(plan, { dateLocale: await loadDateLocale(roadmap!.locale), generator: "roadmap-kit 0.1.0" });
  console.log(f, (performance.now() - t).toFixed(1), "ms", md.length);
  writeFileSync("/tmp/mdr7/" + f.replace(".yaml", ".md"), md);
}

import { readFileSync } from "node:fs";
import { parseRoadmap } from "./src/index.js";
import { planRoadmap } from "./src/plan/plan-roadmap.js";
import { renderMarkdown } from "./src/render/render-markdown.js";
const { roadmap, diagnostics } = parseRoadmap(readFileSync("test/render-markdown/fixtures/hostile.yaml", "utf8"), { file: "test/render-markdown/fixtures/hostile.yaml" });
if (!roadmap) { console.log(diagnostics); process.exit(1); }
const plan = planRoadmap(roadmap, { asOf: "2025-10-25" });
console.log(plan.diagnostics.map(d=>d.message));
const md = renderMarkdown(plan);
(await import("node:fs")).writeFileSync("/tmp/mdr7/hostile.md", md);
console.log(md);

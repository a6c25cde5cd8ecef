import { readFileSync } from "node:fs";
import { importMarkdown, type ImportOptions } from "../../src/import/import-markdown.js";
import { parseRoadmap } from "../../src/load/parse-roadmap.js";
import type { Roadmap } from "../../src/model.js";

export const FIXTURES = new URL("./fixtures/", import.meta.url);

/** One line per item: indented by depth, with the values the importer read. */
export function outlineOf(roadmap: Roadmap): string {
  return roadmap.items
    .map((it) => {
      const parts = [`${"  ".repeat(it.depth)}${it.title}`];
      if (it.id && it.explicitId) parts.push(`id=${it.id}`);
      if (it.status) parts.push(`[${it.status}]`);
      if (it.priority) parts.push(`priority=${it.priority}`);
      if (it.owner) parts.push(`owner=${it.owner.join("+")}`);
      if (it.when) parts.push(`when=${it.when.text}`);
      if (it.duration) parts.push(`duration=${it.duration.text}`);
      if (it.due) parts.push(`due=${it.due}`);
      if (it.completed) parts.push(`completed=${it.completed}`);
      if (it.after.length > 0) parts.push(`after=${it.after.join("+")}`);
      if (it.refs.length > 0) parts.push(`refs=${it.refs.join("+")}`);
      if (it.deliverables.length > 0) parts.push(`deliverables=${it.deliverables.map((d) => `${d.title}${d.done ? "✓" : ""}`).join("+")}`);
      if (it.success.length > 0) parts.push(`success=${it.success.map((d) => d.title).join("+")}`);
      if (it.goal) parts.push(`goal=${it.goal}`);
      return parts.join(" ");
    })
    .join("\n");
}

/** Imports a fixture as of a fixed date and parses the result. */
export function importFixture(name: string, options: Partial<ImportOptions> = {}) {
  const markdown = readFileSync(new URL(name, FIXTURES), "utf8");
  const result = importMarkdown(markdown, { date: "2026-03-02", source: name, schema: "./roadmap.schema.json", ...options });
  const { roadmap, diagnostics } = parseRoadmap(result.yaml);
  if (!roadmap) throw new Error(`${name}: the import does not parse: ${JSON.stringify(diagnostics)}`);
  return { ...result, markdown, roadmap, outline: outlineOf(roadmap) };
}

import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../../src/render/render-markdown.js";
import { bundled, FIXTURES_DIR, planFile, renderFile } from "./helpers.js";
import { lintMarkdown } from "./lint-markdown.js";

describe("markdownlint-cli2 on the Markdown report", () => {
  it("runs with this folder's configuration (MD013 off) and does report problems", async () => {
    const { code, findings } = await lintMarkdown({
      "long-line.md": `# Title\n\n${"word ".repeat(60).trim()}\n`,
      "bad.md": "#Title\n",
    });
    expect(code).toBe(1);
    expect(findings.join("\n")).not.toContain("long-line.md");
    expect(findings.join("\n")).toMatch(/bad\.md:1(:\d+)? error MD018\/no-missing-space-atx/);
  });

  it("reports nothing on the render of every roadmap in roadmaps/", async () => {
    const documents: Record<string, string> = {};
    for (const file of bundled) documents[file.replace(/\.yaml$/, ".md")] = (await renderFile(file)).markdown;
    expect(Object.keys(documents).length).toBeGreaterThanOrEqual(6);
    const { code, findings } = await lintMarkdown(documents);
    expect(findings).toEqual([]);
    expect(code).toBe(0);
  });

  it("reports nothing on the render of the hostile roadmap, nor on roadmaps as of other dates", async () => {
    const documents: Record<string, string> = {
      "hostile.md": renderMarkdown(planFile(`${FIXTURES_DIR}hostile.yaml`)),
      "refs.md": renderMarkdown(planFile(`${FIXTURES_DIR}refs.yaml`)),
      "unscheduled.md": renderMarkdown(planFile(`${FIXTURES_DIR}unscheduled.yaml`)),
    };
    for (const file of bundled) documents[`later-${file.replace(/\.yaml$/, ".md")}`] = (await renderFile(file, "2026-06-01")).markdown;
    const { findings } = await lintMarkdown(documents);
    // No inline HTML either: raw HTML in titles and in Markdown bodies alike is shown as text.
    expect(findings).toEqual([]);
  });
});

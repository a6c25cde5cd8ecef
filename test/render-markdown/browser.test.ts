import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumMissingReason, launchChromium, type LaunchedChromium } from "../browser/launch-chromium.js";
import { oneLine } from "../../src/render/markdown/escape-markdown.js";
import { renderMarkdown } from "../../src/render/render-markdown.js";
import { FIXTURES_DIR, mermaidBlock, planFile, renderFile } from "./helpers.js";
import { renderGfm } from "./render-gfm.js";

/**
 * The gantt drawn by Mermaid in Chromium, as GitHub draws it: Mermaid's
 * browser bundle renders the report's ```mermaid block to SVG, and the bar
 * labels must read as the titles, with the characters written as entity
 * codes (`#58;`) shown as themselves. jsdom (mermaid.test.ts) parses but
 * cannot lay out an SVG, so this is the one place the drawing is checked.
 * Skips without /usr/bin/chromium unless REQUIRE_BROWSER=1.
 */

const ARTIFACTS = join(import.meta.dirname, "../../test-results/markdown-report");
const MERMAID_BUNDLE = createRequire(import.meta.url).resolve("mermaid/dist/mermaid.min.js");

const missing = chromiumMissingReason();
if (missing && process.env.REQUIRE_BROWSER === "1") throw new Error(`REQUIRE_BROWSER=1 but ${missing}`);

/** The report as a page: micromark's GFM HTML with each mermaid block drawn by Mermaid. */
function page(markdown: string): string {
  const body = renderGfm(markdown).replace(
    /<pre><code class="language-mermaid">([\s\S]*?)<\/code><\/pre>/g,
    (_m, code: string) => `<pre class="mermaid">${code}</pre>`,
  );
  return `<!doctype html><html><head><meta charset="utf-8"><style>body{font-family:sans-serif;max-width:1000px;margin:2em auto}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px}</style></head><body>${body}</body></html>`;
}

describe.skipIf(missing !== null)("the gantt drawn by Mermaid in Chromium", () => {
  let chromium: LaunchedChromium | undefined;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    chromium = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await chromium?.close();
  });

  /** Draws the report's gantt and returns the text of every bar label, top to bottom, and the section titles. */
  async function drawn(markdown: string, name: string): Promise<{ labels: string[]; sections: string[]; errors: string[] }> {
    const html = page(markdown);
    writeFileSync(join(ARTIFACTS, `${name}.html`), html);
    const p = await chromium!.context.newPage();
    const errors: string[] = [];
    p.on("pageerror", (e) => errors.push(e.message));
    await p.setContent(html, { waitUntil: "load" });
    await p.addScriptTag({ path: MERMAID_BUNDLE });
    await p.evaluate(async () => {
      const mermaid = (window as unknown as { mermaid: { initialize(c: object): void; run(o: object): Promise<void> } }).mermaid;
      mermaid.initialize({ startOnLoad: false, securityLevel: "strict" });
      await mermaid.run({ querySelector: "pre.mermaid" });
    });
    const result = await p.evaluate(() => ({
      labels: Array.from(document.querySelectorAll("svg text[id$='-text']")).map((t) => (t.textContent ?? "").trim()),
      sections: Array.from(document.querySelectorAll("svg text.sectionTitle")).map((t) => (t.textContent ?? "").trim()),
      svgs: document.querySelectorAll("pre.mermaid svg").length,
    }));
    await p.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
    await p.locator("pre.mermaid svg").screenshot({ path: join(ARTIFACTS, `${name}-gantt.png`) });
    await p.close();
    expect(result.svgs).toBe(1);
    return { labels: result.labels, sections: result.sections, errors };
  }

  it("draws the hostile gantt with every label as written", async () => {
    const plan = planFile(`${FIXTURES_DIR}hostile.yaml`, "2025-10-01");
    const { labels, sections, errors } = await drawn(renderMarkdown(plan), "hostile");
    expect(errors).toEqual([]);
    expect(labels).toContain("Title page: <b>HTML</b> a|b [link](javascript:alert(1))");
    expect(labels).toContain("Section 3 ; click me # not a comment");
    expect(labels).toContain("5% done %% comment? backticks and fences");
    expect(labels).toContain("Milestone: v1; #1 | done");
    expect(labels.some((l) => l.startsWith("🚧 Pipes | in | title and a newline: colon; semicolon # hash"))).toBe(true);
    expect(sections.join("\n")).toContain("Milestones");
  }, 60_000);

  it("draws one bar per phase and direct task of a bundled roadmap", async () => {
    const { plan, markdown } = await renderFile("codingagent-microservices-rewrite.yaml");
    const { labels, errors } = await drawn(markdown, "codingagent-microservices-rewrite");
    expect(errors).toEqual([]);
    expect(labels.length).toBe(
      mermaidBlock(markdown)!
        .split("\n")
        .filter((l) => /^ {4}\S/.test(l)).length,
    );
    expect(labels).toContain(`✅ ${oneLine(plan.itemsById.get("phase-0")!.title)}`);
  }, 60_000);
});

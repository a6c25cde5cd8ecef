// The library's two entries: the main entry bundles for the browser and runs
// there (parse, plan, lint, render); file-system helpers are in roadmap-kit/node.
// Both run against the built package (dist/), as a user gets it: `npm run build` first.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { isBuiltin } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build, type Metafile } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumMissingReason, launchChromium, type LaunchedChromium } from "./launch-chromium.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const MAIN = join(ROOT, "dist/index.js");
const NODE = join(ROOT, "dist/node/index.js");

const missing = chromiumMissingReason();
if (missing && process.env.REQUIRE_BROWSER === "1") throw new Error(`REQUIRE_BROWSER=1 but ${missing}`);

function requireBuild(): void {
  for (const file of [MAIN, NODE]) if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);
}

/** Bundles an entry as a browser app would (esbuild, platform browser, ESM); rejects when something does not resolve there. */
async function bundleForBrowser(entry: string): Promise<{ code: string; metafile: Metafile }> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: "browser",
    format: "esm",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  return { code: result.outputFiles[0].text, metafile: result.metafile };
}

/** Every module and import in the bundle that is a Node built-in (`node:fs`, `fs`, or one a package's browser field disabled). */
function nodeBuiltins(metafile: Metafile): string[] {
  const names = new Set<string>();
  const strip = (path: string) => path.replace(/^\(disabled\):/, "");
  for (const [path, input] of Object.entries(metafile.inputs)) {
    if (isBuiltin(strip(path))) names.add(path);
    for (const imported of input.imports) {
      if (isBuiltin(strip(imported.path)) || imported.external) names.add(imported.path);
    }
  }
  return [...names].sort();
}

const ROADMAP = `title: Checkout rewrite
start: 2026-01-05
phases:
  - title: Design
    duration: 1w
    status: done
  - title: Build
    duration: 2w
    progress: 50%
milestones:
  - title: Launch
    after: [build]
`;
const AS_OF = "2026-01-14";

describe("the main entry bundles for the browser", () => {
  let bundle: { code: string; metafile: Metafile };

  beforeAll(async () => {
    requireBuild();
    bundle = await bundleForBrowser(MAIN);
  }, 60_000);

  it("reaches no Node built-in module", () => {
    expect(nodeBuiltins(bundle.metafile)).toEqual([]);
  });

  it("is the whole library: loader, planner, lint and renderers, and nothing from roadmap-kit/node", () => {
    const inputs = Object.keys(bundle.metafile.inputs);
    for (const part of [
      "dist/load/parse-roadmap.js",
      "dist/plan/plan-roadmap.js",
      "dist/lint/lint-roadmap.js",
      "dist/render/render-html.js",
      "dist/render/render-markdown.js",
    ]) {
      expect(inputs).toContain(part);
    }
    expect(inputs.filter((p) => p.startsWith("dist/node/"))).toEqual([]);
  });

  it("the check catches a file-system import: roadmap-kit/node does not bundle for the browser", async () => {
    const error = await bundleForBrowser(NODE).then(
      () => undefined,
      (e: Error) => e,
    );
    expect(error?.message).toContain("node:fs/promises");
  });
});

describe.skipIf(missing !== null)(`the bundled library in Chromium${missing ? ` (skipped: ${missing})` : ""}`, () => {
  let chromium: LaunchedChromium;
  let bundle: string;

  beforeAll(async () => {
    requireBuild();
    bundle = (await bundleForBrowser(MAIN)).code;
    chromium = (await launchChromium())!;
  }, 60_000);

  afterAll(async () => {
    await chromium?.close();
  });

  it("parses, plans, lints and renders a roadmap in the page", async () => {
    const page = await chromium.context.newPage();
    const pageErrors: string[] = [];
    const requests: string[] = [];
    page.on("pageerror", (e) => pageErrors.push(e.message));
    page.on("request", (r) => requests.push(r.url()));
    // A made-up origin served from here: a page whose module script imports the bundle, and the bundle.
    const origin = "http://roadmap-kit.test";
    const html = `<!doctype html><title>roadmap-kit</title><script type="module">import * as kit from "/roadmap-kit.js"; window.roadmapKit = kit;</script>`;
    await page.route(`${origin}/**`, (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path === "/") return route.fulfill({ contentType: "text/html", body: html });
      if (path === "/roadmap-kit.js") return route.fulfill({ contentType: "text/javascript", body: bundle });
      return route.fulfill({ status: 404, body: "" });
    });
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => "roadmapKit" in window);

    const result = await page.evaluate(
      ({ text, asOf }) => {
        // biome-ignore lint/suspicious/noExplicitAny: the page sees the bundle as an untyped global
        const kit = (window as any).roadmapKit;
        const parsed = kit.parseRoadmap(text, { file: "roadmap.yaml" });
        const plan = kit.planRoadmap(parsed.roadmap, { asOf });
        const problems = kit.lintRoadmap(parsed.roadmap, plan, { asOf });
        const html = kit.renderHtml(plan);
        const markdown = kit.renderMarkdown(plan);
        const doc = new DOMParser().parseFromString(html, "text/html");
        const bad = kit.parseRoadmap("title: Broken\nphases:\n  - title: Build\n    status: in progress\n", { file: "bad.yaml" });
        return {
          hasProcess: typeof (globalThis as { process?: unknown }).process !== "undefined",
          title: plan.title,
          finish: plan.finish,
          items: plan.items.map((i: { id: string; start: string; end: string; critical: boolean }) => [i.id, i.start, i.end, i.critical]),
          criticalPath: plan.criticalPath,
          problems: problems.map((d: { code: string }) => d.code),
          badDiagnostics: bad.diagnostics.map(
            (d: { code: string; range: { start: { line: number; col: number } } }) => `${d.code} ${d.range.start.line}:${d.range.start.col}`,
          ),
          heading: doc.querySelector("h1")?.textContent ?? null,
          ganttRows: Array.from(doc.querySelectorAll("svg.gantt-svg g[data-item]")).map((g) => g.getAttribute("data-item")),
          markdown,
        };
      },
      { text: ROADMAP, asOf: AS_OF },
    );

    expect(pageErrors).toEqual([]);
    expect(requests.every((u) => u.startsWith(`${origin}/`))).toBe(true);
    expect(result.hasProcess).toBe(false);
    expect(result.title).toBe("Checkout rewrite");
    // A one-week phase from Monday 5 January, then two working weeks, then the milestone on Build's last day.
    expect(result.items).toEqual([
      ["design", "2026-01-05", "2026-01-09", true],
      ["build", "2026-01-12", "2026-01-23", true],
      ["launch", "2026-01-23", "2026-01-23", true],
    ]);
    expect(result.finish).toBe("2026-01-23");
    expect(result.criticalPath).toEqual(["design", "build", "launch"]);
    expect(result.problems).toEqual([]);
    expect(result.badDiagnostics).toEqual(["invalid-value 4:13"]);
    expect(result.heading).toContain("Checkout rewrite");
    expect(result.ganttRows).toEqual(["design", "build", "launch"]);
    expect(result.markdown).toMatch(/^# Checkout rewrite\n/);
    expect(result.markdown).toContain("Build :crit, 2026-01-12, 2026-01-23");
    expect(result.markdown).toContain("Jan 12 – Jan 23, 2026");
    await page.close();
  });
});

describe("roadmap-kit/node", () => {
  beforeAll(requireBuild);

  /** Runs an ES module in a real Node process in the package folder, so `roadmap-kit/…` resolves through package.json's exports. */
  const runNode = (source: string) => spawnSync(process.execPath, ["--input-type=module", "-e", source], { cwd: ROOT, encoding: "utf8", timeout: 30_000 });

  it("is declared in package.json with its types, both built", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { exports: Record<string, { types: string; default: string }> };
    expect(pkg.exports["./node"]).toEqual({ types: "./dist/node/index.d.ts", default: "./dist/node/index.js" });
    expect(existsSync(join(ROOT, pkg.exports["./node"].types))).toBe(true);
  });

  it("loads a roadmap file with loadRoadmap; the main entry has no loadRoadmap", () => {
    const fixture = join(ROOT, "test/fixtures/valid/calendar-and-metadata.yaml");
    const r = runNode(`
      import * as main from "roadmap-kit";
      import { loadRoadmap } from "roadmap-kit/node";
      const loaded = await loadRoadmap(${JSON.stringify(fixture)});
      const missing = await loadRoadmap(${JSON.stringify(join(ROOT, "test/fixtures/valid/no-such-file.yaml"))});
      console.log(JSON.stringify({
        mainHasLoadRoadmap: "loadRoadmap" in main,
        title: loaded.roadmap?.title,
        locale: loaded.roadmap?.locale,
        start: loaded.roadmap?.start,
        file: loaded.roadmap?.file,
        errors: loaded.diagnostics.filter((d) => d.severity === "error").length,
        missing: missing.diagnostics.map((d) => d.code),
      }));
    `);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    const title = /^title: (.*)$/m.exec(readFileSync(fixture, "utf8"))?.[1];
    expect(out).toEqual({
      mainHasLoadRoadmap: false,
      title,
      locale: "tr",
      start: "2026-01-05",
      file: fixture,
      errors: 0,
      missing: ["file-not-found"],
    });
  });
});

import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumMissingReason, launchChromium, type LaunchedChromium } from "../browser/launch-chromium.js";
import { hostileRoadmapYaml, PWNED_FLAG } from "./hostile-roadmap.js";
import { historyPages } from "../render-diff/history-pages.js";
import { allRoadmaps, renderFor, scheduledIds } from "./html-helpers.js";

/** Rendered pages, screenshots and PDFs land here (gitignored; CI keeps them as artifacts). */
const ARTIFACTS = join(import.meta.dirname, "../../test-results/html-report");

const missing = chromiumMissingReason();
if (missing && process.env.REQUIRE_BROWSER === "1") throw new Error(`REQUIRE_BROWSER=1 but ${missing}`);

interface Watched {
  page: Page;
  consoleProblems: string[];
  pageErrors: string[];
  requests: string[];
  open(html: string, name: string): Promise<string>;
}

async function watchedPage(chromium: LaunchedChromium): Promise<Watched> {
  const page = await chromium.context.newPage();
  const watched: Watched = {
    page,
    consoleProblems: [],
    pageErrors: [],
    requests: [],
    async open(html, name) {
      const file = join(ARTIFACTS, `${name}.html`);
      writeFileSync(file, html);
      const url = pathToFileURL(file).href;
      page.on("request", (r) => {
        if (r.url() !== url) watched.requests.push(r.url());
      });
      await page.goto(url, { waitUntil: "load" });
      return url;
    },
  };
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") watched.consoleProblems.push(`${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => watched.pageErrors.push(e.message));
  return watched;
}

/** What the DOM holds that could run code: scripts, handler attributes, non-http(s)/mailto link targets, embeds. */
async function activeContent(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const el of Array.from(document.querySelectorAll("*"))) {
      const tag = el.tagName.toLowerCase();
      if (["script", "iframe", "object", "embed", "form", "base", "img", "input", "textarea"].includes(tag)) found.push(`<${tag}>`);
      for (const attr of Array.from(el.attributes)) {
        if (attr.name.toLowerCase().startsWith("on")) found.push(`${tag}[${attr.name}]`);
        if (/^(href|src|action|formaction|xlink:href|data)$/i.test(attr.name)) {
          const protocol = new URL(attr.value, document.baseURI).protocol;
          const ok = ["http:", "https:", "mailto:", "file:"].includes(protocol) || (tag === "link" && attr.value === "data:,");
          if (!ok) found.push(`${tag}[${attr.name}=${attr.value}]`);
        }
      }
    }
    return found;
  });
}

describe.skipIf(missing !== null)(`HTML report in Chromium${missing ? ` (skipped: ${missing})` : ""}`, () => {
  let chromium: LaunchedChromium;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    chromium = (await launchChromium())!;
  }, 60_000);

  afterAll(async () => {
    await chromium?.close();
  });

  it.each(allRoadmaps().filter(([name]) => name !== "hostile"))(
    "%s: loads clean, draws every scheduled item, themes, prints, fits a phone",
    async (name, text) => {
      const { plan, html } = await renderFor(text, `${name}.yaml`);
      const w = await watchedPage(chromium);
      const { page } = w;
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.emulateMedia({ colorScheme: "light", media: "screen" });
      await w.open(html, name);

      // One bar (or diamond) per scheduled item, each with a size once its phase is open.
      const ids = await page.$$eval("svg.gantt-svg [data-item]", (els) => els.map((e) => e.getAttribute("data-item")));
      expect(ids.sort()).toEqual(scheduledIds(plan).sort());
      await page.screenshot({ path: join(ARTIFACTS, `${name}-light.png`), fullPage: true });
      await page.emulateMedia({ colorScheme: "dark", media: "screen" });
      await page.screenshot({ path: join(ARTIFACTS, `${name}-dark.png`), fullPage: true });
      await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
      const empty = await page.$$eval(
        "svg.gantt-svg [data-item]",
        (els) =>
          els.filter((e) => {
            const r = e.getBoundingClientRect();
            return r.width <= 0 || r.height <= 0;
          }).length,
      );
      expect(empty).toBe(0);

      // Charts are images with a name and a description.
      const unnamed = await page.$$eval(
        "svg.gantt-svg, svg.kpi-svg, svg.budget-svg, svg.forecast-svg",
        (svgs) =>
          svgs.filter(
            (s) => s.getAttribute("role") !== "img" || !s.querySelector(":scope > title")?.textContent || !s.querySelector(":scope > desc")?.textContent,
          ).length,
      );
      expect(unnamed).toBe(0);

      // Phone width: nothing but the charts' own scroll boxes is wider than the screen.
      await page.setViewportSize({ width: 390, height: 844 });
      await page.emulateMedia({ colorScheme: "light", media: "screen" });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: join(ARTIFACTS, `${name}-phone.png`) });

      // Print: closed phases print open, every chart piece keeps its bars together.
      await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = false)));
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.emulateMedia({ media: "print", colorScheme: "light" });
      const printed = await page.$$eval(".phase-chart svg.gantt-svg", (svgs) =>
        svgs.map((s) => ({ h: s.getBoundingClientRect().height, avoid: getComputedStyle(s).breakInside })),
      );
      for (const p of printed) {
        expect(p.h).toBeGreaterThan(0);
        expect(p.avoid).toBe("avoid");
      }
      await page.pdf({ path: join(ARTIFACTS, `${name}.pdf`), format: "A4", printBackground: true });

      expect(w.pageErrors).toEqual([]);
      expect(w.consoleProblems).toEqual([]);
      expect(w.requests).toEqual([]);
      await page.close();
    },
    60_000,
  );

  it.each(historyPages())(
    "%s (render --history): the two charts named and described, loads clean, runs nothing, fits a phone",
    async (name, html) => {
      const w = await watchedPage(chromium);
      const { page } = w;
      await page.setViewportSize({ width: 1280, height: 900 });
      await w.open(html, name);
      const charts = await page.$$eval("#history svg.history-svg", (svgs) =>
        svgs.map((s) => ({
          role: s.getAttribute("role"),
          title: s.querySelector(":scope > title")?.textContent ?? "",
          desc: s.querySelector(":scope > desc")?.textContent ?? "",
          height: s.getBoundingClientRect().height,
        })),
      );
      expect(charts.map((c) => c.title)).toEqual(["Planned finish by version", "Milestone trend: planned date by report date"]);
      for (const c of charts) {
        expect(c.role).toBe("img");
        expect(c.desc.length).toBeGreaterThan(20);
        expect(c.height).toBeGreaterThan(100);
      }
      // One line per milestone and top-level phase, drawn in the colour of its legend entry.
      const series = await page.$$eval("#history svg .mta-series", (gs) => gs.map((g) => getComputedStyle(g.querySelector("circle")!).fill));
      const legend = await page.$$eval("#history li.mta-series line", (ls) => ls.map((l) => getComputedStyle(l).stroke));
      expect(series.length).toBeGreaterThan(0);
      expect(series).toEqual(legend);
      await page.screenshot({ path: join(ARTIFACTS, `${name}-light.png`), fullPage: true });
      await page.emulateMedia({ colorScheme: "dark", media: "screen" });
      await page.screenshot({ path: join(ARTIFACTS, `${name}-dark.png`), fullPage: true });
      await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
      await page.waitForTimeout(100);
      expect(await page.evaluate((flag) => (window as unknown as Record<string, unknown>)[flag], PWNED_FLAG)).toBeUndefined();
      expect(await activeContent(page)).toEqual([]);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.emulateMedia({ colorScheme: "light", media: "screen" });
      // Nothing of the history section but the charts' own scroll boxes is wider than the screen (the
      // hostile roadmap's other sections have unbreakable payloads, as in the hostile tests below).
      const wide = await page.$$eval(
        "#history *",
        (els) =>
          els.filter((el) => {
            if (el.getBoundingClientRect().right <= window.innerWidth + 0.5) return false;
            for (let a = el.parentElement; a; a = a.parentElement) if (getComputedStyle(a).overflowX === "auto") return false;
            return true;
          }).length,
      );
      expect(wide).toBe(0);
      if (name === "history-platform") expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      await page.emulateMedia({ media: "print", colorScheme: "light" });
      await page.pdf({ path: join(ARTIFACTS, `${name}.pdf`), format: "A4", printBackground: true });
      expect(w.pageErrors).toEqual([]);
      expect(w.consoleProblems).toEqual([]);
      expect(w.requests).toEqual([]);
      await page.close();
    },
    60_000,
  );

  describe("a hostile roadmap (payloads in every text field)", () => {
    it.each([
      ["with its Content-Security-Policy", false],
      ["with the CSP removed, so escaping alone must hold", true],
    ])("runs nothing %s", async (_label, stripCsp) => {
      const { html } = await renderFor(hostileRoadmapYaml(), "hostile.yaml");
      const page = stripCsp ? html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\n/, "") : html;
      if (stripCsp) expect(page).not.toContain("Content-Security-Policy");
      const w = await watchedPage(chromium);
      await w.open(page, stripCsp ? "hostile-no-csp" : "hostile");
      // Give anything that could fire (onload, onerror, ontoggle, timers) the chance to.
      await w.page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
      await w.page.waitForTimeout(300);
      await w.page.mouse.move(200, 200);
      expect(await w.page.evaluate((flag) => (window as unknown as Record<string, unknown>)[flag], PWNED_FLAG)).toBeUndefined();
      expect(await activeContent(w.page)).toEqual([]);
      // The payloads are on the page as text.
      expect(await w.page.textContent("h1")).toContain(`<script>window.${PWNED_FLAG}=1</script>`);
      expect(w.pageErrors).toEqual([]);
      expect(w.consoleProblems).toEqual([]);
      expect(w.requests).toEqual([]);
      if (!stripCsp) await w.page.screenshot({ path: join(ARTIFACTS, "hostile-light.png") });
      await w.page.close();
    });

    it("the flag check works: the same payload does run when not escaped", async () => {
      const w = await watchedPage(chromium);
      await w.open(`<!DOCTYPE html><html lang="en"><title>control</title><p><img src=x onerror="window.${PWNED_FLAG}=2"></p></html>`, "hostile-control");
      await w.page.waitForFunction((flag) => (window as unknown as Record<string, unknown>)[flag] === 2, PWNED_FLAG, { timeout: 5000 });
      await w.page.close();
    });
  });
});

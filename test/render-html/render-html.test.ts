import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderHtml, reportCsp } from "../../src/render/render-html.js";
import { reportStyles } from "../../src/render/html/styles.js";
import { hostileRoadmapYaml, PWNED_FLAG } from "./hostile-roadmap.js";
import { startTags, strayMarkup } from "./html-tags.js";
import { largeRoadmapYaml } from "./large-roadmap.js";
import { AS_OF, planOf, ROADMAPS_DIR } from "../plan-of.js";
import { allRoadmaps, FIXTURES_DIR, renderFor, scheduledIds } from "./html-helpers.js";

const roadmaps = allRoadmaps();

describe("renderHtml", () => {
  it("matches the file snapshots (roadmap-kit and the all-features fixture)", async () => {
    const kit = await renderFor(readFileSync(join(ROADMAPS_DIR, "roadmap-kit.yaml"), "utf8"), "roadmap-kit.yaml");
    await expect(kit.html).toMatchFileSnapshot("__snapshots__/roadmap-kit.html");
    const all = await renderFor(readFileSync(join(FIXTURES_DIR, "all-features.yaml"), "utf8"), "all-features.yaml");
    await expect(all.html).toMatchFileSnapshot("__snapshots__/all-features.html");
  });

  it.each(roadmaps)("%s: is deterministic and self-contained", async (name, text) => {
    const a = await renderFor(text, `${name}.yaml`);
    const b = await renderFor(text, `${name}.yaml`);
    expect(a.html).toBe(b.html);
    expect(a.html.startsWith("<!DOCTYPE html>\n<html lang=")).toBe(true);
    // No external resources of any kind, no scripts: only these elements, no src, links only to data:,.
    const tags = startTags(a.html);
    expect(strayMarkup(a.html)).toEqual([]);
    const names = new Set(tags.map((t) => t.name));
    for (const banned of ["script", "img", "iframe", "object", "embed", "audio", "video", "source", "base", "form", "input"])
      expect(names).not.toContain(banned);
    expect(tags.filter((t) => t.name === "link").map((t) => t.attrs)).toEqual([
      [
        ["rel", "icon"],
        ["href", "data:,"],
      ],
    ]);
    expect(tags.flatMap((t) => t.attrs.filter(([n]) => n === "src" || n === "srcset" || n === "xlink:href"))).toEqual([]);
    expect(reportStyles).not.toMatch(/url\(|@import/);
  });

  it.each(roadmaps)("%s: has one timeline mark per scheduled item", async (name, text) => {
    const { plan, html } = await renderFor(text, `${name}.yaml`);
    const marks = [...html.matchAll(/<g class="g-item[^"]*" data-item="([^"]*)">/g)].map((m) => m[1]);
    const expected = scheduledIds(plan).map((id) => id.replace(/&/g, "&amp;").replace(/"/g, "&quot;"));
    expect(marks.sort()).toEqual(expected.sort());
  });

  it("stays fast and chunked at 500 items: no chart piece over 24 rows", async () => {
    const { plan } = await renderFor(largeRoadmapYaml(), "large.yaml");
    expect(plan.items.length).toBeGreaterThanOrEqual(500);
    const started = performance.now();
    const html = renderHtml(plan);
    expect(performance.now() - started).toBeLessThan(2000);
    for (const svg of html.match(/<svg class="gantt-svg[\s\S]*?<\/svg>/g) ?? []) {
      expect((svg.match(/data-item=/g) ?? []).length).toBeLessThanOrEqual(24);
    }
  });

  it("allows its own stylesheet by hash and nothing else", () => {
    const plan = planOf(readFileSync(join(ROADMAPS_DIR, "roadmap-kit.yaml"), "utf8"), "roadmap-kit.yaml");
    const html = renderHtml(plan);
    const hash = createHash("sha256").update(reportStyles, "utf8").digest("base64");
    expect(reportCsp).toBe(`default-src 'none'; style-src 'sha256-${hash}'; img-src data:; base-uri 'none'; form-action 'none'`);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${reportCsp.replace(/'/g, "&#39;")}">`);
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
    expect(styles).toEqual([reportStyles]);
    expect(html).not.toMatch(/\sstyle="/);
  });

  it("speaks the roadmap's locale: labels, dates and <html lang>", async () => {
    const ru = await renderFor(readFileSync(join(ROADMAPS_DIR, "selfmonitor-tech-improvements.yaml"), "utf8"), "selfmonitor.yaml");
    expect(ru.html).toContain('<html lang="ru">');
    expect(ru.html).toContain("23 фев. 2026 г.");
    const tr = await renderFor(readFileSync(join(ROADMAPS_DIR, "levibot-cloud-native-modernization.yaml"), "utf8"), "levibot.yaml");
    expect(tr.html).toContain('<html lang="tr">');
    expect(tr.html).toContain("1 Eki 2025");
    // The labels are Turkish too, so the page's lang is right for them (uppercasing by Turkish rules is right: `SÜRÜM`).
    expect(tr.html).toContain("<dt>Sürüm</dt>");
    expect(tr.html).not.toContain("<dt>Version</dt>");
  });

  it("escapes every hostile string: no markup, handler or unsafe URL from the roadmap survives", () => {
    const html = renderHtml(planOf(hostileRoadmapYaml(), "hostile.yaml"));
    expect(html).toContain(`&lt;script&gt;window.${PWNED_FLAG}=1&lt;/script&gt;`);
    const tags = startTags(html);
    expect(strayMarkup(html)).toEqual([]);
    expect(tags.filter((t) => t.name === "body")).toHaveLength(1);
    expect(tags.filter((t) => t.name === "style")).toHaveLength(1);
    for (const { name, attrs } of tags) {
      expect(name).not.toMatch(/^(script|iframe|object|embed|form|img|math|base|input|textarea|noscript)$/);
      for (const [attr, value] of attrs) {
        expect(attr, `<${name} ${attr}="${value}">`).not.toMatch(/^on/);
        if (/^(href|src|action|data|xlink:href|formaction)$/.test(attr)) expect(value).toMatch(/^(#|https?:|mailto:|data:,$|[^:]*$)/i);
      }
    }
    expect(html).toContain('<html lang="en">');
  });

  it("renders a roadmap with nothing scheduled and no risks, KPIs or budgets", () => {
    const html = renderHtml(planOf("title: Empty\nphases:\n  - title: Someday\n", "empty.yaml"));
    expect(html).toContain("Nothing is scheduled yet");
    expect(html).not.toContain('id="risks"');
    expect(html).not.toContain('<svg class="gantt-svg');
  });
});

describe("renderHtml: the finish forecast", () => {
  // Build takes 5 to 10 working days from Mon Nov 3: the finish is Nov 12, 13, 14, 17, 18 or 19, a sixth each.
  const ranged = "title: Ranged\nstart: 2025-11-03\ndue: 2025-11-17\nphases:\n  - title: Build\n    duration: 1-2w\n  - title: Ship\n    duration: 3d\n";
  const cases: [string, string, boolean, string | null][] = [
    [
      "a due date: percentiles and the chance of the due date",
      ranged,
      true,
      "Half the simulated plans finish by Nov 14, 2025, four in five by Nov 18, 2025, nineteen in twenty by Nov 19, 2025. 67% finish by the due date, Nov 17, 2025. Exact: every one of the 6 combinations of the estimate ranges, planned once.",
    ],
    ["no forecast asked for", ranged, false, null],
    ["no estimate ranges: the forecast only repeats the planned finish", ranged.replace("1-2w", "2w"), true, null],
  ];
  it.each(cases)("%s", (_, text, forecast, lead) => {
    const html = renderHtml(planOf(text, "ranged.yaml", AS_OF, forecast ? {} : undefined));
    const section = /<section id="forecast"[\s\S]*?<\/section>/.exec(html)?.[0] ?? null;
    if (lead === null) {
      expect(section).toBeNull();
      expect(html).not.toContain('href="#forecast"');
      return;
    }
    expect(section).toContain(`<p class="section-lead">${lead}</p>`);
    // The chart is an image with a name and a description; the table has one row per finish date, adding up to all the plans.
    expect(section).toMatch(
      /<svg class="forecast-svg" role="img"[^>]*><title>Finish date forecast<\/title><desc>Share of 6 simulated plans finishing on each date\. P50 Nov 14, 2025, P80 Nov 18, 2025, P95 Nov 19, 2025\. due Nov 17, 2025: 67% finish by then\./,
    );
    expect(section!.match(/<g class="fc-bar">/g)).toHaveLength(6);
    const rows = [
      ...section!.matchAll(/<tr><th scope="row" class="num">([^<]*)<\/th><td class="num">([^<]*)<\/td><td class="num">([^<]*)<\/td><td>([^<]*)<\/td><\/tr>/g),
    ].map((m) => m.slice(1));
    expect(rows).toEqual([
      ["Nov 12, 2025", "16.7%", "16.7%", ""],
      ["Nov 13, 2025", "16.7%", "33.3%", ""],
      ["Nov 14, 2025", "16.7%", "50%", "P50"],
      ["Nov 17, 2025", "16.7%", "66.7%", ""],
      ["Nov 18, 2025", "16.7%", "83.3%", "P80"],
      ["Nov 19, 2025", "16.7%", "100%", "P95"],
    ]);
    expect(html).toContain("P80 finish Nov 18 · 67% by the due date");
  });
});

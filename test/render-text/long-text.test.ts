import { describe, expect, it } from "vitest";
import type { Plan } from "../../src/plan/types.js";
import { renderHtml } from "../../src/render/render-html.js";
import { renderMarkdown } from "../../src/render/render-markdown.js";
import { renderTerminal, renderTimeline } from "../../src/render/render-terminal.js";
import { displayWidth } from "../../src/render/terminal/display-width.js";
import { planOf } from "../plan-of.js";

/** Graphemes in each long title. */
const LENGTH = 200_000;
const ELLIPSIS = "…";

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });
/** The grapheme clusters of a short text (the test's own reference: Intl.Segmenter, whole). */
const clusters = (text: string) => Array.from(segmenter.segment(text), (s) => s.segment);

/** `label`, a space, then `units` over and over, then a full stop (titles are trimmed): LENGTH graphemes in all. */
function longTitle(label: string, units: string[]): string {
  const head = clusters(`${label} `);
  return head
    .concat(
      Array.from({ length: LENGTH - head.length - 1 }, (_, i) => units[i % units.length]),
      ".",
    )
    .join("");
}

const SCRIPTS = [
  { name: "Latin letters", units: [..."Lorem ipsum dolor sit amet "] },
  { name: "CJK", units: [..."路线图规划界"] },
  { name: "emoji", units: ["🚀", "👩‍💻", "🇯🇵", "👍🏽"] },
];

interface Titles {
  roadmap: string;
  phase: string;
  task: string;
  milestone: string;
}

function longRoadmap(units: string[]): { plan: Plan; titles: Titles } {
  const titles = {
    roadmap: longTitle("Roadmap", units),
    phase: longTitle("Phase", units),
    task: longTitle("Task", units),
    milestone: longTitle("Milestone", units),
  };
  const roadmap = {
    title: titles.roadmap,
    start: "2026-01-05",
    phases: [
      {
        id: "p1",
        title: titles.phase,
        status: "in-progress",
        tasks: [
          { id: "t1", title: titles.task, duration: "1w", status: "in-progress" },
          { id: "t2", title: "Short task", duration: "1w", after: ["t1"] },
        ],
      },
      { id: "p2", title: "Second", duration: "1w" },
    ],
    milestones: [{ id: "m1", title: titles.milestone, after: ["p1"] }],
  };
  return { plan: planOf(JSON.stringify(roadmap), "long.yaml", "2026-01-07"), titles };
}

/**
 * `shown` is `title` cut short: a non-empty start of it, ending between two
 * of its graphemes, then the ellipsis; at most `maxGraphemes` long.
 */
function expectCutOf(shown: string, title: string, maxGraphemes: number) {
  expect(shown.endsWith(ELLIPSIS), shown).toBe(true);
  const kept = shown.slice(0, -ELLIPSIS.length);
  expect(kept.length).toBeGreaterThan(0);
  expect(title.startsWith(kept), `${kept} starts the title`).toBe(true);
  expect(
    clusters(title.slice(0, kept.length + 20))
      .join("|")
      .startsWith(`${clusters(kept).join("|")}|`),
    `${kept} ends at a grapheme`,
  ).toBe(true);
  expect(clusters(shown).length).toBeLessThanOrEqual(maxGraphemes);
}

/**
 * The cut of `title` that `text` shows: from where its first three
 * characters appear to the next ellipsis on that line (the cut may fall
 * inside the title's first word on a narrow terminal).
 */
function cutShown(text: string, title: string): string {
  const start = title.slice(0, 3);
  for (const line of text.split("\n")) {
    for (let i = line.indexOf(start); i >= 0; i = line.indexOf(start, i + 1)) {
      const end = line.indexOf(ELLIPSIS, i);
      const shown = end < 0 ? "" : line.slice(i, end + ELLIPSIS.length);
      if (shown && title.startsWith(shown.slice(0, -ELLIPSIS.length))) return shown;
    }
  }
  return expect.fail(`no cut of "${start}…" in:\n${text.slice(0, 2000)}`);
}

describe.each(SCRIPTS)("titles of 200,000 graphemes ($name) render, cut where the format cuts", ({ units }) => {
  const { plan, titles } = longRoadmap(units);

  it("Markdown: headings keep the whole title, the Mermaid gantt cuts its labels", () => {
    const md = renderMarkdown(plan);
    expect(md.startsWith(`# ${titles.roadmap}\n`)).toBe(true);
    expect(md).toContain(`### 🚧 ${titles.phase}\n`);
    expect(md).toContain(`### 🏁 ${titles.milestone}\n`);
    expect(md).toContain(`- [ ] ${titles.task} — `);
    const gantt = md.slice(md.indexOf("```mermaid"), md.indexOf("```", md.indexOf("```mermaid") + 3));
    expect(gantt.length).toBeLessThan(4000);
    const labels = gantt
      .split("\n")
      .filter((l) => l.startsWith("    "))
      .map((l) => l.trim().replace(/ :.*$/, ""));
    for (const title of [titles.phase, titles.task, titles.milestone]) {
      const label = title.slice(0, title.indexOf(" "));
      const shown = labels.find((l) => l.includes(`${label} `));
      if (!shown) expect.fail(`no gantt label for ${label}: ${labels.join("\n")}`);
      expectCutOf(shown.slice(shown.indexOf(label)), title, 60);
    }
    expect(gantt).toContain(`  section ${cutShown(gantt, titles.phase)}\n`);
    expect(gantt).toContain(`  accTitle: Schedule of ${cutShown(gantt, titles.roadmap)}\n`);
    expectCutOf(cutShown(gantt, titles.phase), titles.phase, 60);
    expectCutOf(cutShown(gantt, titles.roadmap), titles.roadmap, 200);
  });

  it("HTML: the page keeps the whole title, <title> and the chart labels are cut", () => {
    const html = renderHtml(plan);
    expect(html).toContain(`<h1>${titles.roadmap}</h1>`);
    const documentTitle = html.match(/<title>([^<]*)<\/title>/)?.[1] ?? "";
    expect(documentTitle.length).toBeLessThanOrEqual(70);
    expectCutOf(documentTitle, titles.roadmap, 70);
    const chartLabels = [...html.matchAll(/<text class="g-label[^"]*"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    for (const title of [titles.phase, titles.task, titles.milestone]) {
      const label = title.slice(0, title.indexOf(" "));
      const shown = chartLabels.find((l) => l.startsWith(`${label} `));
      if (!shown) expect.fail(`no chart label for ${label}: ${chartLabels.join("\n")}`);
      expectCutOf(shown, title, 60);
    }
  });

  it.each([24, 40, 80, 120])("terminal status and timeline at %i columns: every line fits, the titles are cut", (width) => {
    const status = renderTerminal(plan, { width });
    const timeline = renderTimeline(plan, { width, depth: 2 });
    for (const [name, out] of [
      ["status", status],
      ["timeline", timeline],
    ]) {
      for (const line of out.split("\n")) expect(displayWidth(line), `${name} at ${width}: ${line}`).toBeLessThanOrEqual(width);
      expectCutOf(out.split("\n")[0], titles.roadmap, width);
    }
    // the status report names the phase and the milestone (the task only on the critical path, which may be dropped when narrow)
    expectCutOf(cutShown(status, titles.phase), titles.phase, width);
    expectCutOf(cutShown(status, titles.milestone), titles.milestone, width);
    for (const title of [titles.phase, titles.task, titles.milestone]) expectCutOf(cutShown(timeline, title), title, width);
  });
});

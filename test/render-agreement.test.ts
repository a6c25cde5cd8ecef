// @vitest-environment jsdom
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderHtml } from "../src/render/render-html.js";
import { renderMarkdown } from "../src/render/render-markdown.js";
import { renderTerminal } from "../src/render/render-terminal.js";
import { bundledRoadmaps, dateLocaleOf, planFile, ROADMAPS_DIR, ROOT } from "./plan-of.js";

/** Every bundled roadmap, and two fixtures that fill every section (blocked work, KPIs of every verdict). */
const roadmaps = [
  ...bundledRoadmaps.map((f) => join(ROADMAPS_DIR, f)),
  join(ROOT, "test/terminal/fixtures/platform.yaml"),
  join(ROOT, "test/render-html/fixtures/all-features.yaml"),
];
const name = (path: string) => path.slice(ROOT.length + 1);

/**
 * The counts a reader takes from a report, read back out of each output's own
 * text (Markdown text, the HTML page's DOM, the terminal text without colour),
 * never from the report model: the three outputs format one model, so they agree.
 */
interface Counts {
  overdue: number;
  blocked: number;
  upcoming: number;
  openRisks: number;
  current: number;
  kpis: Record<"meets" | "misses" | "no-value" | "not-due", number>;
}

/** English labels whatever the roadmap's language, where a renderer takes the option: the parsers read English words. */
const english = { lang: "en" };

const number = (m: RegExpMatchArray | null | undefined) => (m ? Number(m[1]) : 0);

/** The text of a Markdown `## Heading` section, up to the next `## `. */
function markdownSection(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  if (start < 0) return "";
  const end = markdown.indexOf("\n## ", start + 1);
  return markdown.slice(start, end < 0 ? undefined : end);
}

function markdownCounts(markdown: string): Counts {
  const status = markdownSection(markdown, "Status");
  const fact = (label: string) => number(status.match(new RegExp(`^- \\*\\*${label} \\((\\d+)\\):\\*\\*`, "m")));
  // The verdict is the fifth column of each KPI table row.
  const verdicts = markdownSection(markdown, "KPIs")
    .split("\n")
    .filter((line) => line.startsWith("| ") && !line.startsWith("| KPI |") && !line.startsWith("| ---"))
    .map((line) => line.split(" | ")[4]);
  const count = (text: string) => verdicts.filter((v) => v === text).length;
  return {
    overdue: fact("⚠️ Overdue"),
    blocked: fact("⛔ Blocked"),
    upcoming: fact("📅 Starting within two weeks"),
    openRisks: fact("🎯 Open risks"),
    current: fact("Now"),
    kpis: { meets: count("✅ Meets"), misses: count("❌ Misses"), "no-value": count("— no current value"), "not-due": count("— no target due yet") },
  };
}

function htmlCounts(html: string): Counts {
  const document = new DOMParser().parseFromString(html, "text/html");
  const attention = (kind: string) => Number(document.querySelector(`#attention .att-${kind} h3 .count`)?.textContent ?? 0);
  const card = (label: string) => {
    const found = [...document.querySelectorAll(".cards .card")].find((c) => c.querySelector(".card-label")?.textContent === label);
    return Number(found?.querySelector(".card-value")?.textContent ?? 0);
  };
  const badges = [...document.querySelectorAll("#kpis .kpi-card .kpi-now .badge")].map((b) => b.textContent?.trim());
  const count = (text: string) => badges.filter((b) => b?.endsWith(text)).length;
  return {
    overdue: attention("overdue"),
    blocked: attention("blocked"),
    upcoming: attention("upcoming"),
    openRisks: card("Open risks"),
    current: card("Phases now"),
    kpis: { meets: count("Meets target"), misses: count("Misses target"), "no-value": count("No current value"), "not-due": count("No target due yet") },
  };
}

/** The lines of a terminal section: its heading line (starting with `heading`), then its rows up to the blank line. */
function terminalSection(text: string, heading: string): string[] {
  const lines = text.split("\n");
  const start = lines.findIndex((l) => l === heading || l.startsWith(`${heading}  `));
  if (start < 0) return [];
  const end = lines.indexOf("", start);
  return lines.slice(start, end < 0 ? undefined : end);
}

function terminalCounts(text: string): Counts {
  const note = (heading: string, pattern: RegExp) => number(terminalSection(text, heading)[0]?.match(pattern));
  // Phases: the rows from the one tagged `now` to the next tag (`next`, `open`).
  const phases = terminalSection(text, "Phases").slice(1);
  const now = phases.findIndex((l) => /^ {2}now /.test(l));
  const afterNow = now < 0 ? -1 : phases.findIndex((l, i) => i > now && /^ {2}\S/.test(l));
  const current = now < 0 ? 0 : (afterNow < 0 ? phases.length : afterNow) - now;
  const verdicts = terminalSection(text, "KPIs").slice(1);
  const count = (word: string) => verdicts.filter((l) => l.endsWith(` ${word}`)).length;
  return {
    overdue: note("Overdue", /^Overdue {2}(\d+) items?$/),
    blocked: note("Blocked", /^Blocked {2}(\d+) items?$/),
    upcoming: note("Upcoming", /^Upcoming {2}(\d+) items? · /),
    openRisks: note("Risks", /^Risks {2}(?:top \d+ of )?(\d+) open$/),
    current,
    kpis: { meets: count("meets"), misses: count("misses"), "no-value": count("no value"), "not-due": count("not due") },
  };
}

describe("Markdown, HTML and the terminal agree on every bundled roadmap", () => {
  it.each(roadmaps.map((path) => [name(path), path]))("%s: overdue, blocked, upcoming, open risks, current phases and each KPI verdict", async (_, path) => {
    const plan = planFile(path);
    const dateLocale = await dateLocaleOf(plan);
    const markdown = markdownCounts(renderMarkdown(plan, { dateLocale, ...english }));
    const html = htmlCounts(renderHtml(plan, { dateLocale, ...english }));
    const terminal = terminalCounts(renderTerminal(plan, { width: 120, color: 0, dateLocale, ...english }));
    expect(html).toEqual(markdown);
    expect(terminal).toEqual(markdown);
  });

  it("the parsers find what they count: the roadmaps have overdue, blocked and upcoming work, open risks, running phases and KPIs of every verdict", async () => {
    const totals: Record<string, number> = {};
    for (const path of roadmaps) {
      const plan = planFile(path);
      const c = terminalCounts(renderTerminal(plan, { width: 120, color: 0, dateLocale: await dateLocaleOf(plan), ...english }));
      for (const [what, n] of Object.entries({ ...c, kpis: 0, ...c.kpis })) totals[what] = (totals[what] ?? 0) + n;
    }
    for (const what of ["overdue", "blocked", "upcoming", "openRisks", "current", "meets", "misses", "no-value", "not-due"])
      expect(totals[what], what).toBeGreaterThan(0);
  });
});

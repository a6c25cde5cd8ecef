// @vitest-environment jsdom
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { catalogues } from "../src/report/i18n/index.js";
import { isPluralForms } from "../src/report/i18n/plural-forms.js";
import { renderHtml } from "../src/render/render-html.js";
import { renderMarkdown } from "../src/render/render-markdown.js";
import { renderTerminal, renderTimeline } from "../src/render/render-terminal.js";
import { ROADMAPS_DIR } from "./plan-of.js";
import { DATE_LOCALES, SEEDS, seedPlan } from "./report-language-sample.js";

type Lang = "en" | "ru" | "tr";

/** Every text of a catalogue: its strings and every form of its plural records. */
function texts(group: unknown): string[] {
  if (typeof group === "string") return [group];
  if (isPluralForms(group)) return Object.values(group) as string[];
  return typeof group === "object" && group !== null ? Object.values(group).flatMap(texts) : [];
}

/** The fixed words of a text: the parts between its `{placeholders}`, without the punctuation around them; three letters or more. */
function fragments(text: string): string[] {
  return text
    .split(/\{[A-Za-z][A-Za-z0-9]*\}/)
    .map((part) => part.replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, ""))
    .filter((part) => (part.match(/\p{L}/gu) ?? []).length >= 3);
}

const escapePattern = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** `text` as a whole word or phrase (not inside a longer word). */
const asWords = (text: string) => new RegExp(`(?<![\\p{L}\\p{N}_])${escapePattern(text)}(?![\\p{L}\\p{N}_])`, "u");

/**
 * The catalogue words of `from` a report in `to` must not show: those of
 * `from`'s catalogue that `to`'s catalogue does not use itself (`KPI`, `P50`)
 * and the roadmap's own text does not hold (a Russian roadmap may well say
 * `Status` in a title).
 */
function foreignWords(from: Lang, to: Lang, source: string): string[] {
  const own = texts(catalogues[to]);
  const words = [...new Set(texts(catalogues[from]).flatMap(fragments))];
  return words.filter((w) => !own.some((text) => asWords(w).test(text)) && !asWords(w).test(source));
}

/**
 * The text a reader gets from an HTML page: its text, SVG titles and
 * descriptions included, and its labels in attributes; no stylesheet, and
 * not the planner's messages (diagnostics are English, marked `lang="en"`:
 * `marked` lists every element with a `lang` below `<html>`, and where).
 */
function htmlText(html: string): { text: string; lang: string | null; marked: string[] } {
  const document = new DOMParser().parseFromString(html, "text/html");
  for (const style of document.querySelectorAll("style")) style.remove();
  const marked = [...document.querySelectorAll("body [lang]")].map(
    (el) => `${el.closest(".att-problems") ? "planner message" : el.tagName}: ${el.getAttribute("lang")}`,
  );
  for (const message of document.querySelectorAll(".att-problems [lang]")) message.remove();
  const attributes = [...document.querySelectorAll("[aria-label], [title], [alt]")].flatMap((el) =>
    ["aria-label", "title", "alt"].map((name) => el.getAttribute(name) ?? ""),
  );
  return {
    text: `${document.documentElement.textContent ?? ""}\n${attributes.join("\n")}`,
    lang: document.documentElement.getAttribute("lang"),
    marked,
  };
}

/** The four reports of a seed (status, timeline, Markdown, HTML as text) in its own language or `lang`. */
function reports(file: string, lang?: Lang) {
  const plan = seedPlan(readFileSync(join(ROADMAPS_DIR, file), "utf8"), file);
  const code = lang ?? (plan.roadmap.locale as Lang);
  const options = { dateLocale: DATE_LOCALES[code], lang };
  const html = htmlText(renderHtml(plan, { ...options, generator: "roadmap-kit test" }));
  return {
    outputs: {
      status: renderTerminal(plan, { ...options, width: 100, color: 0 }),
      timeline: renderTimeline(plan, { ...options, width: 100, depth: 2 }),
      markdown: renderMarkdown(plan, { ...options, generator: "roadmap-kit test" }),
      html: html.text,
    },
    html,
  };
}

/** The words of `words` each output shows. */
function found(outputs: Record<string, string>, words: string[]): Record<string, string[]> {
  return Object.fromEntries(Object.entries(outputs).map(([name, text]) => [name, words.filter((w) => asWords(w).test(text))]));
}

const none = { status: [], timeline: [], markdown: [], html: [] };

describe.each(Object.entries(SEEDS) as ["ru" | "tr", string][])("the %s seed (%s)", (lang, file) => {
  const source = readFileSync(join(ROADMAPS_DIR, file), "utf8");
  const english = foreignWords("en", lang, source);

  it("is checked against enough English words for the check to mean something", () => {
    expect(english.length).toBeGreaterThan(200);
    // The same reports in English do show many of them: the check finds English where there is English.
    const shown = found(reports(file, "en").outputs, english);
    const least = { status: 10, timeline: 3, markdown: 40, html: 40 };
    for (const [name, words] of Object.entries(shown)) expect(words.length, name).toBeGreaterThanOrEqual(least[name as keyof typeof least]);
  });

  it("status, timeline, Markdown and HTML show no English label", () => {
    expect(found(reports(file).outputs, english)).toEqual(none);
  });

  it(`is <html lang="${lang}">, no part of the page marked as another language but the planner's (English) messages`, () => {
    const { html } = reports(file);
    expect(html.lang).toBe(lang);
    expect(html.marked.filter((m) => m !== "planner message: en")).toEqual([]);
  });

  it('in English with lang en: English labels, none of its own language\'s, <html lang="en">', () => {
    const { outputs, html } = reports(file, "en");
    expect(found(outputs, foreignWords(lang, "en", source))).toEqual(none);
    expect(html.lang).toBe("en");
    expect(outputs.status).toMatch(/^Progress {2}/m);
    expect(outputs.timeline).toMatch(/█ done {3}▒ remaining/);
    expect(outputs.markdown).toContain("\n## Status\n");
    expect(outputs.html).toContain("Phases now");
  });
});

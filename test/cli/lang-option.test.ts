import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LANG_CODES, parseLang } from "../../src/cli/parse-lang.js";
import { LANGS, resolveLang } from "../../src/report/i18n/index.js";
import { runCli } from "./run-cli.js";

const ROADMAP = `title: Lang check
start: 2025-01-06
due: 2025-03-28
phases:
  - { id: a, title: Alpha, duration: 2w, status: done }
  - { id: b, title: Beta, duration: 3w, progress: 40% }
  - { id: c, title: Gamma, duration: 4w }
milestones:
  - { id: m, title: Launch, after: [c] }
`;

/** A folder with `r.yaml`: the roadmap, with `locale` set when given. */
function project(locale?: string): string {
  const dir = mkdtempSync(join(tmpdir(), "roadmap-lang-"));
  writeFileSync(join(dir, "r.yaml"), locale ? ROADMAP.replace("start:", `locale: ${locale}\nstart:`) : ROADMAP);
  return dir;
}

describe("parseLang", () => {
  it.each([
    ["en", "en"],
    ["ru", "ru"],
    ["RU", "ru"],
    ["zh-cn", "zh-CN"],
    ["zh_CN", "zh-CN"],
    ["pt_br", "pt-BR"],
    ["pt-BR", "pt-BR"],
    ["en-GB", "en-GB"],
    ["de-AT", "de-AT"],
    ["zh-TW", "zh-TW"],
    [" ja ", "ja"],
  ])("takes %j as %s", (value, code) => {
    expect(parseLang(value)).toBe(code);
  });

  it.each([
    ["xx", ""],
    ["zh", " (did you mean one of zh-CN, zh-HK, zh-TW?)"],
    ["pt-PT", " (did you mean one of pt, pt-BR?)"],
    ["jp", ' (did you mean "ja"?)'],
    ["cn", ' (did you mean "zh-CN"?)'],
    ["ge", ' (did you mean "de"?)'],
    ["uk", ' ("uk" is a roadmap locale, but its language has no report catalogue yet)'],
    ["russian", ' (did you mean "ru"?)'],
    ["Deutsch", ' (did you mean "de"?)'],
    ["Türkçe", ' (did you mean "tr"?)'],
    ["日本語", ' (did you mean "ja"?)'],
    ["chinese", ' (did you mean "zh-CN"?)'],
    ["english", ' (did you mean "en"?)'],
    ["", ""],
  ])("refuses %j, listing the languages%s", (value, hint) => {
    expect(() => parseLang(value)).toThrow(
      `expected a report language: en, de, es, fr, ja, pt, ru, tr, zh-CN, or a regional code of one such as pt-BR or en-GB; found ${JSON.stringify(value)}${hint}`,
    );
  });

  it.each(["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf", "isPrototypeOf"])(
    "refuses %j with no hint read off Object.prototype",
    (value) => {
      let message: string | undefined;
      try {
        parseLang(value);
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toBe(
        `expected a report language: en, de, es, fr, ja, pt, ru, tr, zh-CN, or a regional code of one such as pt-BR or en-GB; found ${JSON.stringify(value)}`,
      );
    },
  );

  it("takes every catalogue code and only codes whose language has a catalogue", () => {
    for (const lang of LANGS) expect(LANG_CODES).toContain(lang);
    for (const code of LANG_CODES) {
      const language = code.split("-")[0];
      expect(resolveLang(code) === "en" ? language : resolveLang(code).split("-")[0], code).toBe(language);
    }
    expect(LANG_CODES).not.toContain("uk");
    expect(LANG_CODES).not.toContain("sr-Latn");
  });
});

describe("--lang on status, timeline and render", () => {
  const reports: [string, string[]][] = [
    ["status", ["status", "r.yaml"]],
    ["timeline", ["timeline", "r.yaml", "--depth", "2"]],
    ["render md", ["render", "r.yaml", "-f", "md"]],
  ];
  const run = (dir: string, args: string[], lang?: string) =>
    runCli([...args, "--as-of", "2025-02-03", ...(lang ? ["--lang", lang] : [])], { cwd: dir, env: { NO_COLOR: "1", COLUMNS: "100" } });

  it.each(["status", "timeline", "render"])("is in %s --help", (command) => {
    const r = runCli([command, "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/--lang <code>\s+the report's language instead of the roadmap's\s+locale/);
  });

  it.each(reports)("%s: --lang CODE reports as a roadmap whose locale is CODE would", (_, args) => {
    const english = run(project(), args);
    expect(english.code).toBe(0);
    for (const [lang, locale] of [
      ["de", "de"],
      ["pt_br", "pt-BR"],
      ["ru", "ru"],
    ]) {
      const overridden = run(project(), args, lang);
      const native = run(project(locale), args);
      expect(overridden).toEqual(native);
      expect(overridden.stdout).not.toBe(english.stdout);
    }
    // and back: --lang en on a Russian roadmap is the English report
    expect(run(project("ru"), args, "en")).toEqual(english);
  });

  it("render html: dates follow --lang", () => {
    const html = (lang?: string) => run(project(), ["render", "r.yaml", "-f", "html"], lang);
    expect(html().stdout).toContain("Feb 3, 2025");
    for (const [lang, asOf] of [
      ["de", "3. Feb. 2025"],
      ["ru", "3 фев. 2025 г."],
      ["pt_br", "3 fev 2025"],
    ]) {
      const r = html(lang);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(asOf);
      expect(r.stdout).not.toContain("Feb 3, 2025");
    }
  });

  it.each([...reports, ["render html", ["render", "r.yaml", "-f", "html"]] as [string, string[]]])(
    "%s: an unknown language is a usage error with a hint",
    (_, args) => {
      const r = run(project(), args, "zh");
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toContain(
        `option '--lang <code>' argument 'zh' is invalid. expected a report language: en, de, es, fr, ja, pt, ru, tr, zh-CN, or a regional code of one such as pt-BR or en-GB; found "zh" (did you mean one of zh-CN, zh-HK, zh-TW?)`,
      );
    },
  );
});

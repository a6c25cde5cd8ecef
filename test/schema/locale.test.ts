// A roadmap's `locale`: exactly the codes the reports can load, an error with
// the closest codes otherwise, the same list in the JSON Schema.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import * as dateFnsLocales from "date-fns/locale";
import { afterAll, describe, expect, it } from "vitest";
import { loadDateLocale } from "../../src/cli/load-date-locale.js";
import { parseRoadmap } from "../../src/index.js";
import { DATE_LOCALE_CODES } from "../../src/schema/date-locales.js";
import { roadmapJsonSchema } from "../../src/schema/json-schema.js";
import { LOCALE_CODES, localeHint } from "../../src/schema/locale.js";
import { runCli } from "../cli/run-cli.js";

const withLocale = (locale: string) => `title: Platform rewrite\nlocale: ${locale}\n`;
const problems = (text: string) =>
  parseRoadmap(text, { file: "roadmap.yaml" }).diagnostics.map((d) => `${d.code} ${d.range?.start.line}:${d.range?.start.col} ${d.message}`);

describe("the list of locale codes", () => {
  it("is every locale of the installed date-fns (run `node scripts/write-date-locales.mjs` after upgrading it)", () => {
    const installed = [...new Set(Object.values(dateFnsLocales).map((l) => l.code))].sort();
    expect(installed.length).toBeGreaterThan(90);
    expect([...DATE_LOCALE_CODES]).toEqual(installed);
  });

  it("is those codes and en, the default", () => {
    expect(LOCALE_CODES).toEqual(["en", ...DATE_LOCALE_CODES]);
    for (const code of ["en", "en-US", "en-GB", "ru", "tr", "de", "fr", "es", "pt", "pt-BR", "zh-CN", "ja", "sr-Latn", "be-tarask"]) {
      expect(LOCALE_CODES).toContain(code);
    }
  });

  it.each(LOCALE_CODES.map((c) => [c]))("%s lints clean and the reports load that very locale", async (code) => {
    expect(problems(withLocale(code))).toEqual([]);
    const locale = await loadDateLocale(code);
    expect(locale.code).toBe(code === "en" ? "en-US" : code);
  });
});

describe("an unknown locale", () => {
  it.each([
    ["xx-nope", ""],
    ["pt_br", ` (did you mean "pt-BR"?)`],
    ["pt_BR", ` (did you mean "pt-BR"?)`],
    ["EN-gb", ` (did you mean "en-GB"?)`],
    ["RU", ` (did you mean "ru"?)`],
    ["sr-latn", ` (did you mean "sr-Latn"?)`],
    ["de-CH", " (did you mean one of de, de-AT?)"],
    ["ru-RU", ` (did you mean "ru"?)`],
    ["zh", " (did you mean one of zh-CN, zh-HK, zh-TW?)"],
    ["en-UK", " (did you mean one of en, en-AU, en-CA, en-GB, en-IE, en-IN, en-NZ, en-US, en-ZA?)"],
    ["eng", ` (did you mean "en"?)`],
    ["frn", ` (did you mean "fr"?)`],
    ["english", ""],
    ["no", ""],
  ])("%s is an error at its value, with the closest codes: %j", (value, hint) => {
    expect(localeHint(value)).toBe(hint);
    expect(problems(withLocale(value))).toEqual([
      `invalid-value 2:9 locale: expected a date-fns locale code such as en, en-GB, de, fr, es, pt-BR, ru, tr, ja or zh-CN; found "${value}"${hint}`,
    ]);
  });

  it("every case and underscore spelling of a known code is pointed at that code", () => {
    for (const code of LOCALE_CODES) {
      for (const variant of [code.toUpperCase(), code.replace(/-/g, "_"), code.toLowerCase()]) {
        if (variant === code) continue;
        expect(localeHint(variant), variant).toBe(` (did you mean "${code}"?)`);
      }
    }
  });

  it("is quoted short when it is long, and a number is the wrong type", () => {
    const [long] = problems(withLocale("x".repeat(500)));
    expect(long).toContain(`found "${"x".repeat(39)}…"`);
    expect(long.length).toBeLessThan(200);
    expect(problems(withLocale("42"))).toEqual(["invalid-type 2:9 locale: expected text, found the number 42; quote it to keep it as written"]);
  });
});

describe("the JSON Schema", () => {
  const ajv = new Ajv2020({ strict: false });
  (addFormatsModule as unknown as (a: Ajv2020) => void)(ajv);
  const validate = ajv.compile(roadmapJsonSchema());

  it("lists the same codes", () => {
    const properties = roadmapJsonSchema().properties as Record<string, { enum?: string[] }>;
    expect(properties.locale.enum).toEqual([...LOCALE_CODES]);
  });

  it.each([
    ["en", true],
    ["sr-Latn", true],
    ["xx-nope", false],
    ["pt_br", false],
    ["EN", false],
  ] as const)("%s: valid %s", (locale, valid) => {
    expect(validate({ title: "t", locale })).toBe(valid);
  });
});

describe("roadmap lint and render", () => {
  const dir = mkdtempSync(join(tmpdir(), "roadmap-locale-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, locale: string) => {
    const file = join(dir, name);
    writeFileSync(file, `title: Platform rewrite\nlocale: ${locale}\nstart: 2026-01-05\nphases:\n  - title: Build\n    duration: 2w\n`);
    return file;
  };

  it("lint exits 1 on an unknown locale and says where", () => {
    const file = write("unknown.yaml", "xx-nope");
    const r = runCli(["lint", file, "--as-of", "2026-01-10"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${file}:2:9  error    locale: expected a date-fns locale code`);
    expect(r.stdout).toMatch(/found "xx-nope" +invalid-value$/m);
  });

  it.each([
    ["sr-Latn", "5. jan 26.", "јан"],
    ["sr", "5. јан 26.", "jan"],
  ])("a %s report writes dates in that script", (locale, date, other) => {
    const file = write(`${locale}.yaml`, locale);
    expect(runCli(["lint", file, "--as-of", "2026-01-10"]).code).toBe(0);
    const r = runCli(["render", file, "-f", "md", "--as-of", "2026-01-10"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`| ${date} |`);
    expect(r.stdout).not.toContain(other);
  });
});

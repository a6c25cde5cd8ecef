import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { isBuiltin } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { afterAll, describe, expect, it } from "vitest";
import { en } from "../../src/report/i18n/catalogues/en.js";
import { placeholdersOf } from "../../src/report/i18n/fill-template.js";
import { catalogues, compileLabels, labelKeys, LANGS, labelsFor, missingKeys, resolveLang } from "../../src/report/i18n/index.js";
import { isPluralForms, PLURAL_CATEGORIES, type PluralForms } from "../../src/report/i18n/plural-forms.js";
import { i18nSample } from "./i18n-sample.js";

const I18N = fileURLToPath(new URL("../../src/report/i18n/index.ts", import.meta.url));
const SAMPLE = fileURLToPath(new URL("./i18n-sample.ts", import.meta.url));

/** The entry at a key path (`time.daysLeft`) of a catalogue, or undefined. */
function entryAt(catalogue: object, key: string): unknown {
  return key
    .split(".")
    .reduce<unknown>((group, part) => (group && typeof group === "object" ? (group as Record<string, unknown>)[part] : undefined), catalogue);
}

/** The placeholders of an entry: of a string, or of every form of a plural record. */
function placeholders(entry: unknown): string[] {
  if (typeof entry === "string") return placeholdersOf(entry);
  if (isPluralForms(entry)) return [...new Set(Object.values(entry).flatMap((form) => placeholdersOf(form as string)))].sort();
  return [];
}

describe("the catalogues", () => {
  it("cover the languages the spec names", () => {
    expect([...LANGS].sort()).toEqual(["de", "en", "es", "fr", "ja", "pt", "ru", "tr", "zh-CN"]);
    expect(Object.keys(catalogues).sort()).toEqual([...LANGS].sort());
  });

  it("have one key per visible label, each a non-empty string or a plural record", () => {
    const keys = labelKeys();
    expect(keys.length).toBeGreaterThan(250);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) {
      const entry = entryAt(en, key);
      expect(typeof entry === "string" ? entry.trim() : (entry as PluralForms).other.trim(), key).not.toBe("");
    }
  });

  it.each(LANGS)("%s has every key (missing keys are listed)", (lang) => {
    expect(missingKeys(catalogues[lang])).toEqual([]);
  });

  it.each(LANGS)("%s has no key English lacks", (lang) => {
    const known = new Set(labelKeys());
    expect(labelKeys(catalogues[lang]).filter((key) => !known.has(key))).toEqual([]);
  });

  it.each(LANGS)("%s keeps the placeholders of every English message", (lang) => {
    const wrong: string[] = [];
    for (const key of labelKeys()) {
      const english = entryAt(en, key);
      const own = entryAt(catalogues[lang], key);
      if (typeof english === "string") {
        if (placeholders(own).join() !== placeholders(english).join()) wrong.push(`${key}: ${placeholders(own)} ≠ ${placeholders(english)}`);
      } else {
        // A plural form may leave the count out (`jede Woche`), never a named value, and adds none.
        const allowed = new Set(placeholders(english));
        const needed = placeholders(english).filter((p) => p !== "n");
        for (const [category, form] of Object.entries(own as PluralForms)) {
          const used = placeholdersOf(form as string);
          if (used.some((p) => !allowed.has(p)) || needed.some((p) => !used.includes(p))) wrong.push(`${key}.${category}: ${used}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it.each(LANGS)("%s gives every plural record the forms its language's integers need, and no others", (lang) => {
    const rules = new Intl.PluralRules(lang);
    const categories = rules.resolvedOptions().pluralCategories;
    const wrong: string[] = [];
    for (const key of labelKeys()) {
      const own = entryAt(catalogues[lang], key);
      if (!isPluralForms(own)) continue;
      for (const category of Object.keys(own))
        if (!categories.includes(category as Intl.LDMLPluralRule)) wrong.push(`${key}: ${category} is not a ${lang} category`);
      for (let n = 0; n <= 200; n++) {
        const category = rules.select(n);
        if (own[category] === undefined) wrong.push(`${key}: no ${category} form (for ${n})`);
      }
    }
    expect([...new Set(wrong)]).toEqual([]);
    expect(PLURAL_CATEGORIES).toEqual(expect.arrayContaining(categories));
  });

  it("hold text only: no HTML, Markdown emphasis or control characters a renderer would have to undo", () => {
    for (const lang of LANGS) {
      for (const key of labelKeys(catalogues[lang])) {
        const entry = entryAt(catalogues[lang], key);
        const texts = typeof entry === "string" ? [entry] : Object.values(entry as PluralForms);
        for (const text of texts) expect(text, `${lang} ${key}`).not.toMatch(/[<>*_`\p{Cc}]/u);
      }
    }
  });
});

describe("resolveLang chooses a catalogue by BCP 47 fallback", () => {
  it.each([
    ["en", "en"],
    ["en-GB", "en"],
    ["EN_us", "en"],
    ["ru", "ru"],
    ["ru-RU", "ru"],
    ["  ru ", "ru"],
    ["tr", "tr"],
    ["tr-TR", "tr"],
    ["de", "de"],
    ["de-AT", "de"],
    ["de-CH", "de"],
    ["fr", "fr"],
    ["fr-CA", "fr"],
    ["fr-CH", "fr"],
    ["es", "es"],
    ["es-MX", "es"],
    ["pt", "pt"],
    ["pt-BR", "pt"],
    ["pt_PT", "pt"],
    ["ja", "ja"],
    ["ja-JP", "ja"],
    ["zh-CN", "zh-CN"],
    ["zh-cn", "zh-CN"],
    ["zh_CN", "zh-CN"],
    ["zh", "zh-CN"],
    ["zh-Hans", "zh-CN"],
    ["zh-TW", "zh-CN"],
    ["zh-HK", "zh-CN"],
    ["zh-Hant-TW", "zh-CN"],
    ["uk", "en"],
    ["sr-Latn", "en"],
    ["be-tarask", "en"],
    ["rus", "en"],
    ["", "en"],
    ["!!", "en"],
    [undefined, "en"],
    [null, "en"],
  ])("%j → %s", (code, lang) => {
    expect(resolveLang(code)).toBe(lang);
    expect(labelsFor(code).lang).toBe(lang);
  });

  it("gives one labels object per catalogue", () => {
    expect(labelsFor("pt-BR")).toBe(labelsFor("pt"));
    expect(labelsFor("zh-TW")).toBe(labelsFor("zh-CN"));
    expect(labelsFor("pt")).not.toBe(labelsFor("es"));
  });
});

describe("a catalogue that lacks labels", () => {
  const partial = {
    section: { overdue: "Просрочено" },
    time: { daysLeft: { one: "остался {n} день", few: "осталось {n} дня", many: "осталось {n} дней", other: "осталось {n} дня" } },
  };
  const t = compileLabels("ru", partial);

  it("shows its own labels and English for the others", () => {
    expect(t.section.overdue).toBe("Просрочено");
    expect(t.section.blocked).toBe("Blocked");
    expect(t.time.daysLeft(21)).toBe("остался 21 день");
    expect(t.when.due({ date: "6 окт." })).toBe("due 6 окт.");
  });

  it("counts English forms by English rules (21 days, not 21 day) and its own by Russian ones", () => {
    expect(t.count.days(21)).toBe("21 days");
    expect(t.count.days(1)).toBe("1 day");
    expect(t.time.daysLeft(5)).toBe("осталось 5 дней");
  });

  it("is listed by missingKeys: every key but the two it has", () => {
    const missing = missingKeys(partial);
    expect(missing).toContain("section.blocked");
    expect(missing).toContain("count.days");
    expect(missing).not.toContain("section.overdue");
    expect(missing).not.toContain("time.daysLeft");
    expect(missing.length).toBe(labelKeys().length - 2);
    expect(missingKeys({})).toEqual(labelKeys());
  });
});

describe("plural forms", () => {
  it.each([
    ["ru", 0, "0 дней", "осталось 0 дней"],
    ["ru", 1, "1 день", "остался 1 день"],
    ["ru", 2, "2 дня", "осталось 2 дня"],
    ["ru", 4, "4 дня", "осталось 4 дня"],
    ["ru", 5, "5 дней", "осталось 5 дней"],
    ["ru", 11, "11 дней", "осталось 11 дней"],
    ["ru", 12, "12 дней", "осталось 12 дней"],
    ["ru", 21, "21 день", "остался 21 день"],
    ["ru", 22, "22 дня", "осталось 22 дня"],
    ["ru", 25, "25 дней", "осталось 25 дней"],
    ["ru", 101, "101 день", "остался 101 день"],
    ["ru", 111, "111 дней", "осталось 111 дней"],
    ["ru", 1.5, "1,5 дня", "осталось 1,5 дня"],
    ["en", 0, "0 days", "0 days left"],
    ["en", 1, "1 day", "1 day left"],
    ["en", 2, "2 days", "2 days left"],
    ["en", 21, "21 days", "21 days left"],
    ["en", 1.5, "1.5 days", "1.5 days left"],
    ["en", 1234, "1,234 days", "1,234 days left"],
    ["de", 1, "1 Tag", "noch 1 Tag"],
    ["de", 2, "2 Tage", "noch 2 Tage"],
    ["de", 1.5, "1,5 Tage", "noch 1,5 Tage"],
    ["de", 1234, "1.234 Tage", "noch 1.234 Tage"],
    ["tr", 1, "1 gün", "1 gün kaldı"],
    ["tr", 5, "5 gün", "5 gün kaldı"],
    ["fr", 0, "0 jour", "0 jour restant"],
    ["fr", 1, "1 jour", "1 jour restant"],
    ["fr", 2, "2 jours", "2 jours restants"],
    ["es", 1, "1 día", "queda 1 día"],
    ["es", 3, "3 días", "quedan 3 días"],
    ["pt", 1, "1 dia", "falta 1 dia"],
    ["pt", 3, "3 dias", "faltam 3 dias"],
    ["ja", 1, "1 日", "残り 1 日"],
    ["ja", 5, "5 日", "残り 5 日"],
    ["zh-CN", 5, "5 天", "剩余 5 天"],
  ] as const)("%s %d: %s, %s", (lang, n, days, left) => {
    const t = labelsFor(lang);
    expect(t.count.days(n)).toBe(days);
    expect(t.time.daysLeft(n)).toBe(left);
  });

  it.each([
    ["en", [1, 2], "every 1–2 months"],
    ["ru", [1, 2], "каждые 1–2 месяца"],
    ["ru", [2, 5], "каждые 2–5 месяцев"],
    ["ru", [3, 3], "каждые 3 месяца"],
    ["de", [2, 3], "alle 2–3 Monate"],
    ["ja", [1, 2], "1～2 か月ごと"],
  ] as const)("%s %j months as a range: %s", (lang, range, text) => {
    expect(labelsFor(lang).review.months(range)).toBe(text);
  });

  it("takes named values beside the count", () => {
    expect(labelsFor("en").kpi.summary(3, { met: 1, missed: 1, open: 1 })).toBe("3 indicators: 1 meeting the target due, 1 missing it, 1 with no verdict yet.");
    expect(labelsFor("ru").kpi.summary(1, { met: 1, missed: 0, open: 0 })).toBe("1 показатель: достигают текущей цели — 1, не достигают — 0, без оценки — 0.");
    expect(labelsFor("en").risk.notInMatrix(1, { list: "R4" })).toBe("1 risk has no probability or impact and is not in the matrix: R4.");
  });
});

describe("relative days (Intl.RelativeTimeFormat, numeric: auto)", () => {
  it.each([
    ["en", 9, "in 9 days"],
    ["en", 1, "tomorrow"],
    ["en", 0, "today"],
    ["en", -1, "yesterday"],
    ["en", -3, "3 days ago"],
    ["ru", 9, "через 9 дней"],
    ["ru", 0, "сегодня"],
    ["ru", -21, "21 день назад"],
    ["tr", 9, "9 gün sonra"],
    ["tr", -3, "3 gün önce"],
    ["de", 9, "in 9 Tagen"],
    ["de", 2, "übermorgen"],
    ["de", -3, "vor 3 Tagen"],
    ["fr", 9, "dans 9 jours"],
    ["fr", 0, "aujourd’hui"],
    ["es", 9, "dentro de 9 días"],
    ["pt", -3, "há 3 dias"],
    ["zh-CN", 9, "9天后"],
    ["zh-CN", -3, "3天前"],
    ["ja", 9, "9 日後"],
    ["ja", 0, "今日"],
  ] as const)("%s %d: %s", (lang, days, text) => {
    expect(labelsFor(lang).relativeDays(days)).toBe(text);
  });

  it("has a short style for narrow columns", () => {
    expect(labelsFor("ru").relativeDays(9, "short")).toBe("через 9 дн.");
    expect(labelsFor("ru").relativeDays(0, "short")).toBe("сегодня");
  });
});

describe("numbers, percentages and capitals in the language", () => {
  it.each([
    ["en", "43%", "1,234,567.89"],
    ["de", "43\u00a0%", "1.234.567,89"],
    ["fr", "43\u00a0%", "1\u202f234\u202f567,89"],
    ["ru", "43\u00a0%", "1\u00a0234\u00a0567,89"],
    ["tr", "%43", "1.234.567,89"],
    ["ja", "43%", "1,234,567.89"],
  ] as const)("%s: %s, %s", (lang, percent, number) => {
    const t = labelsFor(lang);
    expect(t.percent(0.425)).toBe(percent);
    expect(t.number(1234567.891)).toBe(number);
  });

  it("rounds a percentage to whole points and never shows -0% or NaN%", () => {
    const t = labelsFor("en");
    expect([0, 0.004, 0.005, 0.999, 1, -0.001, Number.NaN, Number.POSITIVE_INFINITY].map(t.percent)).toEqual([
      "0%",
      "0%",
      "1%",
      "100%",
      "100%",
      "0%",
      "0%",
      "0%",
    ]);
  });

  it("formats numbers in messages, and inserts text as written", () => {
    expect(labelsFor("de").list.more({ count: 1500 })).toBe("… 1.500 weitere");
    expect(labelsFor("en").report.pageTitle({ title: "A $& {title} $1" })).toBe("A $& {title} $1 — Roadmap");
    expect(labelsFor("en").when.dueEnds({ due: "Oct 6", end: "Oct 9" })).toBe("due Oct 6, ends Oct 9");
  });

  it.each([
    ["en", "istanbul", "Istanbul"],
    ["tr", "istanbul", "İstanbul"],
    ["de", "überfällig", "Überfällig"],
    ["ja", "期限超過", "期限超過"],
    ["en", "", ""],
    ["en", "𝒶bc", "𝒶bc"],
  ] as const)("%s capitalize(%j) = %j", (lang, text, capital) => {
    expect(labelsFor(lang).capitalize(text)).toBe(capital);
  });
});

describe("outside a test runner, in a browser bundle and any machine locale", () => {
  const dir = mkdtempSync(join(tmpdir(), "roadmap-i18n-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("bundles for the browser without Node built-ins and prints the same labels under another locale and time zone", async () => {
    const entry = join(dir, "entry.ts");
    writeFileSync(
      entry,
      `import { LANGS, labelsFor } from ${JSON.stringify(I18N)};
import { i18nSample } from ${JSON.stringify(SAMPLE)};
const out = Object.fromEntries(LANGS.map((lang) => [lang, i18nSample(labelsFor(lang))]));
console.log(JSON.stringify({ out, locale: new Intl.NumberFormat().resolvedOptions().locale, zone: Intl.DateTimeFormat().resolvedOptions().timeZone }));
`,
    );
    const result = await build({ entryPoints: [entry], bundle: true, platform: "browser", format: "esm", write: false, metafile: true, logLevel: "silent" });
    const builtins = Object.values(result.metafile.inputs).flatMap((input) => input.imports.filter((i) => isBuiltin(i.path) || i.external).map((i) => i.path));
    expect(builtins).toEqual([]);
    const bundle = join(dir, "bundle.mjs");
    writeFileSync(bundle, result.outputFiles[0].text);

    const env = { ...process.env, LANG: "ru_RU.UTF-8", LC_ALL: "ru_RU.UTF-8", TZ: "Pacific/Kiritimati" };
    const run = spawnSync(process.execPath, [bundle], { env, encoding: "utf8" });
    expect(run.stderr).toBe("");
    const printed = JSON.parse(run.stdout) as { out: Record<string, string[]>; locale: string; zone: string };
    // The child really runs elsewhere: its defaults are Russian and Kiribati time ...
    expect(printed.locale).toBe("ru-RU");
    expect(printed.zone).toBe("Pacific/Kiritimati");
    // ... and every label is the same as here.
    expect(printed.out).toEqual(Object.fromEntries(LANGS.map((lang) => [lang, i18nSample(labelsFor(lang))])));
  }, 60_000);
});

import { Chalk } from "chalk";
import { describe, expect, it } from "vitest";
import { renderPortfolio, renderTerminal } from "../../src/render/render-terminal.js";
import { readFileSync } from "node:fs";
import { dateLocaleOf, planFileWithLocale, planOf } from "../plan-of.js";
import { fixture } from "./terminal-helpers.js";

const colour = new Chalk({ level: 1 });

describe("renderTerminal (one roadmap)", () => {
  it("prints every section at 80 columns without colour", async () => {
    const { plan, dateLocale } = await planFileWithLocale(fixture("platform.yaml"));
    expect(`\n${renderTerminal(plan, { width: 80, color: 0, dateLocale })}`).toMatchInlineSnapshot(`
      "
      Platform Rewrite
      Dana Lee, Sam Ortiz · v2.1 · updated Oct 20, 2025 · as of Oct 25, 2025

      Progress  ███████████░░░░░░░░░░░░░░│░░░░░░░░░░░░░   29%  ▼ behind · expected 67%
      Schedule  Sep 1, 2025 → Nov 21, 2025 · 27 days left

      Phases
        now   ▶ Foundation & Gateway  Sep 15 – Oct 3   ██████░░░░░░ 48%  ⚠ overdue
              · Core services         Oct 6 – Nov 7    ░░░░░░░░░░░░  0%  ! critical
        next  · Launch                Nov 10 – Nov 21  ░░░░░░░░░░░░  0%  in 16 days
              ◆ General availability  Nov 21                             in 27 days

      Overdue  2 items
        ⚠ Foundation & Gateway           +3  ended Oct 3   22 days ago
        ⚠ Users service · Core services      ended Oct 17   8 days ago

      Blocked  1 item
        ✗ Secrets in Vault · Foundation & Gateway  Sep 22 – Sep 26

      Critical path  finish Nov 21, 2025 · best case Nov 14, 2025
        ✓ 2 items done
        ▶ API gateway · Foundation & Gateway  Sep 22 – Oct 3   ⚠ overdue
        · Users service · Core services       Oct 6 – Oct 17   ⚠ overdue
        · Billing service · Core services     Oct 20 – Nov 7
        · Launch                              Nov 10 – Nov 21
        ◆ General availability                Nov 21

      Risks  3 open
        8  High      Data migration errors  Medium × Critical  Sam Ortiz
        2  Low       Vendor lock-in         Low × Medium
        –  Unscored  Unknown unknowns

      KPIs  current against the target due
        ✓ P95 latency          310 ms  ≤ 350 by Sep 30    meets
        ✗ Uptime                99.2%  ≥ 99.5% by Oct 15  misses
        · Weekly active users   1,200  ≥ 5,000 by Mar 31  not due

      Budget  run-rate
                         per month     per year     one-off
        Infrastructure   $4,200.00   $50,400.00  $15,000.00
        Team            $37,500.00  $450,000.00           –
        Total           $41,700.00  $500,400.00  $15,000.00
      "
    `);
  });

  it("with colour, the same text painted", async () => {
    const { plan, dateLocale } = await planFileWithLocale(fixture("platform.yaml"));
    const out = renderTerminal(plan, { width: 80, color: colour, dateLocale });
    await expect(out).toMatchFileSnapshot("./__snapshots__/platform-80.ansi");
    expect(out.replace(/\u001b\[[0-9;]*m/g, "")).toBe(renderTerminal(plan, { width: 80, color: 0, dateLocale }));
  });

  it("speaks the roadmap's locale (labels, dates, numbers) and lines up Russian and emoji titles", async () => {
    const { plan, dateLocale } = await planFileWithLocale(fixture("ru.yaml"));
    expect(`\n${renderTerminal(plan, { width: 72, dateLocale })}`).toMatchInlineSnapshot(`
      "
      🚀 Миграция платформы — Осень 2025
      Команда архитектуры · на 25 окт. 2025 г.

      Прогресс  █████████│█░░░░░░░░░░░░░░░░  40 %  ● по плану · ожидалось 38 %
      Сроки     6 окт. 2025 г. → 28 нояб. 2025 г. · осталось 34 дня

      Этапы
        сейчас  ▶ 2️⃣ Перенос сервисов   20 окт. – 14 нояб.   ████░░░░░░░░ 30 %
        далее   · 3️⃣ Переключение тра…  17 нояб. – 28 нояб.  ░░░░░░░░░░░░  0 %

      Критический путь  окончание 28 нояб. 2025 г. · в лучшем случае 28 нояб.…
        ✓ 1 элемент готов
        ▶ 2️⃣ Перенос сервисов      20 окт. – 14 нояб.
        · 3️⃣ Переключение трафика  17 нояб. – 28 нояб.
      "
    `);
  });

  // Users service takes 1-2w (5 to 10 working days, each a sixth of the runs): the finish is Nov 14, 17, 18, 19, 20 or 21.
  const platform = readFileSync(fixture("platform.yaml"), "utf8");
  const forecastCases: [string, string, { runs?: number } | undefined, string | null][] = [
    ["no due date: P50, P80 and P95", platform, {}, "Forecast  P50 Nov 18 · P80 Nov 20 · P95 Nov 21"],
    ["a due date: the P80 finish and the chance of the due date", `${platform}due: 2025-11-19\n`, {}, "Forecast  P80 finish Nov 20 · 67% by the due date"],
    ["no forecast asked for", platform, undefined, null],
    ["no estimate ranges: the forecast is the planned finish, left out", readFileSync(fixture("ru.yaml"), "utf8"), {}, null],
  ];
  it.each(forecastCases)("the forecast under the schedule: %s", async (_, text, forecast, line) => {
    const plan = planOf(text, "platform.yaml", undefined, forecast);
    // English labels whatever the roadmap's locale: the lines are found by their English headings.
    const out = renderTerminal(plan, { width: 80, dateLocale: await dateLocaleOf(plan), lang: "en" });
    const lines = out.split("\n");
    if (line === null) return expect(lines.filter((l) => l.startsWith("Forecast"))).toEqual([]);
    expect(lines[lines.findIndex((l) => l.startsWith("Schedule")) + 1]).toBe(line);
  });

  it("leaves out empty sections", async () => {
    const { plan, dateLocale } = await planFileWithLocale(fixture("tr.yaml"));
    const out = renderTerminal(plan, { width: 80, dateLocale, lang: "en" });
    for (const heading of ["Blocked", "KPIs", "Budget", "Upcoming"]) expect(out).not.toMatch(new RegExp(`^${heading}`, "m"));
    expect(out).toMatch(/^Risks {2}1 open$/m);
  });
});

describe("renderPortfolio", () => {
  async function entries() {
    const files = ["platform.yaml", "ru.yaml", "tr.yaml", "cycle.yaml"];
    const planned = await Promise.all(files.map((f) => planFileWithLocale(fixture(f))));
    return [
      ...planned.map(({ plan, dateLocale }, i) => ({ file: `fixtures/${files[i]}`, plan, dateLocale, errors: files[i] === "cycle.yaml" ? 2 : 0, warnings: 0 })),
      { file: "fixtures/broken.yaml", errors: 3, warnings: 0 },
    ];
  }

  it("one aligned row per roadmap at 80 columns without colour", async () => {
    expect(`\n${renderPortfolio(await entries(), { width: 80 })}`).toMatchInlineSnapshot(`
      "
      Portfolio  5 roadmaps · 2 with errors · as of Oct 25, 2025
        Roadmap                    Progress          Schedule    Finish         Errors
        Platform Rewrite           ███░░░░░░░░░ 29%  ▼ behind    Nov 21, 2025   ✓
        🚀 Миграция платформы —…   █████░░░░░░░ 40%  ● on track  28 нояб. 2025  ✓
        🔧 İzleme ve Gözlemleneb…  █████░░░░░░░ 40%  ▼ behind    11 Kas 2025    ✓
        Cyclic plan                ░░░░░░░░░░░░  0%  ▼ behind    Oct 17, 2025   ✗ 2
        fixtures/broken.yaml                         no plan                    ✗ 3
      "
    `);
  });

  it("drops optional columns at 60 columns, widens at 120", async () => {
    const list = await entries();
    expect(`\n${renderPortfolio(list, { width: 60 })}`).toMatchInlineSnapshot(`
      "
      Portfolio  5 roadmaps · 2 with errors · as of Oct 25, 2025
        Roadmap                   Progress      Schedule    Errors
        Platform Rewrite          ██░░░░░░ 29%  ▼ behind    ✓
        🚀 Миграция платформы —…  ███░░░░░ 40%  ● on track  ✓
        🔧 İzleme ve Gözlemlene…  ███░░░░░ 40%  ▼ behind    ✓
        Cyclic plan               ░░░░░░░░  0%  ▼ behind    ✗ 2
        fixtures/broken.yaml                    no plan     ✗ 3
      "
    `);
    expect(`\n${renderPortfolio(list, { width: 120 })}`).toMatchInlineSnapshot(`
      "
      Portfolio  5 roadmaps · 2 with errors · as of Oct 25, 2025
        Roadmap                                Progress              Schedule    Finish         Risks  Errors
        Platform Rewrite                       █████░░░░░░░░░░░ 29%  ▼ behind    Nov 21, 2025       3  ✓
        🚀 Миграция платформы — Осень 2025     ██████░░░░░░░░░░ 40%  ● on track  28 нояб. 2025      0  ✓
        🔧 İzleme ve Gözlemlenebilirlik Planı  ██████░░░░░░░░░░ 40%  ▼ behind    11 Kas 2025        1  ✓
        Cyclic plan                            ░░░░░░░░░░░░░░░░  0%  ▼ behind    Oct 17, 2025       0  ✗ 2
        fixtures/broken.yaml                                         no plan                           ✗ 3
      "
    `);
  });

  it("with colour", async () => {
    await expect(renderPortfolio(await entries(), { width: 80, color: colour })).toMatchFileSnapshot("./__snapshots__/portfolio-80.ansi");
  });
});

describe("renderPortfolio's language", () => {
  const files = ["platform.yaml", "ru.yaml", "tr.yaml"];
  async function entries(names: string[]) {
    const planned = await Promise.all(names.map((f) => planFileWithLocale(fixture(f))));
    return planned.map(({ plan, dateLocale }, i) => ({ file: `fixtures/${names[i]}`, plan, dateLocale, errors: 0, warnings: 0 }));
  }

  it("is English when the roadmaps' locales differ", async () => {
    expect(renderPortfolio(await entries(files), { width: 80 })).toMatch(/^Portfolio {2}3 roadmaps · as of Oct 25, 2025\n {2}Roadmap +Progress +Schedule/);
  });

  it("is the locale the roadmaps share, dates included", async () => {
    const out = renderPortfolio(await entries(["ru.yaml", "ru.yaml"]), { width: 80 });
    expect(out).toMatch(/^Портфель {2}2 дорожные карты · на 25 окт\. 2025 г\.\n {2}Дорожная карта +Прогресс +Сроки/);
    expect(out).toContain("по плану");
  });

  it("is `lang` when given", async () => {
    const out = renderPortfolio(await entries(files), { width: 80, lang: "tr" });
    expect(out.split("\n")[0]).toMatch(/^Portföy {2}3 yol haritası/);
    expect(out).toContain("geride");
    expect(out).not.toMatch(/\b(behind|on track|Roadmap|Progress)\b/);
  });
});

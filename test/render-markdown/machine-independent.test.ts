import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { afterAll, describe, expect, it } from "vitest";
import { ROADMAPS_DIR } from "../plan-of.js";
import { SEEDS, seedMarkdown } from "../report-language-sample.js";

const SAMPLE = fileURLToPath(new URL("../report-language-sample.ts", import.meta.url));

/** The reports compared: each seed in its own language, and the Russian one in English. */
const CASES = [
  ["ru", SEEDS.ru, undefined],
  ["tr", SEEDS.tr, undefined],
  ["ru in English", SEEDS.ru, "en"],
] as const;

describe("the Markdown report does not depend on the machine", () => {
  const dir = mkdtempSync(join(tmpdir(), "roadmap-md-machine-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("is byte for byte the same in a process whose locale is Russian and whose time zone is UTC+14", async () => {
    const inputs = CASES.map(([name, file, lang]) => ({ name, file, lang, text: readFileSync(join(ROADMAPS_DIR, file), "utf8") }));
    const entry = join(dir, "entry.ts");
    writeFileSync(
      entry,
      `import { seedMarkdown } from ${JSON.stringify(SAMPLE)};
const inputs = ${JSON.stringify(inputs)};
const out = Object.fromEntries(inputs.map((i) => [i.name, seedMarkdown(i.text, i.file, i.lang ?? undefined)]));
console.log(JSON.stringify({ out, locale: new Intl.NumberFormat().resolvedOptions().locale, zone: Intl.DateTimeFormat().resolvedOptions().timeZone }));
`,
    );
    // A require() for the CommonJS packages inside an ES module bundle.
    const banner = { js: 'import { createRequire } from "node:module"; const require = createRequire(import.meta.url);' };
    const result = await build({ entryPoints: [entry], bundle: true, platform: "node", format: "esm", banner, write: false, logLevel: "silent" });
    const bundle = join(dir, "bundle.mjs");
    writeFileSync(bundle, result.outputFiles[0].text);

    const env = { ...process.env, LANG: "ru_RU.UTF-8", LC_ALL: "ru_RU.UTF-8", TZ: "Pacific/Kiritimati" };
    const run = spawnSync(process.execPath, [bundle], { env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    expect(run.stderr).toBe("");
    const printed = JSON.parse(run.stdout) as { out: Record<string, string>; locale: string; zone: string };
    // The child really runs elsewhere: its defaults are Russian and Kiribati time ...
    expect(printed.locale).toBe("ru-RU");
    expect(printed.zone).toBe("Pacific/Kiritimati");
    // ... and every report is the same bytes as here.
    for (const { name, file, lang, text } of inputs) {
      const here = seedMarkdown(text, file, lang);
      expect(Buffer.from(printed.out[name]).equals(Buffer.from(here)), name).toBe(true);
      expect(printed.out[name]).toBe(here);
    }
    // They are the reports in their languages (not, say, all English).
    expect(printed.out.ru).toContain("\n## Статус\n");
    expect(printed.out.tr).toContain("\n## Durum\n");
    expect(printed.out["ru in English"]).toContain("\n## Status\n");
  }, 60_000);
});

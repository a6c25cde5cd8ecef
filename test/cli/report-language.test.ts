import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";

const SEED = "roadmaps/selfmonitor-tech-improvements.yaml";
const run = (args: string[]) => runCli([...args, "--as-of", "2025-10-25"], { env: { NO_COLOR: "1", COLUMNS: "100" } });

describe("the CLI reports in the roadmap's language, or --lang", () => {
  const cases: [string, string[], RegExp, RegExp][] = [
    ["status", ["status", SEED], /^Прогресс {2}/m, /^Progress {2}/m],
    ["timeline", ["timeline", SEED], /█ готово/, /█ done/],
    ["render md", ["render", SEED, "-f", "md"], /^## Статус$/m, /^## Status$/m],
    ["render html", ["render", SEED, "-f", "html"], /^<html lang="ru">$/m, /^<html lang="en">$/m],
  ];

  it.each(cases)("%s: Russian for a Russian roadmap, English with --lang en", (_, args, russian, english) => {
    const own = run(args);
    expect(own.code).toBe(0);
    expect(own.stdout).toMatch(russian);
    expect(own.stdout).not.toMatch(english);
    const overridden = run([...args, "--lang", "en"]);
    expect(overridden.code).toBe(0);
    expect(overridden.stdout).toMatch(english);
    expect(overridden.stdout).not.toMatch(russian);
  });
});

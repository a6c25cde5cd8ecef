import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderTerminal } from "../../src/render/render-terminal.js";
import { displayWidth } from "../../src/render/terminal/display-width.js";
import { planFileWithLocale } from "../plan-of.js";
import { runCli } from "./run-cli.js";

/**
 * The CLI bundle loads string-width and its segmenters only when text needs them (emoji, CJK,
 * combining marks): the built `roadmap status` must lay such text out exactly as the library's
 * renderer does, in every width.
 */
const ROADMAP = `title: "宽字符 ✅ Ünïcode"
start: 2026-01-05
locale: en
phases:
  - id: launch
    title: "🚀 启动阶段 with a long title that has to be cut somewhere 👩‍👩‍👧 Cafe\u0301"
    tasks:
      - { id: kanji, title: "漢字のタスク 🇺🇦 a long title that the terminal must truncate", duration: 2w, status: in-progress }
      - { id: coffee, title: "Cafe\u0301 ☕ mañana 한국어", duration: 1w, after: [kanji] }
      - { id: ship, title: "Ship 🚢", milestone: true, after: [coffee], due: 2026-02-20 }
`;

describe("roadmap status on wide and combining text (the built CLI against the library)", () => {
  const dir = mkdtempSync(join(tmpdir(), "roadmap-wide-"));
  const file = join(dir, "wide.yaml");
  writeFileSync(file, ROADMAP);

  it.each([40, 60, 100])("prints what renderTerminal prints at %i columns, every line within the width", async (width) => {
    const run = runCli(["status", file, "--as-of", "2026-01-08", "--no-color"], { env: { COLUMNS: String(width) } });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const { plan, dateLocale } = await planFileWithLocale(file, "2026-01-08", {});
    expect(run.stdout).toBe(renderTerminal(plan, { width, color: 0, dateLocale, lang: plan.roadmap.locale }));
    expect(run.stdout).toContain("漢字");
    for (const line of run.stdout.split("\n")) expect(displayWidth(line)).toBeLessThanOrEqual(width);
  });
});

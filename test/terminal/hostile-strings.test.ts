import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Chalk } from "chalk";
import { beforeAll, describe, expect, it } from "vitest";
import { renderPortfolio, renderTerminal, renderTimeline } from "../../src/render/render-terminal.js";
import { runCli } from "../cli/run-cli.js";
import { buildOnce } from "./build-once.js";
import { planFileWithLocale } from "../plan-of.js";
import { fixture, stripSgr } from "./terminal-helpers.js";

/** What a terminal would act on: ESC, 8-bit CSI/OSC/DCS/ST, other C0 and C1 controls, DEL, bidi overrides. */
const ACTIVE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** Output may contain our own SGR colours and nothing else a terminal acts on. */
function expectInert(output: string) {
  const rest = stripSgr(output);
  const match = rest.match(ACTIVE);
  if (match)
    expect.fail(
      `control character U+${match[0].codePointAt(0)?.toString(16).padStart(4, "0")} reached the output near: ${JSON.stringify(rest.slice(Math.max(0, (match.index ?? 0) - 20), (match.index ?? 0) + 20))}`,
    );
  expect(output).not.toContain("evil.example");
  expect(output).not.toContain("pwned");
}

describe("hostile strings from a roadmap never reach the terminal", () => {
  it("the fixture really carries escape sequences, CR and BEL", async () => {
    const { plan } = await planFileWithLocale(fixture("hostile.yaml"));
    expect(plan.title).toContain("\u001b]8;;https://evil.example/");
    expect(plan.title).toContain("\r");
    expect(plan.title).toContain("\u0007");
    expect(plan.roadmap.owner?.[0]).toContain("\u009b");
  });

  it.each([0, 1, 3] as const)("status, timeline and portfolio at colour level %i", async (level) => {
    const { plan, dateLocale } = await planFileWithLocale(fixture("hostile.yaml"));
    const color = new Chalk({ level });
    for (const width of [60, 80, 120]) {
      expectInert(renderTerminal(plan, { width, color, dateLocale }));
      expectInert(renderTimeline(plan, { width, depth: 3, color, dateLocale }));
      expectInert(renderPortfolio([{ file: "x\u001b[2J.yaml", plan, errors: 1, warnings: 0 }], { width, color }));
    }
    // What is left of the strings is still shown.
    const out = stripSgr(renderTerminal(plan, { width: 120, color, dateLocale }));
    expect(out).toContain("Evil roadmap click done");
    expect(out).toContain("Risk clipboard");
    expect(out).toContain("Eve Mallory");
  });
});

describe("through the CLI, diagnostics and file names included", () => {
  let dir: string;
  beforeAll(() => {
    buildOnce();
    dir = mkdtempSync(join(tmpdir(), "roadmap-hostile-"));
    copyFileSync(fixture("hostile.yaml"), join(dir, "hostile.yaml"));
    // An unknown key is quoted in its diagnostic; the file name is printed too.
    writeFileSync(join(dir, "evil\u001b[2J.yaml"), 'title: x\n"bad\\e]8;;https://evil.example/\\akey\\r": 1\n');
  });

  it.each([
    ["status", "hostile.yaml"],
    ["status", "."],
    ["timeline", "hostile.yaml", "--depth", "3"],
    ["timeline", "."],
  ])("%s %s, coloured", (...args) => {
    const r = runCli([...args, "--as-of", "2025-10-25"], { cwd: dir, env: { FORCE_COLOR: "3", COLUMNS: "100" } });
    expect(r.stdout).toContain("\u001b[");
    expectInert(r.stdout);
    expectInert(r.stderr);
  });

  it("a missing file with an escape in its name: one clean line on stderr", () => {
    const r = runCli(["status", "gone\u001b]0;pwned\u0007.yaml"], { cwd: dir });
    expect(r.code).toBe(2);
    expectInert(r.stderr);
  });
});

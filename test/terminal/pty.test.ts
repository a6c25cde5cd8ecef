import { spawnSync } from "node:child_process";
import { beforeAll, describe, expect, it } from "vitest";
import { displayWidth } from "../../src/render/terminal/display-width.js";
import { BIN } from "../cli/run-cli.js";
import { buildOnce } from "./build-once.js";
import { ROOT } from "../plan-of.js";
import { stripSgr } from "./terminal-helpers.js";

/** util-linux `script` runs a command in a real pseudo-terminal (Debian: bsdutils). */
const hasScript = spawnSync("script", ["--version"], { encoding: "utf8" }).status === 0;

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** Runs the CLI in a pseudo-terminal of `cols` columns; returns what the terminal received, CRs removed. */
function inTerminal(cols: number, args: string[], env: Record<string, string> = {}): { out: string; code: number | null } {
  const command = `stty cols ${cols} rows 50; ${quote(process.execPath)} ${quote(BIN)} ${args.map(quote).join(" ")}`;
  const childEnv: NodeJS.ProcessEnv = { ...process.env, TERM: "xterm-256color", ...env };
  // CI=true makes Node report a two-colour terminal, as in a CI log: a user's terminal has no CI.
  for (const k of ["COLUMNS", "LINES", "NO_COLOR", "FORCE_COLOR", "CI"]) if (!(k in env)) delete childEnv[k];
  const r = spawnSync("script", ["-qec", command, "/dev/null"], { cwd: ROOT, env: childEnv, encoding: "utf8", timeout: 60_000 });
  return { out: r.stdout.replace(/\r/g, ""), code: r.status };
}

describe.skipIf(!hasScript)("in a real pseudo-terminal", () => {
  beforeAll(() => buildOnce());

  it.each([60, 120])("status and timeline fit %i columns, in colour", (cols) => {
    for (const args of [
      ["status", "--as-of", "2025-10-25"],
      ["timeline", "--depth", "2", "--as-of", "2025-10-25"],
    ]) {
      const { out } = inTerminal(cols, args);
      expect(out, "colour on a terminal").toContain("\u001b[");
      const lines = stripSgr(out).split("\n");
      expect(lines.length).toBeGreaterThan(20);
      for (const line of lines) {
        if (displayWidth(line) > cols) expect.fail(`${args[0]}: ${displayWidth(line)} columns in a ${cols}-column terminal:\n${line}`);
      }
    }
  });

  it("the terminal's width wins over COLUMNS; NO_COLOR and TERM=dumb turn colour off", () => {
    const wide = stripSgr(inTerminal(60, ["status", "--summary", "--as-of", "2025-10-25"], { COLUMNS: "200" }).out);
    for (const line of wide.split("\n")) expect(displayWidth(line)).toBeLessThanOrEqual(60);
    expect(inTerminal(80, ["status", "--summary", "--as-of", "2025-10-25"], { NO_COLOR: "1" }).out).not.toMatch(/\u001b\[[0-9;]*m/);
    expect(inTerminal(80, ["status", "--summary", "--as-of", "2025-10-25"], { TERM: "dumb" }).out).not.toMatch(/\u001b\[[0-9;]*m/);
  });
});

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { lintErrors } from "../../src/import/self-check.js";
import { parseRoadmap } from "../../src/load/parse-roadmap.js";
import { runCli } from "../cli/run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "roadmap-import-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

describe("roadmap import", () => {
  it("writes the roadmap to standard output and the summary to standard error", () => {
    const r = runCli(["import", fixture("status-table.md"), "--as-of", "2026-03-02"]);
    expect(r.code).toBe(0);
    expect(r.stderr.split("\n")[0]).toBe(`Imported ${fixture("status-table.md")}: 1 phase, 4 tasks, 1 done, 3 dated, 3 lines kept as notes.`);
    expect(r.stdout).toMatch(
      /^# yaml-language-server: \$schema=\S+roadmap\.schema\.json\n# Imported from status-table\.md on 2026-03-02 by `roadmap import`\./,
    );
    expect(lintErrors(r.stdout, "2026-03-02")).toEqual([]);
    expect(parseRoadmap(r.stdout).roadmap?.items.map((i) => i.title)).toEqual(["Sprint 12", "Login page", "Password reset", "Audit log", "Legacy export"]);
  });

  it("writes -o atomically, with the schema modeline roadmap init writes in the same folder", () => {
    const out = join(dir, "nested", "roadmap.yaml");
    mkdirSync(dirname(out), { recursive: true });
    const r = runCli(["import", fixture("heading-levels.md"), "-o", out, "--as-of", "2026-03-02"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`Wrote ${out}.`);
    const init = join(dirname(out), "init.yaml");
    expect(runCli(["init", init]).code).toBe(0);
    const modeline = readFileSync(init, "utf8").split("\n")[0];
    expect(modeline).toMatch(/^# yaml-language-server: \$schema=\S+roadmap\.schema\.json$/);
    expect(readFileSync(out, "utf8").split("\n")[0]).toBe(modeline);
  });

  it("never writes over a file, its own input included", () => {
    const out = join(dir, "existing.yaml");
    writeFileSync(out, "title: Mine\n");
    const r = runCli(["import", fixture("heading-levels.md"), "-o", out, "--as-of", "2026-03-02"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`roadmap: ${out} already exists; roadmap import never overwrites a file\n`);
    expect(readFileSync(out, "utf8")).toBe("title: Mine\n");
    const input = join(dir, "input.md");
    writeFileSync(input, "# Plan\n\n## A\n\n- [ ] a\n");
    expect(runCli(["import", input, "-o", input, "--as-of", "2026-03-02"]).code).toBe(2);
    expect(readFileSync(input, "utf8")).toBe("# Plan\n\n## A\n\n- [ ] a\n");
  });

  it("says when the file is not valid UTF-8, and how many sequences were replaced", () => {
    const latin1 = join(dir, "latin1.md");
    // "Café" in Latin-1 (E9), and a real U+FFFD the file holds itself, which is not counted.
    writeFileSync(latin1, Buffer.concat([Buffer.from("# Plan\n\n## A\n\n- [ ] Caf"), Buffer.from([0xe9]), Buffer.from(" \uFFFD ok\n")]));
    const r = runCli(["import", latin1, "--as-of", "2026-03-02"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`${latin1} is not valid UTF-8: 1 byte sequence read as \uFFFD; expected UTF-8 text`);
    const clean = runCli(["import", fixture("refs.md"), "--as-of", "2026-03-02"]);
    expect(clean.stderr).not.toContain("UTF-8");
  });

  it("reads --start and --locale", () => {
    const r = runCli(["import", fixture("relative-without-start.md"), "--start", "2026-03-02", "--locale", "de", "--as-of", "2026-03-02"]);
    expect(r.code).toBe(0);
    const roadmap = parseRoadmap(r.stdout).roadmap!;
    expect(roadmap).toMatchObject({ start: "2026-03-02", locale: "de" });
    expect(roadmap.items.map((i) => [i.title, i.when?.text, i.duration?.text])).toEqual([
      ["Setup", "week 1", undefined],
      ["Install", undefined, undefined],
      ["Polish", undefined, "2w"],
      ["Tidy", undefined, undefined],
    ]);
    const without = runCli(["import", fixture("relative-without-start.md"), "--as-of", "2026-03-02"]);
    expect(without.stderr).toContain("2 weeks, months and lengths kept as text: nothing says where the roadmap starts; give --start DATE.");
  });

  const binary = join(dir, "binary.md");
  writeFileSync(binary, Buffer.from([0x23, 0x20, 0x00, 0x01]));
  it.each([
    ["a missing file", [join(dir, "nope.md")], `roadmap: no such file: ${join(dir, "nope.md")}\n`],
    ["a directory", [dir], `roadmap: ${dir} is a directory, expected a Markdown file\n`],
    ["a binary file", [binary], `roadmap: ${binary} is binary (it contains NUL bytes), not Markdown text\n`],
    ["a bad --start", [fixture("refs.md"), "--start", "2026-02-30"], /^roadmap: --start: .*2026-02-30/],
    [
      "a bad --locale",
      [fixture("refs.md"), "--locale", "pt_br"],
      'roadmap: --locale: expected a locale code such as en, ru, tr, de or pt-BR, found "pt_br" (did you mean "pt-BR"?)\n',
    ],
    [
      "an output folder that does not exist",
      [fixture("refs.md"), "-o", join(dir, "missing", "x.yaml")],
      /^roadmap: cannot write .*: its folder does not exist\n$/,
    ],
    ["no file", [], /missing required argument 'file'/],
  ])("exits 2 with one line for %s", (_what, args, message) => {
    const r = runCli(["import", ...(args as string[]), ...((args as string[]).length > 0 ? ["--as-of", "2026-03-02"] : [])]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    if (typeof message === "string") expect(r.stderr).toBe(message);
    else expect(r.stderr).toMatch(message);
  });

  it("is listed in --help with what it recognises", () => {
    expect(runCli(["--help"]).stdout).toMatch(/^\s+import \[options\] <file>\s+turn a Markdown roadmap into a roadmap file/m);
    const help = runCli(["import", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("--start <date>");
    expect(help.stdout).toContain("Weeks 3-6");
  });
});

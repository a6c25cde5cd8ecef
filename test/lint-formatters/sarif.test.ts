import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics.js";
import { sarif } from "../../src/lint/formatters/sarif.js";
import { ruleCatalog } from "../../src/lint/rule-catalog.js";
import { BROKEN, HOSTILE, TYPO, context, lintTexts, readRoadmap } from "./sample.js";

/**
 * The official SARIF 2.1.0 schema, as shipped by @microsoft/jest-sarif. It is
 * a draft-04 schema; the only draft-04 keyword it uses that draft-07 spells
 * differently is the top-level `id` (no `exclusiveMinimum`, only local
 * `$ref`s), so it compiles with Ajv's default draft-07 once `id` is `$id`.
 * Its `language` pattern has a stray `]`, which only non-Unicode regular
 * expressions accept: hence `unicodeRegExp: false`.
 */
function sarifValidator() {
  const path = createRequire(import.meta.url).resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");
  const { $schema: _draft04, id, ...schema } = JSON.parse(readFileSync(path, "utf8"));
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats.default(ajv);
  return ajv.compile({ $id: id, ...schema });
}

const validate = sarifValidator();

function expectValid(text: string) {
  const log = JSON.parse(text);
  const ok = validate(log);
  expect(validate.errors ?? [], "valid SARIF 2.1.0").toEqual([]);
  expect(ok).toBe(true);
  return log;
}

describe("sarif format", () => {
  it("the validator rejects a broken log", () => {
    expect(validate({ version: "2.1.0", runs: [{ tool: { driver: {} } }] })).toBe(false);
    expect(validate({ version: "2.1.0", runs: [{ tool: { driver: { name: "x" } }, results: [{ message: {}, level: "fatal" }] }] })).toBe(false);
    // Formats are checked too: a URI reference cannot hold a space.
    expect(validate({ version: "2.1.0", runs: [{ tool: { driver: { name: "x" } }, artifacts: [{ location: { uri: "a b.yaml" } }] }] })).toBe(false);
  });

  it("is valid with no diagnostics, and still describes every rule and file", () => {
    const log = expectValid(sarif([], context(["roadmaps/a.yaml"])));
    expect(log.version).toBe("2.1.0");
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0];
    expect(run.results).toEqual([]);
    expect(run.artifacts).toEqual([{ location: { uri: "roadmaps/a.yaml", uriBaseId: "%SRCROOT%" } }]);
    expect(run.tool.driver).toMatchObject({ name: "roadmap-kit", version: "1.2.3", informationUri: expect.stringMatching(/^https:\/\//) });
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(ruleCatalog.map((r) => r.id));
  });

  it("describes each rule with descriptions, help linking to its docs page, and default level", () => {
    const run = expectValid(sarif([], context([]))).runs[0];
    for (const [i, rule] of ruleCatalog.entries()) {
      const d = run.tool.driver.rules[i];
      expect(d.shortDescription.text).toBe(rule.description);
      expect(d.fullDescription.text).toContain(rule.description);
      expect(d.help.text).toContain(`docs/rules/${rule.id}.md`);
      expect(d.help.markdown).toContain(`(${d.helpUri})`);
      expect(d.helpUri).toMatch(new RegExp(`/docs/rules/${rule.id}\\.md$`));
      expect(d.defaultConfiguration.level).toBe(rule.severity);
    }
  });

  it("is valid for real diagnostics, with rule indexes, levels, regions and artifact indexes", () => {
    const files = ["roadmaps/broken.yaml", "roadmaps/typo.yaml", "roadmaps/clean.yaml"];
    const diagnostics = lintTexts({ [files[0]]: BROKEN, [files[1]]: TYPO, [files[2]]: readRoadmap("roadmap-kit.yaml") });
    const run = expectValid(sarif(diagnostics, context(files))).runs[0];
    expect(run.results).toHaveLength(diagnostics.length);
    expect(run.artifacts.map((a: { location: { uri: string } }) => a.location.uri)).toEqual(files);
    for (const [i, d] of diagnostics.entries()) {
      const r = run.results[i];
      expect(run.tool.driver.rules[r.ruleIndex].id).toBe(d.code);
      expect(r).toMatchObject({ ruleId: d.code, level: d.severity, message: { text: d.message } });
      const loc = r.locations[0].physicalLocation;
      expect(run.artifacts[loc.artifactLocation.index].location.uri).toBe(loc.artifactLocation.uri);
      expect(loc.region.startLine).toBe(d.range!.start.line);
      expect(loc.region.startColumn).toBe(d.range!.start.col);
    }
    const late = run.results.find((r: { ruleId: string }) => r.ruleId === "late-item");
    expect(late.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: "roadmaps/broken.yaml", uriBaseId: "%SRCROOT%", index: 0 },
      region: { startLine: 7, startColumn: 10, endLine: 7, endColumn: 20 },
    });
    expect(run.results.find((r: { ruleId: string }) => r.ruleId === "unknown-key")).toMatchObject({ level: "error" });
  });

  it("gives artifact URIs relative to cwd with forward slashes, percent-encoded", () => {
    const files = ["/repo/roadmaps/a b.yaml", "roadmaps/план 🚀.yaml", "./x/../y/z#1.yaml", "/elsewhere/c.yaml", "../up.yaml"];
    const diagnostics: Diagnostic[] = files.map((file) => ({ code: "late-item", severity: "warning", message: "m", file, path: [] }));
    const run = expectValid(sarif(diagnostics, context(files))).runs[0];
    expect(run.originalUriBaseIds).toEqual({ "%SRCROOT%": { uri: "file:///repo/" } });
    expect(run.artifacts.map((a: { location: unknown }) => a.location)).toEqual([
      { uri: "roadmaps/a%20b.yaml", uriBaseId: "%SRCROOT%" },
      { uri: "roadmaps/%D0%BF%D0%BB%D0%B0%D0%BD%20%F0%9F%9A%80.yaml", uriBaseId: "%SRCROOT%" },
      { uri: "y/z%231.yaml", uriBaseId: "%SRCROOT%" },
      { uri: "file:///elsewhere/c.yaml" },
      { uri: "file:///up.yaml" },
    ]);
    expect(
      run.results.map(
        (r: { locations: { physicalLocation: { artifactLocation: { index: number } } }[] }) => r.locations[0].physicalLocation.artifactLocation.index,
      ),
    ).toEqual([0, 1, 2, 3, 4]);
  });

  it("handles Windows paths", () => {
    const files = ["C:\\work\\repo\\roadmaps\\a.yaml", "roadmaps\\b.yaml", "D:\\other\\c.yaml"];
    const diagnostics: Diagnostic[] = files.map((file) => ({ code: "late-item", severity: "warning", message: "m", file, path: [] }));
    const run = expectValid(sarif(diagnostics, context(files, { cwd: "c:\\work\\repo\\" }))).runs[0];
    expect(run.originalUriBaseIds).toEqual({ "%SRCROOT%": { uri: "file:///C:/work/repo/" } });
    expect(run.artifacts.map((a: { location: { uri: string } }) => a.location.uri)).toEqual(["roadmaps/a.yaml", "roadmaps/b.yaml", "file:///D:/other/c.yaml"]);
  });

  it("stays valid with hostile strings and without ranges, files or known rules", () => {
    const noFile: Diagnostic = { code: "yaml-syntax", severity: "error", message: "from standard input", path: [] };
    const log = expectValid(sarif([...HOSTILE, noFile], context(["dir/a:b,c%.yaml"])));
    const [weird, plain, stdin] = log.runs[0].results;
    expect(weird.ruleId).toBe("we:ird,rule%");
    expect(weird).not.toHaveProperty("ruleIndex");
    expect(weird.message.text).toBe(HOSTILE[0].message);
    expect(weird.locations[0].physicalLocation.artifactLocation.uri).toBe("dir/a:b,c%25.yaml".replace(":", "%3A").replace(",", "%2C"));
    expect(plain.locations[0].physicalLocation).not.toHaveProperty("region");
    expect(stdin).not.toHaveProperty("locations");
  });

  it("ends a block that runs to column 1 of the next line at the end of its last line", () => {
    const d = (end: { line: number; col: number }): Diagnostic => ({
      code: "late-item",
      severity: "warning",
      message: "m",
      file: "a.yaml",
      path: [],
      range: { start: { line: 4, col: 5 }, end },
    });
    const regions = expectValid(sarif([d({ line: 8, col: 1 }), d({ line: 7, col: 20 }), d({ line: 4, col: 5 })], context(["a.yaml"]))).runs[0].results.map(
      (r: { locations: { physicalLocation: { region: unknown } }[] }) => r.locations[0].physicalLocation.region,
    );
    expect(regions).toEqual([
      { startLine: 4, startColumn: 5, endLine: 7 },
      { startLine: 4, startColumn: 5, endLine: 7, endColumn: 20 },
      { startLine: 4, startColumn: 5, endLine: 4, endColumn: 5 },
    ]);
  });

  it("without cwd, keeps relative paths relative and gives no base", () => {
    const d: Diagnostic = { code: "late-item", severity: "warning", message: "m", file: "roadmaps/a.yaml", path: [] };
    const run = expectValid(sarif([d], context([], { cwd: undefined, toolVersion: undefined }))).runs[0];
    expect(run).not.toHaveProperty("originalUriBaseIds");
    expect(run.tool.driver).not.toHaveProperty("version");
    expect(run.artifacts[0].location).toEqual({ uri: "roadmaps/a.yaml", uriBaseId: "%SRCROOT%" });
  });
});

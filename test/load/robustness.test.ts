import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseRoadmap } from "../../src/index.js";
import { loadRoadmap } from "../../src/node/index.js";

const codes = (text: string) => parseRoadmap(text, { file: "x.yaml" }).diagnostics.map((d) => d.code);
const first = (text: string) => parseRoadmap(text, { file: "x.yaml" }).diagnostics[0];

describe("hostile and odd input never throws and gets a positioned diagnostic", () => {
  it.each([
    ["empty file", "", "empty-file"],
    ["only whitespace and comments", "  \n# nothing\n", "empty-file"],
    ["a list at top level", "- a\n- b\n", "invalid-type"],
    ["a scalar at top level", "hello\n", "invalid-type"],
    ["a number at top level", "42\n", "invalid-type"],
    ["binary junk", "\u0000\u0001\u0002PNG\u0000", "binary-file"],
    ["unclosed flow mapping", "title: {a: 1\n", "yaml-syntax"],
    ["tab indentation", "title: x\nphases:\n\t- title: y\n", "yaml-tab-indent"],
    ["duplicate key", "title: a\ntitle: b\n", "duplicate-key"],
    ["an alias inside its own anchor (a list)", "title: x\nphases: &p\n  - title: a\n    tasks: *p\n", "yaml-syntax"],
    ["an alias inside its own anchor (a mapping)", "title: x\nx-a: &m\n  b: [1, { c: *m }]\n", "yaml-syntax"],
    ["an alias with no anchor", "title: x\nphases:\n  - { title: a, owner: *nope }\n", "yaml-syntax"],
  ])("%s", (_name, text, code) => {
    const result = parseRoadmap(text, { file: "x.yaml" });
    expect(result.roadmap).toBeUndefined();
    expect(result.diagnostics.map((d) => d.code)).toContain(code);
    for (const d of result.diagnostics) {
      expect(d.range?.start.line).toBeGreaterThanOrEqual(1);
      expect(d.file).toBe("x.yaml");
    }
  });

  it("explains a second YAML document", () => {
    const d = first("title: a\n---\ntitle: b\n");
    expect(d).toMatchObject({ code: "yaml-syntax", range: { start: { line: 2, col: 1 } } });
    expect(d.message).toBe(
      "a second YAML document starts here: expected one roadmap per file (remove this `---` line, or move what follows to a file of its own)",
    );
  });

  it("explains collections nested too deeply to read", () => {
    const d = first(`title: x\nx-a: ${"[".repeat(20_000)}${"]".repeat(20_000)}\n`);
    expect(d).toMatchObject({ code: "yaml-syntax", range: { start: { line: 2 } } });
    expect(d.message).toMatch(/nests too deeply/);
    const large = first(`title: x\n${"#".repeat(100).concat("\n").repeat(25_000)}x-a: ${"[".repeat(150)}${"]".repeat(150)}\n`);
    expect(large).toMatchObject({ code: "yaml-syntax", range: { start: { line: 25_002 } } });
    expect(large.message).toMatch(/nests too deeply to read here: expected at most 100 levels/);
  });

  it("says which alias names no anchor, where", () => {
    const d = first("title: x\nphases:\n  - { title: a, owner: *nope }\n");
    expect(d.range?.start).toEqual({ line: 3, col: 24 });
    expect(d.message).toBe("the alias *nope names no anchor: expected an anchor &nope on a value before it, found none");
  });

  it("strips a byte-order mark", () => {
    expect(codes("\uFEFFtitle: With BOM\n")).toEqual([]);
  });

  it("reads CRLF line endings with the right line numbers", () => {
    const d = first("title: x\r\nphases:\r\n  - title: y\r\n    statuz: done\r\n");
    expect(d.code).toBe("unknown-key");
    expect(d.range?.start).toEqual({ line: 4, col: 5 });
  });

  it("stops an alias bomb quickly", () => {
    const lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 12; i++)
      lines.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [*${String.fromCharCode(96 + i)}, *${String.fromCharCode(96 + i)}, *${String.fromCharCode(96 + i)}, *${String.fromCharCode(96 + i)}, *${String.fromCharCode(96 + i)}]`,
      );
    const started = performance.now();
    const result = parseRoadmap(`title: bomb\nx-bomb:\n${lines.map((l) => `  ${l}`).join("\n")}\n`, { file: "bomb.yaml" });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(result.diagnostics[0].code).toBe("yaml-syntax");
    expect(result.diagnostics[0].message).toMatch(/alias/);
  });

  it("reports every problem in a file at once", () => {
    const text = "title: x\ntitel: y\nphases:\n  - title: a\n    status: doing\n    when: weeks 6-3\n";
    expect(codes(text)).toEqual(["unknown-key", "invalid-value", "invalid-span"]);
  });

  it("explains a syntax error in a large file without the slow positioned parse", () => {
    const tasks = Array.from({ length: 45_000 }, (_, i) => `  - { id: t${i}, title: Task ${i}, duration: 1d }`).join("\n");
    const text = `title: Big\nstart: 2025-01-06\nphases:\n${tasks}\n  - title: "never closed\n`;
    expect(text.length).toBeGreaterThan(2 * 1024 * 1024);
    const started = performance.now();
    const [d] = parseRoadmap(text, { file: "big.yaml" }).diagnostics;
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(d).toMatchObject({ code: "yaml-syntax", file: "big.yaml" });
    expect(d.range!.start.line).toBeGreaterThan(45_000);
  });

  it("refuses anchors in a large file rather than risk an unbounded expansion", () => {
    const filler = "#".repeat(100) + "\n";
    const text = `title: Big\nx-a: &a [1, 2]\nx-b: *a\n${filler.repeat(25_000)}`;
    const [d] = parseRoadmap(text, { file: "big.yaml" }).diagnostics;
    expect(d).toMatchObject({ code: "yaml-syntax" });
    expect(d.message).toMatch(/anchors/);
  });

  it("keeps x-* extension keys anywhere", () => {
    const result = parseRoadmap("title: x\nx-team: core\nphases:\n  - title: a\n    x-jira: ABC-1\n", {});
    expect(result.diagnostics).toEqual([]);
    expect(result.roadmap?.extensions).toEqual({ "x-team": "core" });
    expect(result.roadmap?.items[0].extensions).toEqual({ "x-jira": "ABC-1" });
  });
});

describe("loadRoadmap", () => {
  const dir = mkdtempSync(join(tmpdir(), "roadmap-load-"));

  it("reports a missing file", async () => {
    const r = await loadRoadmap(join(dir, "missing.yaml"));
    expect(r.diagnostics.map((d) => d.code)).toEqual(["file-not-found"]);
  });

  it("reports a directory", async () => {
    mkdirSync(join(dir, "folder.yaml"));
    const r = await loadRoadmap(join(dir, "folder.yaml"));
    expect(r.diagnostics.map((d) => d.code)).toEqual(["not-a-file"]);
  });

  it("refuses a file over the size limit without reading it", async () => {
    const big = join(dir, "big.yaml");
    writeFileSync(big, "");
    const { truncateSync } = await import("node:fs");
    truncateSync(big, 65 * 1024 * 1024);
    const r = await loadRoadmap(big);
    expect(r.diagnostics.map((d) => d.code)).toEqual(["file-too-large"]);
  });

  it("reads a valid file", async () => {
    const ok = join(dir, "ok.yaml");
    writeFileSync(ok, "title: Fine\n");
    const r = await loadRoadmap(ok);
    expect(r.diagnostics).toEqual([]);
    expect(r.roadmap?.title).toBe("Fine");
  });
});

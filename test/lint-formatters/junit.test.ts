import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics.js";
import { junit, xmlAttribute, xmlText } from "../../src/lint/formatters/junit.js";
import { parseXml } from "./parse-xml.js";
import { BROKEN, HOSTILE, TYPO, context, lintTexts, readRoadmap } from "./sample.js";

describe("junit format", () => {
  it("is one testsuite per file, one failing testcase per diagnostic, a passing one for a clean file", () => {
    const files = ["roadmaps/broken.yaml", "roadmaps/typo.yaml", "roadmaps/clean.yaml"];
    const diagnostics = lintTexts({ [files[0]]: BROKEN, [files[1]]: TYPO, [files[2]]: readRoadmap("roadmap-kit.yaml") });
    const clean = diagnostics.filter((d) => d.file === files[2]);
    expect(clean, "the bundled roadmap lints clean as of the test date").toEqual([]);
    const root = parseXml(junit(diagnostics, context(files)));
    expect(root.name).toBe("testsuites");
    expect(root.attributes).toMatchObject({ tests: String(diagnostics.length + 1), failures: String(diagnostics.length), errors: "0" });
    expect(root.children.map((s) => s.attributes.name)).toEqual(files);
    for (const suite of root.children) {
      const own = diagnostics.filter((d) => d.file === suite.attributes.name);
      expect(suite.name).toBe("testsuite");
      expect(suite.attributes).toMatchObject({ tests: String(Math.max(1, own.length)), failures: String(own.length), errors: "0" });
      expect(suite.children).toHaveLength(Math.max(1, own.length));
      if (own.length === 0) {
        expect(suite.children[0]).toMatchObject({ name: "testcase", attributes: { classname: suite.attributes.name }, children: [] });
        continue;
      }
      for (const [i, d] of own.entries()) {
        const tc = suite.children[i];
        expect(tc.attributes).toEqual({ classname: d.file, name: `${d.code} ${d.range!.start.line}:${d.range!.start.col}` });
        expect(tc.children).toHaveLength(1);
        const failure = tc.children[0];
        expect(failure.name).toBe("failure");
        expect(failure.attributes).toEqual({ message: d.message, type: d.code });
        expect(failure.text).toContain(`${d.severity}: ${d.message}`);
      }
    }
  });

  it("escapes markup and drops characters XML 1.0 forbids", () => {
    const out = junit(HOSTILE, context(["dir/a:b,c%.yaml"]));
    const root = parseXml(out);
    const [first, second] = root.children;
    expect(first.attributes.name).toBe("dir/a:b,c%.yaml");
    const failure = first.children[0].children[0];
    // Attribute values keep their line breaks (as character references).
    expect(failure.attributes.message).toBe(HOSTILE[0].message);
    expect(failure.attributes.type).toBe("we:ird,rule%");
    expect(second.attributes.name).toBe("roadmaps/плán 🚀.yaml");
    expect(second.children[0].attributes.name).toBe("late-item");
    expect(second.children[0].children[0].attributes.message).toBe("tab\there, bell, nul, lone  surrogate, emoji 🚀, Türkçe, русский");
    expect(out).not.toMatch(/[\u0000\u0007]/);
  });

  it("is well-formed and keeps the text of any diagnostic", () => {
    const text = fc.string({ unit: "binary", maxLength: 30 });
    const allowed = (s: string) => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDFFF]/gu, "");
    fc.assert(
      fc.property(text, text, text, (message, file, code) => {
        const d: Diagnostic = { code, severity: "warning", message, file, path: [], range: { start: { line: 1, col: 2 }, end: { line: 1, col: 3 } } };
        const root = parseXml(junit([d], context([file])));
        const suite = root.children[0];
        expect(suite.attributes.name).toBe(allowed(file));
        expect(suite.children[0].children[0].attributes.message).toBe(allowed(message));
        expect(suite.children[0].children[0].attributes.type).toBe(allowed(code));
      }),
    );
  });

  it("escapes the five special characters", () => {
    expect(xmlText(`a&b<c>d"e'f`)).toBe("a&amp;b&lt;c&gt;d&quot;e&apos;f");
    expect(xmlAttribute("a\tb\nc\rd")).toBe("a&#9;b&#10;c&#13;d");
  });

  it("prints a well-formed document for no files at all", () => {
    expect(junit([], context([]))).toMatchInlineSnapshot(`
      "<?xml version="1.0" encoding="UTF-8"?>
      <testsuites name="roadmap lint" tests="0" failures="0" errors="0">
      </testsuites>
      "
    `);
    expect(parseXml(junit([], context([]))).children).toEqual([]);
  });

  it("looks like this", () => {
    expect(junit(lintTexts({ "roadmaps/typo.yaml": TYPO }), context(["roadmaps/typo.yaml", "roadmaps/ok.yaml"]))).toMatchInlineSnapshot(`
      "<?xml version="1.0" encoding="UTF-8"?>
      <testsuites name="roadmap lint" tests="2" failures="1" errors="0">
        <testsuite name="roadmaps/typo.yaml" tests="1" failures="1" errors="0" skipped="0">
          <testcase classname="roadmaps/typo.yaml" name="unknown-key 4:5">
            <failure message="phases[0]: unknown key &quot;statuz&quot; (did you mean &quot;status&quot;?)" type="unknown-key">error: phases[0]: unknown key &quot;statuz&quot; (did you mean &quot;status&quot;?)
      at roadmaps/typo.yaml:4:5
      rule: unknown-key</failure>
          </testcase>
        </testsuite>
        <testsuite name="roadmaps/ok.yaml" tests="1" failures="0" errors="0" skipped="0">
          <testcase classname="roadmaps/ok.yaml" name="roadmap lint"/>
        </testsuite>
      </testsuites>
      "
    `);
  });
});

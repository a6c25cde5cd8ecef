import { describe, expect, it } from "vitest";
import { DiagnosticSeverity } from "vscode-languageserver";
import type { Diagnostic } from "../../src/diagnostics.js";
import { documentDiagnostics, toLspDiagnostic } from "../../src/lsp/diagnostics.js";
import { checkRoadmap } from "../../src/lint/check-roadmap.js";
import { parseRoadmap } from "../../src/load/parse-roadmap.js";
import { SAMPLE, analyze } from "./analyze.js";

const d = (over: Partial<Diagnostic>): Diagnostic => ({ code: "unknown-key", severity: "error", message: "m", path: [], ...over });
const range = (l1: number, c1: number, l2: number, c2: number) => ({ start: { line: l1, col: c1 }, end: { line: l2, col: c2 } });

describe("diagnostics for the editor", () => {
  it.each([
    {
      name: "1-based to 0-based",
      diagnostic: d({ range: range(4, 5, 4, 11) }),
      text: "",
      lsp: { start: { line: 3, character: 4 }, end: { line: 3, character: 10 } },
    },
    { name: "no range: the file's start", diagnostic: d({}), text: "", lsp: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } },
    {
      name: "a byte order mark shifts line 1",
      diagnostic: d({ range: range(1, 1, 2, 3) }),
      text: "\uFEFFtitle: x\n",
      lsp: { start: { line: 0, character: 1 }, end: { line: 1, character: 2 } },
    },
  ])("$name", ({ diagnostic, text, lsp }) => {
    expect(toLspDiagnostic(diagnostic, text).range).toEqual(lsp);
  });

  it.each([
    ["error", DiagnosticSeverity.Error],
    ["warning", DiagnosticSeverity.Warning],
  ] as const)("a lint %s is an editor %i, with its code and source", (severity, lsp) => {
    expect(toLspDiagnostic(d({ severity, code: "late-item", message: "late" }))).toMatchObject({
      severity: lsp,
      code: "late-item",
      source: "roadmap",
      message: "late",
    });
  });

  it.each([
    { name: "a clean roadmap", text: SAMPLE, codes: [] },
    {
      name: "schema and reference errors",
      text: SAMPLE.replace("duration: 2w", "duraton: 2w").replace("after: [api]", "after: [apu]"),
      codes: ["unknown-key", "unknown-ref"],
    },
    {
      name: "plan warnings",
      text: SAMPLE.replace("probability: medium, ", "").replace("start: 2025-01-06", "start: 2024-01-08\nupdated: 2024-01-08\nreview: { every: 1w }"),
      codes: ["stale-review", "overdue-item", "overdue-item", "unscored-risk"],
    },
    { name: "YAML syntax", text: "title: [unclosed\nphases:\n", codes: ["yaml-syntax"] },
  ])("are those of checkRoadmap for the same text: $name", ({ text, codes }) => {
    const expected = checkRoadmap(parseRoadmap(text, { file: "roadmap.yaml" }), { asOf: "2025-01-06", defaultAsOf: "2025-01-06" }).diagnostics.map((x) =>
      toLspDiagnostic(x, text),
    );
    const got = documentDiagnostics(analyze(text).analysis);
    expect(got).toEqual(expected);
    expect(got.map((x) => x.code)).toEqual(codes);
  });
});

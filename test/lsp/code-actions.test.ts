import { describe, expect, it } from "vitest";
import { DiagnosticSeverity, type Diagnostic } from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import { codeActionsFor, hintsOf } from "../../src/lsp/code-actions.js";
import { documentDiagnostics } from "../../src/lsp/diagnostics.js";
import { SAMPLE, URI, analyze } from "./analyze.js";

/** SAMPLE with one mistake. */
const wrong = (from: string, to: string) => {
  if (!SAMPLE.includes(from)) throw new Error(`not in SAMPLE: ${from}`);
  return SAMPLE.replace(from, to);
};

describe("quick fixes from did-you-mean hints", () => {
  it.each([
    { name: "an unknown id in after", text: wrong("after: [api]", "after: [apu]"), code: "unknown-ref", titles: ['Change to "api"'], fixed: SAMPLE },
    {
      name: "an unknown id in affects",
      text: wrong("affects: [api, build]", "affects: [api, biuld]"),
      code: "unknown-ref",
      titles: ['Change to "build"'],
      fixed: SAMPLE,
    },
    {
      name: "a quoted unknown id keeps its quotes",
      text: wrong("after: [api]", 'after: ["apu"]'),
      code: "unknown-ref",
      titles: ['Change to "api"'],
      fixed: wrong("after: [api]", 'after: ["api"]'),
    },
    { name: "a misspelt key", text: wrong("duration: 2w", "duraton: 2w"), code: "unknown-key", titles: ['Change to "duration"'], fixed: SAMPLE },
    {
      name: "a misspelt status",
      text: wrong("duration: 2w", "duration: 2w\n        status: doen"),
      code: "invalid-value",
      titles: ['Change to "done"'],
      fixed: wrong("duration: 2w", "duration: 2w\n        status: done"),
    },
    { name: "a KPI target key", text: wrong("launch: 50", "lanch: 50"), code: "unknown-ref", titles: ['Change to "launch"'], fixed: SAMPLE },
    {
      name: "a locale with several candidates",
      text: wrong("currency: EUR", "currency: EUR\nlocale: de-XX"),
      code: "invalid-value",
      titles: ['Change to "de"', 'Change to "de-AT"'],
      fixed: wrong("currency: EUR", "currency: EUR\nlocale: de"),
    },
  ])("$name", ({ text, code, titles, fixed }) => {
    const { analysis } = analyze(text);
    const diagnostics = documentDiagnostics(analysis).filter((d) => d.code === code);
    expect(diagnostics).toHaveLength(1);
    const actions = codeActionsFor(analysis.document, diagnostics);
    expect(actions.map((a) => a.title)).toEqual(titles);
    expect(actions.every((a) => a.kind === "quickfix" && a.diagnostics?.[0] === diagnostics[0])).toBe(true);
    expect(actions[0].isPreferred).toBe(titles.length === 1);
    expect(TextDocument.applyEdits(analysis.document, actions[0].edit!.changes![URI])).toBe(fixed);
    // The fix leaves no problem of that kind.
    expect(documentDiagnostics(analyze(fixed).analysis).filter((d) => d.code === code)).toEqual([]);
  });

  const at = (line: number, from: number, to: number, message: string, source = "roadmap"): Diagnostic => ({
    range: { start: { line, character: from }, end: { line, character: to } },
    message,
    source,
    severity: DiagnosticSeverity.Error,
  });
  it.each([
    { name: "no hint", diagnostic: at(0, 7, 13, 'unknown item "x"') },
    { name: "another tool's diagnostic", diagnostic: at(0, 7, 13, 'x (did you mean "y"?)', "yaml") },
    {
      name: "a range over a mapping",
      diagnostic: { ...at(0, 0, 0, 'x (did you mean "y"?)'), range: { start: { line: 14, character: 4 }, end: { line: 14, character: 48 } } },
    },
    { name: "an empty range", diagnostic: at(0, 3, 3, 'x (did you mean "y"?)') },
  ])("offers nothing for $name", ({ diagnostic }) => {
    expect(codeActionsFor(analyze(SAMPLE).analysis.document, [diagnostic])).toEqual([]);
  });

  it.each([
    ['unknown key "statuz" (did you mean "status"?)', ["status"]],
    ["expected a locale (did you mean one of de, de-AT, de-CH?)", ["de", "de-AT", "de-CH"]],
    ['unknown item "x"', []],
  ])("reads the hint of %j", (message, hints) => {
    expect(hintsOf(message)).toEqual(hints);
  });
});

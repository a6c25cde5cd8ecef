import { describe, expect, it } from "vitest";
import { SymbolKind, type DocumentSymbol } from "vscode-languageserver";
import { documentSymbols } from "../../src/lsp/symbols.js";
import { SAMPLE, analyze } from "./analyze.js";

type Row = [string, string | undefined, SymbolKind, Row[]?];
const rows = (list: DocumentSymbol[]): Row[] =>
  list.map((s) => (s.children?.length ? [s.name, s.detail, s.kind, rows(s.children)] : [s.name, s.detail, s.kind]));

describe("document symbols (the outline)", () => {
  it.each([
    {
      name: "phases with their tasks, milestones, then risks, KPIs and budgets, with ids and dates",
      text: SAMPLE,
      outline: [
        [
          "Build",
          "build · 2025-01-06 → 2025-01-24",
          SymbolKind.Module,
          [
            ["API", "api · 2025-01-06 → 2025-01-17", SymbolKind.Function],
            ["Web UI", "web-ui · 2025-01-20 → 2025-01-24", SymbolKind.Function],
          ],
        ],
        ["Launch", "launch · 2025-01-24", SymbolKind.Event],
        ["risks", undefined, SymbolKind.Namespace, [["Scope grows", "scope", SymbolKind.Object]]],
        ["kpis", undefined, SymbolKind.Namespace, [["Sign-ups", "signups", SymbolKind.Number]]],
        ["budgets", undefined, SymbolKind.Namespace, [["Cloud", "cloud", SymbolKind.Object]]],
      ],
    },
    {
      name: "a roadmap that does not validate: the outline without dates",
      text: "title: Half typed\nphases:\n  - title: One\n    tasks:\n      - title: Deep\n        tasks:\n          - { title: Deeper, duration: 1 }\n  - id: two\n",
      outline: [
        ["One", "one", SymbolKind.Module, [["Deep", "deep", SymbolKind.Function, [["Deeper", "deeper", SymbolKind.Function]]]]],
        ["two", "two", SymbolKind.Module],
      ],
    },
    { name: "a file with no items", text: "title: Empty\n", outline: [] },
  ])("$name", ({ text, outline }) => {
    expect(rows(documentSymbols(analyze(text).analysis))).toEqual(outline);
  });

  it("selects the id (or title) inside the item's range", () => {
    const { analysis } = analyze(SAMPLE);
    const check = (list: DocumentSymbol[], parent?: DocumentSymbol) => {
      for (const s of list) {
        const within = (inner: DocumentSymbol["range"], outer: DocumentSymbol["range"]) =>
          analysis.document.offsetAt(inner.start) >= analysis.document.offsetAt(outer.start) &&
          analysis.document.offsetAt(inner.end) <= analysis.document.offsetAt(outer.end);
        expect(within(s.selectionRange, s.range), s.name).toBe(true);
        if (parent) expect(within(s.range, parent.range), s.name).toBe(true);
        check(s.children ?? [], s);
      }
    };
    const symbols = documentSymbols(analysis);
    check(symbols);
    expect(analysis.document.getText(symbols[0].children![1].selectionRange)).toBe("Web UI");
  });
});

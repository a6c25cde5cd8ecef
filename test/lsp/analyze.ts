import { TextDocument } from "vscode-languageserver-textdocument";
import { analyzeDocument, type DocumentAnalysis } from "../../src/lsp/document-analysis.js";

/** Marks the cursor in a test roadmap. */
export const CURSOR = "‸";

export const URI = "file:///project/roadmap.yaml";

/** The analysis of a roadmap as the server makes it, as of a fixed date; `‸` marks the cursor and is removed. */
export function analyze(marked: string, asOf = "2025-01-06"): { analysis: DocumentAnalysis; offset: number; text: string } {
  const offset = marked.indexOf(CURSOR);
  const text = marked.replace(CURSOR, "");
  const document = TextDocument.create(URI, "yaml", 1, text);
  return { analysis: analyzeDocument(document, { file: "roadmap.yaml", asOf, defaultAsOf: asOf }), offset, text };
}

/** The cursor's position in a marked roadmap. */
export function cursorOf(marked: string) {
  const { analysis, offset } = analyze(marked);
  return { analysis, position: analysis.document.positionAt(offset) };
}

/** The text a range covers. */
export function textAt(analysis: DocumentAnalysis, range: { start: { line: number; character: number }; end: { line: number; character: number } }): string {
  return analysis.document.getText(range);
}

/** A small roadmap with every kind of id use. */
export const SAMPLE = `title: Sample
start: 2025-01-06
currency: EUR
phases:
  - id: build
    title: Build
    tasks:
      - id: api
        title: API
        duration: 2w
      - title: Web UI
        duration: 1w
        after: [api]
milestones:
  - { id: launch, title: Launch, after: [web-ui] }
risks:
  - { id: scope, title: Scope grows, probability: medium, impact: high, affects: [api, build] }
kpis:
  - { id: signups, title: Sign-ups, better: higher, baseline: 0, current: 10, targets: { 2025-01: 100, launch: 50 } }
budgets:
  - { id: cloud, title: Cloud, phase: build, items: [{ title: Hosting, amount: 100, per: month }] }
`;

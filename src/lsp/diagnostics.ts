import { DiagnosticSeverity, type Diagnostic as LspDiagnostic } from "vscode-languageserver";
import type { Diagnostic, Range } from "../diagnostics.js";
import type { DocumentAnalysis } from "./document-analysis.js";

/** What the editor shows as the diagnostics' source. */
export const SOURCE = "roadmap";

/**
 * A roadmap diagnostic for the editor: the same code, message and range as
 * `roadmap lint` prints, 0-based. `text` is the document the range points
 * into (a leading byte order mark, which the loader drops, shifts line 1).
 */
export function toLspDiagnostic(d: Diagnostic, text = ""): LspDiagnostic {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const at = (p: Range["start"]) => ({ line: p.line - 1, character: p.col - 1 + (p.line === 1 ? bom : 0) });
  const range = d.range ? { start: at(d.range.start), end: at(d.range.end) } : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return {
    range,
    severity: d.severity === "error" ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: d.code,
    source: SOURCE,
    message: d.message,
  };
}

/** The document's diagnostics: exactly those of `roadmap lint` for the same text and settings. */
export function documentDiagnostics(analysis: DocumentAnalysis): LspDiagnostic[] {
  const text = analysis.document.getText();
  return analysis.checked.diagnostics.map((d) => toLspDiagnostic(d, text));
}

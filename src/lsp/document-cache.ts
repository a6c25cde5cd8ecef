import type { TextDocument } from "vscode-languageserver-textdocument";
import type { DocumentAnalysis } from "./document-analysis.js";

/**
 * The analysis of each open document, keyed by its version: a request for
 * the version already analysed reuses it; a new version replaces it.
 */
export class DocumentCache {
  private readonly entries = new Map<string, { version: number; analysis: Promise<DocumentAnalysis> }>();

  constructor(private readonly analyze: (document: TextDocument) => Promise<DocumentAnalysis>) {}

  get(document: TextDocument): Promise<DocumentAnalysis> {
    const cached = this.entries.get(document.uri);
    if (cached && cached.version === document.version) return cached.analysis;
    const analysis = this.analyze(document);
    this.entries.set(document.uri, { version: document.version, analysis });
    // A failed analysis is not kept: the next request tries again.
    analysis.catch(() => {
      if (this.entries.get(document.uri)?.analysis === analysis) this.entries.delete(document.uri);
    });
    return analysis;
  }

  /** Forgets a closed document, or every document (settings changed). */
  drop(uri?: string): void {
    if (uri === undefined) this.entries.clear();
    else this.entries.delete(uri);
  }
}

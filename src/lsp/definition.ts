import type { Location, Position } from "vscode-languageserver";
import type { DocumentAnalysis } from "./document-analysis.js";
import { declarationNode, occurrenceAt } from "./id-index.js";

/** The item id under the cursor, if any. */
export function idAt(analysis: DocumentAnalysis, position: Position): string | undefined {
  const occurrence = occurrenceAt(analysis.index, analysis.document.offsetAt(position));
  if (!occurrence) return undefined;
  return occurrence.kind === "declaration" ? occurrence.entry.id : occurrence.reference.id;
}

/** Go to definition: from an id in `after`, `affects`, a KPI target or a budget's `phase` to the item's `id:` (or its title when the id comes from it). */
export function definitionAt(analysis: DocumentAnalysis, position: Position): Location | null {
  const id = idAt(analysis, position);
  const entry = id === undefined ? undefined : analysis.index.itemById.get(id);
  const range = entry && analysis.rangeOf(declarationNode(entry));
  return range ? { uri: analysis.document.uri, range } : null;
}

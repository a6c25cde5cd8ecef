import type { Location, Position } from "vscode-languageserver";
import { idAt } from "./definition.js";
import type { DocumentAnalysis } from "./document-analysis.js";
import { declarationNode, referencesTo } from "./id-index.js";

/** Find references: every use of the item id under the cursor, and its declaration when asked, in document order. */
export function referencesAt(analysis: DocumentAnalysis, position: Position, includeDeclaration: boolean): Location[] {
  const id = idAt(analysis, position);
  if (id === undefined) return [];
  const nodes = referencesTo(analysis.index, id).map((r) => r.node);
  const entry = analysis.index.itemById.get(id);
  const declaration = entry && declarationNode(entry);
  if (includeDeclaration && declaration) nodes.push(declaration);
  return nodes
    .sort((a, b) => a.range![0] - b.range![0])
    .flatMap((node) => {
      const range = analysis.rangeOf(node);
      return range ? [{ uri: analysis.document.uri, range }] : [];
    });
}

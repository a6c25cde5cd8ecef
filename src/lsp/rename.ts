import type { Position, Range, TextEdit, WorkspaceEdit } from "vscode-languageserver";
import { idSchema } from "../schema/primitives.js";
import type { DocumentAnalysis } from "./document-analysis.js";
import { occurrenceAt, referencesTo } from "./id-index.js";
import { quoteLike } from "./yaml-tree.js";

/** A rename the server refuses, with the reason shown to the user. */
export class RenameRefused extends Error {}

/** Where a rename starts: the id under the cursor and its range, or null when there is no id there. */
export function prepareRenameAt(analysis: DocumentAnalysis, position: Position): { range: Range; placeholder: string } | null {
  const occurrence = occurrenceAt(analysis.index, analysis.document.offsetAt(position));
  if (!occurrence) return null;
  const id = occurrence.kind === "declaration" ? occurrence.entry.id : occurrence.reference.id;
  const entry = analysis.index.itemById.get(id);
  if (!entry) throw new RenameRefused(`no item has the id "${id}": nothing to rename`);
  if (!entry.explicit) throw new RenameRefused(`"${id}" comes from the title of "${entry.title}": give the item an id: key to rename it`);
  const range = analysis.rangeOf(occurrence.node);
  return range ? { range, placeholder: id } : null;
}

/**
 * Renames the item id under the cursor: its `id:` and every use of it
 * (`after`, `affects`, KPI target keys, a budget's `phase`), nothing else.
 * Quoting is kept as written.
 */
export function renameAt(analysis: DocumentAnalysis, position: Position, newName: string): WorkspaceEdit | null {
  if (!prepareRenameAt(analysis, position)) return null;
  const occurrence = occurrenceAt(analysis.index, analysis.document.offsetAt(position))!;
  const id = occurrence.kind === "declaration" ? occurrence.entry.id : occurrence.reference.id;
  const valid = idSchema.safeParse(newName);
  if (!valid.success) throw new RenameRefused(valid.error.issues[0]?.message ?? `invalid id "${newName}"`);
  const index = analysis.index;
  if (newName !== id && index.items.some((e) => e.id === newName)) throw new RenameRefused(`an item already has the id "${newName}"`);
  const entry = index.itemById.get(id)!;
  const nodes = [entry.idNode!, ...referencesTo(index, id).map((r) => r.node)];
  const edits: TextEdit[] = nodes.map((node) => ({ range: analysis.rangeOf(node)!, newText: quoteLike(node, newName) }));
  return { changes: { [analysis.document.uri]: edits } };
}

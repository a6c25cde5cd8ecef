import { MarkupKind, type Hover, type Position } from "vscode-languageserver";
import type { Node } from "yaml";
import { describeEntry, markdownText } from "./describe-entry.js";
import type { DocumentAnalysis } from "./document-analysis.js";
import { occurrenceAt, type Entry } from "./id-index.js";
import { nodeAt } from "./yaml-tree.js";

/** The entry whose `id` or `title` (key or value) is under the cursor, with that node. */
export function entryAt(analysis: DocumentAnalysis, offset: number): { entry: Entry; node: Node } | undefined {
  const at = nodeAt(analysis.tree, offset);
  if (!at) return undefined;
  const last = at.path[at.path.length - 1];
  if (last !== "id" && last !== "title") return undefined;
  const owner = at.path.slice(0, -1).join("\u0000");
  const { items, risks, kpis, budgets } = analysis.index;
  const entry = [...items, ...risks, ...kpis, ...budgets].find((e) => e.path.join("\u0000") === owner);
  return entry && { entry, node: at.node };
}

/**
 * Hover on an item id (in `after`, `affects`, a KPI target, a budget's
 * `phase`, or its own `id:`) or on an item, risk, KPI or budget's id or
 * title: what the plan says about it.
 */
export function hoverAt(analysis: DocumentAnalysis, position: Position): Hover | null {
  const offset = analysis.document.offsetAt(position);
  const plan = analysis.checked.plan;
  const occurrence = occurrenceAt(analysis.index, offset);
  if (occurrence) {
    const id = occurrence.kind === "declaration" ? occurrence.entry.id : occurrence.reference.id;
    const entry = analysis.index.itemById.get(id);
    const range = analysis.rangeOf(occurrence.node);
    if (!entry) return { contents: { kind: MarkupKind.Markdown, value: `No item has the id ${markdownText(id)}.` }, range };
    return { contents: { kind: MarkupKind.Markdown, value: describeEntry(entry, plan) }, range };
  }
  const found = entryAt(analysis, offset);
  if (!found) return null;
  return { contents: { kind: MarkupKind.Markdown, value: describeEntry(found.entry, plan) }, range: analysis.rangeOf(found.node) };
}

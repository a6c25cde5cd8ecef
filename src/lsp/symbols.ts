import { SymbolKind, type DocumentSymbol } from "vscode-languageserver";
import type { Node } from "yaml";
import type { DocumentAnalysis } from "./document-analysis.js";
import { declarationNode, type Entry, type EntryKind } from "./id-index.js";
import { valueAt } from "./yaml-tree.js";

const KINDS: Record<EntryKind, SymbolKind> = {
  phase: SymbolKind.Module,
  task: SymbolKind.Function,
  milestone: SymbolKind.Event,
  risk: SymbolKind.Object,
  kpi: SymbolKind.Number,
  budget: SymbolKind.Object,
};

/**
 * The outline: phases with their tasks nested, milestones, then risks, KPIs
 * and budgets each under their key. Each entry shows its id and, when the
 * roadmap plans, its dates.
 */
export function documentSymbols(analysis: DocumentAnalysis): DocumentSymbol[] {
  const plan = analysis.checked.plan;
  const symbol = (entry: Entry): DocumentSymbol | undefined => {
    const range = analysis.rangeOf(entry.map);
    if (!range) return undefined;
    const planned = entry.kind === "risk" || entry.kind === "kpi" || entry.kind === "budget" ? undefined : plan?.itemsById.get(entry.id);
    const dates = planned?.start ? (planned.start === planned.end ? ` · ${planned.start}` : ` · ${planned.start} → ${planned.end}`) : "";
    const kind = planned?.milestone ? SymbolKind.Event : KINDS[entry.kind];
    return {
      name: entry.title || entry.id || "(untitled)",
      detail: `${entry.id}${dates}`,
      kind,
      range,
      selectionRange: analysis.rangeOf(declarationNode(entry)) ?? range,
      children: entry.children.flatMap((c) => symbol(c) ?? []),
    };
  };
  const index = analysis.index;
  const group = (key: string, entries: Entry[]): DocumentSymbol[] => {
    if (entries.length === 0) return [];
    const root = analysis.tree.contents as Node | null;
    const value = valueAt(root, key);
    const range = analysis.rangeOf(value);
    if (!range) return [];
    return [{ name: key, kind: SymbolKind.Namespace, range, selectionRange: range, children: entries.flatMap((e) => symbol(e) ?? []) }];
  };
  return [...index.outline.flatMap((e) => symbol(e) ?? []), ...group("risks", index.risks), ...group("kpis", index.kpis), ...group("budgets", index.budgets)];
}

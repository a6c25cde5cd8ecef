import { CompletionItemKind, MarkupKind, type CompletionItem, type Position, type Range } from "vscode-languageserver";
import { isMap, isScalar, isSeq, type Node, type YAMLMap } from "yaml";
import { configurableRuleIds } from "../lint/rule-catalog.js";
import type { Path } from "../model.js";
import type { DocumentAnalysis } from "./document-analysis.js";
import { allowsObject, enumAt, keysAt } from "./schema-at.js";
import { keyText, nodeAt, parseTree, plainOrQuoted } from "./yaml-tree.js";

/** Written in place of the word being typed, so the tree shows where the cursor is. */
const PROBE = "roadmapCompletionProbe7f3a";

/** Characters of a word being typed: anything but YAML punctuation and blanks. */
const WORD = /[^\s,[\]{}:#"']/;

type Context = { kind: "key"; mapPath: Path; map?: YAMLMap } | { kind: "value"; path: Path; parent?: Node };

/**
 * Where the cursor is, in terms of the data: a key of the mapping at
 * `mapPath`, or the value at `path`. The word under the cursor is replaced by
 * a probe and the text parsed again, so a half-typed line (`    sta`, `- `,
 * `after: [api, `) reads as what it is becoming.
 */
export function contextAt(text: string, start: number, end: number): Context | undefined {
  // A word alone on its line is a key being typed: with its colon, YAML cannot read it as part of the next line.
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const lineEnd = text.indexOf("\n", end) < 0 ? text.length : text.indexOf("\n", end);
  const alone = /^[ \t]*$/.test(text.slice(lineStart, start)) && /^[ \t\r]*$/.test(text.slice(end, lineEnd));
  const probeText = text.slice(0, start) + PROBE + (alone ? ":" : "") + text.slice(end);
  const at = nodeAt(parseTree(probeText), start);
  if (!at || !isScalar(at.node) || at.node.value !== PROBE) return undefined;
  const parent = at.ancestors[at.ancestors.length - 1];
  if (at.onKey) return { kind: "key", mapPath: at.path.slice(0, -1), map: isMap(parent) ? (parent as YAMLMap) : undefined };
  // A word alone where a mapping belongs (`- ti`, a new task) is its first key.
  if (isSeq(parent) && allowsObject(at.path) && enumAt(at.path).length === 0 && !isIdList(at.path)) return { kind: "key", mapPath: at.path };
  return { kind: "value", path: at.path, parent };
}

/** `after` of an item, `affects` of a risk: lists of item ids. */
function isIdList(path: Path): boolean {
  const n = path.length;
  const list = typeof path[n - 1] === "number" ? path[n - 2] : path[n - 1];
  if (list === "after") return path[0] === "phases" || path[0] === "milestones";
  return list === "affects" && path[0] === "risks";
}

/** Where an item id is expected: `after`, `affects`, a budget's `phase`, a KPI target key. */
function expectsId(context: Context): boolean {
  if (context.kind === "key") return context.mapPath[0] === "kpis" && context.mapPath[context.mapPath.length - 1] === "targets";
  const p = context.path;
  return isIdList(p) || (p[0] === "budgets" && p.length === 3 && p[2] === "phase");
}

function idCompletions(analysis: DocumentAnalysis, context: Context, range: Range): CompletionItem[] {
  const index = analysis.index;
  const plan = analysis.checked.plan;
  const path = context.kind === "value" ? context.path : context.mapPath;
  // The item whose `after` this is cannot come after itself; ids already listed are left out.
  const at = path.lastIndexOf("after");
  const self = at > 0 ? index.items.find((e) => e.path.join("\u0000") === path.slice(0, at).join("\u0000"))?.id : undefined;
  const listed = new Set<string>();
  if (context.kind === "value" && isSeq(context.parent)) {
    for (const node of context.parent.items) if (isScalar(node) && typeof node.value === "string" && node.value !== PROBE) listed.add(node.value);
  }
  if (context.kind === "key" && context.map) for (const pair of context.map.items) listed.add(keyText(pair));
  return index.items
    .filter((e) => e.id !== self && !listed.has(e.id))
    .map((e, i) => {
      const planned = plan?.itemsById.get(e.id);
      const dates = planned?.start ? (planned.start === planned.end ? planned.start : `${planned.start} → ${planned.end}`) : undefined;
      const newText = plainOrQuoted(e.id) + (context.kind === "key" ? ": " : "");
      return {
        label: e.id,
        kind: e.kind === "milestone" || planned?.milestone ? CompletionItemKind.Event : CompletionItemKind.Reference,
        detail: [e.kind, e.title, dates].filter(Boolean).join(" · "),
        sortText: String(i).padStart(6, "0"),
        filterText: e.id,
        textEdit: { range, newText },
      };
    });
}

function keyCompletions(context: Extract<Context, { kind: "key" }>, range: Range): CompletionItem[] {
  const present = new Set((context.map?.items ?? []).map(keyText).filter((k) => k !== PROBE));
  const p = context.mapPath;
  if (p.length === 2 && p[0] === "lint" && p[1] === "rules") {
    return [...configurableRuleIds]
      .filter((id) => !present.has(id))
      .map((id) => ({ label: id, kind: CompletionItemKind.Property, textEdit: { range, newText: `${id}: ` } }));
  }
  return keysAt(p)
    .filter((k) => !present.has(k.key))
    .map((k, i) => ({
      label: k.key,
      kind: CompletionItemKind.Property,
      detail: k.required ? "required" : undefined,
      documentation: k.description ? { kind: MarkupKind.Markdown, value: k.description } : undefined,
      sortText: `${k.required ? 0 : 1}${String(i).padStart(4, "0")}`,
      textEdit: { range, newText: `${k.key}: ` },
    }));
}

function valueCompletions(context: Extract<Context, { kind: "value" }>, range: Range): CompletionItem[] {
  return enumAt(context.path).map((value, i) => ({
    label: value,
    kind: CompletionItemKind.EnumMember,
    sortText: String(i).padStart(4, "0"),
    textEdit: { range, newText: value },
  }));
}

/**
 * Completion at the cursor: item ids inside `after:`, `affects:`, a
 * budget's `phase` and KPI target keys; enum values (status, priority,
 * probability, weekdays…); the keys the schema allows in the mapping being
 * written, less those already there.
 */
export function completionsAt(analysis: DocumentAnalysis, position: Position): CompletionItem[] {
  const text = analysis.document.getText();
  const offset = analysis.document.offsetAt(position);
  let start = offset;
  while (start > 0 && WORD.test(text[start - 1])) start--;
  let end = offset;
  while (end < text.length && WORD.test(text[end])) end++;
  const context = contextAt(text, start, end);
  if (!context) return [];
  const range = { start: analysis.document.positionAt(start), end: analysis.document.positionAt(end) };
  if (expectsId(context)) return idCompletions(analysis, context, range);
  return context.kind === "key" ? keyCompletions(context, range) : valueCompletions(context, range);
}

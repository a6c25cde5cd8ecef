import { Lexer, type Token } from "marked";
import { isNode, isPair, parseDocument, visit } from "yaml";
import { parseRoadmap } from "../../src/load/parse-roadmap.js";
import { planRoadmap } from "../../src/plan/plan-roadmap.js";

/** Words: runs of letters and digits, lowercased. */
export function words(text: string): string[] {
  return (
    text
      .normalize("NFC")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** The text of a Markdown document, without its syntax: what a reader sees, plus link targets. */
export function markdownText(markdown: string): string[] {
  const out: string[] = [];
  const walk = (tokens: Token[]) => {
    for (const t of tokens) {
      const any = t as Token & {
        tokens?: Token[];
        text?: string;
        href?: string;
        items?: { tokens: Token[] }[];
        header?: { tokens: Token[] }[];
        rows?: { tokens: Token[] }[][];
      };
      if (t.type === "list") for (const item of any.items ?? []) walk(item.tokens);
      else if (t.type === "table") for (const cell of [...(any.header ?? []), ...(any.rows ?? []).flat()]) walk(cell.tokens);
      else if (t.type === "code" || t.type === "codespan") out.push(any.text ?? "");
      else if (t.type === "link" || t.type === "image") {
        // The target, unless the link shows it as its text (a bare URL).
        if (any.href !== any.text) out.push(any.href ?? "");
        if (any.tokens) walk(any.tokens);
        else out.push(any.text ?? "");
      } else if (t.type === "html") out.push(t.raw);
      else if (t.type === "checkbox" || t.type === "hr" || t.type === "space") continue;
      else if (any.tokens) walk(any.tokens);
      else if (typeof any.text === "string") out.push(any.text);
    }
  };
  walk(new Lexer({ gfm: true }).lex(markdown));
  return out;
}

/**
 * Every key, string and comment of a YAML document, except the header comment
 * (the modeline and "Imported from …", which are not the source's text).
 */
export function yamlText(yaml: string): string[] {
  const out: string[] = [];
  const doc = parseDocument(yaml);
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object")
      for (const [k, x] of Object.entries(v)) {
        out.push(k);
        walk(x);
      }
    else if (v !== null && v !== undefined) out.push(String(v));
  };
  walk(doc.toJS());
  visit(doc, (_key, node) => {
    if (isPair(node)) {
      if (isNode(node.key)) out.push(node.key.commentBefore ?? "", node.key.comment ?? "");
      return;
    }
    if (isNode(node)) out.push(node.commentBefore ?? "", node.comment ?? "");
  });
  if (doc.comment) out.push(doc.comment);
  return out;
}

/**
 * How much of the source's text the output keeps. `share`: of the distinct
 * words of the source, the part found in the output (every word appears: 1);
 * `missing`: those not found. `occurrences`: the same counted with repeats
 * (a word said ten times must be there ten times), with `lost` the shortfall.
 */
export function textKept(markdown: string, yaml: string) {
  const have = new Map<string, number>();
  for (const w of yamlText(yaml).flatMap(words)) have.set(w, (have.get(w) ?? 0) + 1);
  const source = markdownText(markdown).flatMap(words);
  const distinct = new Set(source);
  const missing = new Set([...distinct].filter((w) => !have.has(w)));
  const lost = new Map<string, number>();
  const left = new Map(have);
  for (const w of source) {
    const n = left.get(w) ?? 0;
    if (n > 0) left.set(w, n - 1);
    else lost.set(w, (lost.get(w) ?? 0) + 1);
  }
  const lostCount = [...lost.values()].reduce((a, b) => a + b, 0);
  return {
    share: distinct.size === 0 ? 1 : (distinct.size - missing.size) / distinct.size,
    missing,
    distinct: distinct.size,
    occurrences: source.length === 0 ? 1 : (source.length - lostCount) / source.length,
    total: source.length,
    lost,
  };
}

/** A title reduced for matching: lowercased, without marks, emphasis or punctuation. */
export function normalTitle(title: string): string {
  return words(title.replace(/`/g, "")).join(" ");
}

interface Task {
  title: string;
  status: string;
}

function tasksOf(yaml: string, kinds: ("phase" | "task" | "milestone")[]): Task[] {
  const { roadmap, diagnostics } = parseRoadmap(yaml);
  if (!roadmap) throw new Error(`does not parse: ${JSON.stringify(diagnostics.slice(0, 3))}`);
  const plan = planRoadmap(roadmap, { asOf: "2026-01-01" });
  return plan.items.filter((p) => kinds.includes(p.item.kind)).map((p) => ({ title: p.item.title, status: p.status }));
}

/**
 * Recall of a hand transcription's tasks in an import: each task of the
 * transcription is matched to one imported item by normalised title (equal,
 * then equal without bracketed remarks, then one a prefix of the other), and
 * counts when the statuses (as planned, so derived for parents) agree.
 */
export function recall(transcription: string, imported: string): { share: number; matched: number; right: number; total: number; misses: string[] } {
  const want = tasksOf(transcription, ["task"]);
  const have = tasksOf(imported, ["phase", "task", "milestone"]);
  const used = new Set<number>();
  const bare = (t: string) => normalTitle(t.replace(/\([^()]*\)/g, " "));
  const passes: ((a: string, b: string) => boolean)[] = [
    (a, b) => normalTitle(a) === normalTitle(b),
    (a, b) => bare(a) === bare(b) && bare(a) !== "",
    (a, b) => {
      const [x, y] = [normalTitle(a), normalTitle(b)].sort((p, q) => p.length - q.length);
      return x.split(" ").length >= 2 && y.startsWith(`${x} `);
    },
  ];
  const match = new Map<number, number>();
  for (const same of passes) {
    want.forEach((w, i) => {
      if (match.has(i)) return;
      // The first item with that title not matched yet, in document order; its status is not looked at here.
      const j = have.findIndex((h, k) => !used.has(k) && same(w.title, h.title));
      if (j >= 0) {
        match.set(i, j);
        used.add(j);
      }
    });
  }
  let right = 0;
  const misses: string[] = [];
  want.forEach((w, i) => {
    const j = match.get(i);
    if (j !== undefined && have[j].status === w.status) right++;
    else misses.push(j === undefined ? `missing: ${w.title} [${w.status}]` : `status: ${w.title} [${w.status}] imported as [${have[j].status}]`);
  });
  return { share: want.length === 0 ? 1 : right / want.length, matched: match.size, right, total: want.length, misses };
}

import { Document, Scalar, YAMLMap, YAMLSeq } from "yaml";
import type { DraftCheck, DraftItem, DraftRoadmap, KeyLabel, Mapped } from "./draft.js";
import { markdownLine } from "./inline-line.js";

type Path = (string | number)[];

export interface Emitted {
  yaml: string;
  /** The item at each data path ("phases.0.tasks.2"), for mapping diagnostics back to the draft. */
  items: Map<string, DraftItem>;
}

export const pathKey = (path: Path) => path.join(".");

/** Words, for deciding whether a comment says more than its key and value. */

/** A title with something in it: a heading or line of only markup ("# ~", "- **") gives an empty one, which does not lint. */
const titled = (title: string) => (title.trim() === "" ? "Untitled" : title);

function wordSet(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/**
 * The source of a value as a comment beside it ("duration: 2-3w # 📅 Время: 2-3 недели"),
 * when it has words the key and value do not; so every word of the source stays in the file.
 */
function commentFor(source: string | undefined, key: string, value: string): string | undefined {
  if (!source) return undefined;
  const line = markdownLine(source.replace(/^\s*[-*+]\s+/, ""));
  const plain = [line.text, ...line.links.map((l) => `(${l})`)].join(" ").replace(/\s+/g, " ").trim();
  const have = wordSet(`${key} ${value}`);
  const missing = [...wordSet(plain)].filter((w) => !have.has(w));
  if (missing.length === 0) return undefined;
  // Only the label is new ("Deliverable: X" beside X): the label says it.
  const label = /^([^:]{1,48}):\s/.exec(plain)?.[1];
  if (label && missing.every((w) => wordSet(label).has(w))) return ` ${label}`;
  return ` ${plain}`;
}

function text(value: string): Scalar {
  const s = new Scalar(value);
  if (value.includes("\n")) s.type = Scalar.BLOCK_LITERAL;
  return s;
}

function markdown(parts: string[]): Scalar | undefined {
  const joined = parts
    .map((p) => p.trim())
    .filter((p) => p !== "")
    .join("\n\n");
  return joined === "" ? undefined : text(joined);
}

function checks(list: DraftCheck[], key: string): YAMLSeq | undefined {
  if (list.length === 0) return undefined;
  const seq = new YAMLSeq();
  for (const c of list) {
    let node: Scalar | YAMLMap;
    if (!c.done && c.group === undefined) node = text(c.title);
    else {
      node = new YAMLMap();
      node.flow = true;
      node.set("title", text(c.title));
      if (c.done) node.set("done", true);
      if (c.group !== undefined) node.set("group", text(c.group));
    }
    node.comment = commentFor(c.source, key, `${c.title} ${c.group ?? ""}`);
    seq.add(node);
  }
  return seq;
}

function strings(values: string[], single: boolean): Scalar | YAMLSeq {
  if (single && values.length === 1) return text(values[0]);
  const seq = new YAMLSeq();
  seq.flow = true;
  for (const v of values) seq.add(text(v));
  return seq;
}

/** Characters a value takes on one line, roughly. */
function nodeWidth(node: unknown): number {
  if (node instanceof Scalar) return String(node.value).length + 2;
  if (node instanceof YAMLSeq || node instanceof YAMLMap) return (node.items as unknown[]).reduce((n: number, i) => n + nodeWidth(i) + 2, 2);
  return String(node).length;
}

/** A map that writes values with their source comments and keys with the labels they were read from. */
class Writer {
  readonly map = new YAMLMap();
  readonly comments: string[] = [];

  constructor(private readonly labels: KeyLabel[]) {}

  set(key: string, value: Scalar | YAMLSeq | YAMLMap | string | number | boolean | undefined, source?: string): void {
    if (value === undefined) return;
    const node = value instanceof Scalar || value instanceof YAMLSeq || value instanceof YAMLMap ? value : new Scalar(value);
    const shown = node instanceof Scalar ? String(node.value) : JSON.stringify((node as YAMLSeq).toJSON());
    const comment = commentFor(source, key, shown);
    if (comment) {
      node.comment = comment;
      this.comments.push(comment.trim());
    }
    const keyNode = new Scalar(key);
    const labels = this.labels
      .filter((l) => l.key === key)
      .map((l) => commentFor(l.text, key, shown))
      .filter((c): c is string => c !== undefined);
    if (labels.length > 0) {
      keyNode.commentBefore = [...new Set(labels)].join("\n");
      this.comments.push(...labels.map((l) => l.trim()));
    }
    this.map.set(keyNode, node);
  }

  mapped(key: string, m: Mapped<string> | undefined): void {
    if (m) this.set(key, text(m.value), m.source);
  }
}

function itemNode(item: DraftItem, path: Path, items: Map<string, DraftItem>): YAMLMap {
  items.set(pathKey(path), item);
  const w = new Writer(item.labels);
  w.set("id", item.id);
  w.set("title", text(titled(item.title)));
  // An inherited done is written on leaves only: a parent's follows from its tasks.
  if (item.status && !item.status.implicit && !(item.status.origin === "inherited" && item.tasks.length > 0))
    w.set("status", item.status.value, item.status.source);
  if (item.priority) w.set("priority", item.priority.value, item.priority.source);
  if (item.owner) w.set("owner", strings(item.owner.value, true), item.owner.source);
  w.mapped("when", item.when);
  w.mapped("duration", item.duration);
  w.mapped("due", item.due);
  w.mapped("completed", item.completed);
  if (item.after) w.set("after", strings(item.after.value, false), item.after.source);
  w.set("goal", markdown(item.goal));
  if (item.refs.length > 0) w.set("refs", strings(item.refs, false));
  w.set("deliverables", checks(item.deliverables, "deliverables"));
  w.set("success", checks(item.success, "success"));
  w.set("notes", markdown(item.notes));
  if (item.tasks.length > 0) {
    const seq = new YAMLSeq();
    item.tasks.forEach((t, i) => seq.add(itemNode(t, [...path, "tasks", i], items)));
    w.set("tasks", seq);
  }
  const map = w.map;
  // A short leaf task reads best on one line: { title: …, status: done } # its sources.
  const leaf = map.items.every((p) => {
    const v = p.value;
    return (p.key as Scalar).commentBefore === undefined && (v instanceof Scalar ? !String(v.value).includes("\n") : v instanceof YAMLSeq && v.flow === true);
  });
  const width = map.items.reduce((n, p) => n + String(p.key).length + nodeWidth(p.value) + 4, 0);
  if (leaf && width <= 110 && path.length > 2 && map.items.length > 1) {
    map.flow = true;
    for (const p of map.items) (p.value as Scalar).comment = undefined;
    if (w.comments.length > 0) map.comment = ` ${w.comments.join("; ")}`;
  }
  return map;
}

/** Writes the draft as roadmap YAML with the `yaml` package's Document API: stable key order, block text for Markdown. */
export function emitYaml(draft: DraftRoadmap, header: string[]): Emitted {
  const items = new Map<string, DraftItem>();
  const w = new Writer(draft.labels);
  w.set("title", text(titled(draft.title)));
  w.set("summary", markdown(draft.summary));
  if (draft.owner) w.set("owner", strings(draft.owner.value, true), draft.owner.source);
  w.mapped("version", draft.version);
  w.mapped("updated", draft.updated);
  if (draft.review) {
    const review = new YAMLMap();
    review.flow = true;
    review.set("every", draft.review.value);
    w.set("review", review, draft.review.source);
  }
  w.mapped("start", draft.start);
  w.mapped("due", draft.due);
  w.set("locale", draft.locale);
  if (draft.phases.length > 1) w.set("sequential", false);
  w.set("deliverables", checks(draft.deliverables, "deliverables"));
  w.set("success", checks(draft.success, "success"));
  w.set("notes", markdown(draft.notes));
  if (draft.phases.length > 0) {
    const phases = new YAMLSeq();
    draft.phases.forEach((p, i) => phases.add(itemNode(p, ["phases", i], items)));
    w.set("phases", phases);
  }
  if (draft.sections.length > 0) {
    const sections = new YAMLSeq();
    for (const s of draft.sections) {
      const map = new YAMLMap();
      map.set("title", text(titled(s.title)));
      map.set("body", text(s.body.trim() === "" ? s.title : s.body.trim()));
      sections.add(map);
    }
    w.set("sections", sections);
  }
  const doc = new Document(w.map);
  doc.commentBefore = header.map((l) => ` ${l}`).join("\n");
  return { yaml: doc.toString({ lineWidth: 0, minContentWidth: 0, flowCollectionPadding: true }), items };
}

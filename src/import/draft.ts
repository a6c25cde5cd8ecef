import type { Priority, Status } from "../model.js";

/**
 * A value the importer read from the text. `source` is the text it came from
 * (a Markdown line, or a fragment of a title); if the value fails the
 * self-check it is dropped and `source` goes back where it was.
 */
export interface Mapped<T> {
  value: T;
  /** `title`: read from the title (dropping it restores the full title); `line`: from a line (it returns to the notes); `inherited`: from a done parent. */
  origin: "title" | "line" | "inherited";
  source: string;
  /** A todo read from an empty checkbox: explicit in the source, the default in the format, so not written. */
  implicit?: boolean;
  /** For `inherited`: the item whose status this is. */
  from?: DraftItem;
}

export interface DraftCheck {
  title: string;
  done?: boolean;
  group?: string;
  /** The labelled line it came from ("**Deliverable**: … ✅"), for a comment beside it. */
  source?: string;
}

/** A label the importer read as the name of a key ("Success Criteria" → `success`, a table's header row → `tasks`), for a comment above it. */
export interface KeyLabel {
  key: "goal" | "success" | "deliverables" | "tasks" | "refs" | "notes";
  text: string;
}

/** A phase or a task on its way to YAML. */
export interface DraftItem {
  title: string;
  /** The title as written (without leading list or checkbox syntax), restored when a value read from it is dropped. */
  fullTitle: string;
  id?: string;
  status?: Mapped<Status>;
  priority?: Mapped<Priority>;
  owner?: Mapped<string[]>;
  when?: Mapped<string> & { relative: boolean };
  duration?: Mapped<string>;
  due?: Mapped<string>;
  completed?: Mapped<string>;
  /** "Depends on:" names, resolved to ids once every item exists. */
  dependsOn?: { names: string[]; source: string };
  after?: Mapped<string[]>;
  goal: string[];
  deliverables: DraftCheck[];
  success: DraftCheck[];
  refs: string[];
  notes: string[];
  tasks: DraftItem[];
  labels: KeyLabel[];
}

/** The whole roadmap on its way to YAML. */
export interface DraftRoadmap {
  title: string;
  summary: string[];
  notes: string[];
  owner?: Mapped<string[]>;
  version?: Mapped<string>;
  updated?: Mapped<string>;
  created?: Mapped<string>;
  start?: Mapped<string>;
  due?: Mapped<string>;
  review?: Mapped<string>;
  locale: string;
  success: DraftCheck[];
  deliverables: DraftCheck[];
  phases: DraftItem[];
  sections: { title: string; body: string }[];
  labels: KeyLabel[];
}

export function newItem(title: string, fullTitle: string = title): DraftItem {
  return { title, fullTitle, goal: [], deliverables: [], success: [], refs: [], notes: [], tasks: [], labels: [] };
}

/** Every item, depth first. */
export function* allItems(items: DraftItem[]): Generator<DraftItem> {
  for (const item of items) {
    yield item;
    yield* allItems(item.tasks);
  }
}

export type DroppableField = "status" | "priority" | "owner" | "when" | "duration" | "due" | "completed" | "after";

/**
 * Drops a mapped value that did not survive the self-check and puts its
 * source text back: into the title for a title fragment, into the notes for a line.
 */
export function dropValue(item: DraftItem, field: DroppableField): boolean {
  const mapped = item[field] as Mapped<unknown> | undefined;
  if (!mapped) return false;
  delete item[field];
  if (mapped.origin === "title") item.title = item.fullTitle;
  else if (mapped.origin === "line" && mapped.source.trim() !== "" && !item.notes.includes(mapped.source)) item.notes.push(mapped.source);
  if (field === "status") for (const task of allItems(item.tasks)) if (task.status?.from === item) delete task.status;
  return true;
}

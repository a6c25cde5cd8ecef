import type { ScalarValue } from "./scalar-source.js";

/** What an id names in a roadmap. */
export type EntityKind = "item" | "risk" | "kpi";

/** The keys `roadmap set` changes, per kind of entity. */
export const editableKeys: Record<EntityKind, readonly string[]> = {
  item: ["status", "progress", "owner", "when", "duration", "due", "completed", "priority", "title"],
  risk: ["status", "probability", "impact"],
  kpi: ["current"],
};

/** Every key `roadmap set` knows, whatever the entity. */
export const allEditableKeys: readonly string[] = [...new Set(Object.values(editableKeys).flat())];

/**
 * The usual order of each entity's keys, as the bundled roadmaps write them:
 * a key that was missing goes after the last key before it in this order.
 */
export const keyOrder: Record<EntityKind, readonly string[]> = {
  item: [
    "id",
    "title",
    "milestone",
    "goal",
    "status",
    "completed",
    "progress",
    "priority",
    "owner",
    "when",
    "duration",
    "due",
    "after",
    "refs",
    "deliverables",
    "success",
    "notes",
    "tags",
    "tasks",
  ],
  risk: ["id", "title", "probability", "impact", "mitigation", "status", "owner", "affects", "group", "notes"],
  kpi: ["id", "title", "unit", "better", "baseline", "current", "targets", "target", "group", "notes"],
};

/** Keys whose value may be a number (`progress=0.5`, `current=42`, `when=2026`). */
const NUMERIC_KEYS = new Set(["progress", "probability", "current", "when", "duration"]);
const DECIMAL = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;

/**
 * The value to write for `key=text`: a number where the key takes numbers and
 * the text is a decimal, else the text as it is. Whether it is valid is for
 * the schema to say once it is in the file.
 */
export function typedValue(key: string, text: string): ScalarValue {
  if (NUMERIC_KEYS.has(key) && DECIMAL.test(text)) {
    const n = Number(text);
    if (Number.isFinite(n) && (key !== "when" || Number.isInteger(n))) return n;
  }
  return text;
}

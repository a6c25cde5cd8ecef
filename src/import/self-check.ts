import type { Diagnostic } from "../diagnostics.js";
import { lintRoadmap } from "../lint/lint-roadmap.js";
import { parseRoadmap } from "../load/parse-roadmap.js";
import { planRoadmap } from "../plan/plan-roadmap.js";
import { allItems, dropValue, type DraftItem, type DraftRoadmap, type DroppableField } from "./draft.js";
import { pathKey, type Emitted } from "./emit-yaml.js";

/** The errors `roadmap lint` would report for the YAML: the file's own problems and the plan's. */
export function lintErrors(yaml: string, asOf: string): Diagnostic[] {
  const { roadmap, diagnostics } = parseRoadmap(yaml);
  const errors = diagnostics.filter((d) => d.severity === "error");
  if (!roadmap || errors.length > 0) return errors;
  const plan = planRoadmap(roadmap, { asOf });
  return lintRoadmap(roadmap, plan, { asOf }).filter((d) => d.severity === "error");
}

const FIELD_OF_CODE: Record<string, DroppableField> = {
  "empty-span": "when",
  "invalid-span": "when",
  "missing-start": "when",
  "invalid-length": "duration",
  "done-parent-open-children": "status",
  "dependency-cycle": "after",
  "done-before-dependency": "after",
  "unknown-ref": "after",
  "self-dependency": "after",
};

/** Drops the value an error points at; true when something was dropped. */
function dropFor(d: Diagnostic, draft: DraftRoadmap, emitted: Emitted): boolean {
  const path = d.path ?? [];
  if (path.length === 0) {
    if (d.code !== "missing-start") return false;
    let any = false;
    for (const item of allItems(draft.phases)) {
      if (item.when?.relative) any = dropValue(item, "when") || any;
      if (item.duration) any = dropValue(item, "duration") || any;
    }
    return any;
  }
  if (path.length === 1 && typeof path[0] === "string") {
    const key = path[0] as "start" | "due" | "updated" | "owner" | "version" | "review";
    const mapped = draft[key];
    if (!mapped) return false;
    delete draft[key];
    if (mapped.source) draft.notes.push(mapped.source);
    return true;
  }
  let at = path.length;
  while (at > 0 && !emitted.items.has(pathKey(path.slice(0, at)))) at--;
  const item = emitted.items.get(pathKey(path.slice(0, at)));
  if (!item) return false;
  const field = typeof path[at] === "string" ? (path[at] as string) : undefined;
  const parent: DraftItem | undefined = at >= 4 ? emitted.items.get(pathKey(path.slice(0, at - 2))) : undefined;
  if (d.code === "pin-conflict") {
    if (d.message.includes("does not fit") && item.duration) return dropValue(item, "duration");
    // A length that runs past its parent's pin: the estimate goes, the dates stay.
    if (d.message.includes("parent") && !item.when && item.duration) return dropValue(item, "duration");
    if (d.message.includes("parent") && parent?.when) {
      // A child outside its pinned parent: "Week 1" under "Month 2" is a week of that month, so the
      // child's pins go; a week under a quarter counts from the start, so the coarser quarter goes.
      const pinned = item.when ? [item] : [...allItems(item.tasks)].filter((t) => t.when);
      if (parent.when.relative && pinned.length > 0 && pinned.every((t) => t.when!.relative)) {
        return pinned.map((t) => dropValue(t, "when")).some(Boolean);
      }
      return dropValue(parent, "when");
    }
    if (field === "when") return dropValue(item, "when");
    return dropValue(item, "duration") || (parent !== undefined && dropValue(parent, "when"));
  }
  const mapped = FIELD_OF_CODE[d.code] ?? (field as DroppableField | undefined);
  if (mapped && dropValue(item, mapped)) return true;
  for (const f of ["when", "duration", "after", "status", "due", "completed"] as DroppableField[]) if (dropValue(item, f)) return true;
  return false;
}

/**
 * Emits, lints and drops every mapped value an error points at, until the
 * roadmap lints without errors. A dropped value's text goes back into the
 * title or the notes, so nothing is lost.
 */
export function selfCheck(draft: DraftRoadmap, emit: () => Emitted, asOf: string): { emitted: Emitted; dropped: number } {
  let dropped = 0;
  for (let round = 0; round < 50; round++) {
    const emitted = emit();
    const errors = lintErrors(emitted.yaml, asOf);
    if (errors.length === 0) return { emitted, dropped };
    let changed = false;
    for (const d of errors) {
      if (dropFor(d, draft, emitted)) {
        changed = true;
        dropped++;
      }
    }
    if (!changed) {
      // Nothing left to point at: drop every value that takes part in planning.
      for (const item of allItems(draft.phases)) {
        for (const f of ["when", "duration", "after", "status", "due", "completed"] as DroppableField[]) if (dropValue(item, f)) changed = true;
      }
      if (!changed) throw new Error(`the imported roadmap does not lint: ${errors.map((e) => `${e.code}: ${e.message}`).join("; ")}`);
    }
  }
  throw new Error("the imported roadmap does not lint after 50 rounds of dropping values");
}

import type { DraftItem } from "./draft.js";
import { newItem } from "./draft.js";
import type { TitleReading } from "./read-title.js";

/** An item from a title reading: values read from the title are marked so they can be dropped again. */
export function itemFromTitle(reading: TitleReading, fullTitle: string): DraftItem {
  const item = newItem(reading.title, fullTitle);
  if (reading.status) item.status = { value: reading.status.value, origin: "title", source: reading.status.text };
  if (reading.when) item.when = { value: reading.when.span, relative: reading.when.relative, origin: "title", source: reading.when.text };
  if (reading.duration) item.duration = { value: reading.duration.length, origin: "title", source: reading.duration.text };
  if (reading.completed) {
    // "(Completed Oct 25, 2025)" is kept as a note, so the values need no comment.
    item.completed = { value: reading.completed.date, origin: "title", source: "" };
    item.status ??= { value: "done", origin: "title", source: "" };
  }
  item.refs.push(...reading.refs);
  if (reading.note) item.notes.push(reading.note);
  return item;
}

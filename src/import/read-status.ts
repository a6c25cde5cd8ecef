import type { Priority, Status } from "../model.js";
import { fold } from "./fold.js";
import { priorityWords } from "./words/priorities.js";
import { statusMarks, statusWords } from "./words/statuses.js";

const STATUS_OF = new Map<string, Status>();
for (const byStatus of Object.values(statusWords)) {
  for (const [status, words] of Object.entries(byStatus)) for (const w of words) STATUS_OF.set(fold(w), status as Status);
}
const PRIORITY_OF = new Map<string, Priority>();
for (const byPriority of Object.values(priorityWords)) {
  for (const [priority, words] of Object.entries(byPriority)) for (const w of words) PRIORITY_OF.set(fold(w), priority as Priority);
}
const MARKS = [...statusMarks.keys()].sort((a, b) => b.length - a.length);
/** Emoji and symbols that decorate a value without meaning anything ("🔴 CRITICAL", "💼 HIGH"). */
const DECORATION =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: joiners, variation selectors and keycaps are stripped one code point at a time
  /^[\p{Extended_Pictographic}\p{Emoji_Modifier}\u200d\ufe0f\u20e3\s*_~`.:;,!()[\]-]+|[\p{Extended_Pictographic}\p{Emoji_Modifier}\u200d\ufe0f\u20e3\s*_~`.:;,!()[\]-]+$/gu;

export interface MarkReading {
  status: Status;
  /** The mark as written, so it can be put back. */
  mark: string;
  rest: string;
}

/** A status mark at the start or the end of a text ("✅ Done thing", "Thing ✅"). */
export function readStatusMark(text: string): MarkReading | undefined {
  const t = text.trim();
  for (const mark of MARKS) {
    if (t.startsWith(mark)) return { status: statusMarks.get(mark)!, mark, rest: t.slice(mark.length).replace(/^(?:\s|\ufe0f)+/u, "") };
    if (t.endsWith(mark) && t.length > mark.length) return { status: statusMarks.get(mark)!, mark, rest: t.slice(0, -mark.length).trimEnd() };
  }
  return undefined;
}

/** True when the text has a status mark anywhere. */
export function hasStatusMark(text: string): boolean {
  return MARKS.some((m) => text.includes(m));
}

/** A text that is only a status word ("Done", "**In progress**", "Tamamlandı"), or undefined. */
export function readStatusWord(text: string): Status | undefined {
  return STATUS_OF.get(fold(text.replace(DECORATION, "")));
}

/**
 * A status value as a cell or a "Status:" line writes it: a mark, a word, or
 * a mark and a word ("✅ Merged"). `rest` is what follows that is not part of it
 * ("✅ **Mitigated** - Phase 1 completed ahead" → rest "Phase 1 completed ahead").
 */
export function readStatusValue(text: string): { status: Status; rest: string } | undefined {
  const mark = readStatusMark(text);
  const body = mark ? mark.rest : text.trim();
  const whole = readStatusWord(body);
  if (whole) return { status: whole, rest: "" };
  // A leading status word followed by a remark: "**Pending** - Phase 5 concern".
  const m = /^[^\p{L}\p{N}]*([\p{L}' -]+?)[^\p{L}\p{N}\s]*(?:\s+[-–—:]\s+|[.;,]\s+)(.+)$/su.exec(body);
  const lead = m ? readStatusWord(m[1]) : undefined;
  if (m && lead) return { status: lead, rest: m[2].trim() };
  if (mark && body.replace(DECORATION, "") === "") return { status: mark.status, rest: "" };
  if (mark) return { status: mark.status, rest: body };
  return undefined;
}

/** A priority value: "high", "🔴 CRITICAL", "P1", "Yüksek"; `rest` is a remark after it ("CRITICAL для AI-сервисов"). */
export function readPriorityValue(text: string): { priority: Priority; rest: string } | undefined {
  const body = text.replace(DECORATION, "");
  const whole = PRIORITY_OF.get(fold(body));
  if (whole) return { priority: whole, rest: "" };
  const m = /^([\p{L}\p{N}]+)[^\p{L}\p{N}]+(.+)$/u.exec(body);
  const lead = m ? PRIORITY_OF.get(fold(m[1])) : undefined;
  return m && lead ? { priority: lead, rest: m[2].trim() } : undefined;
}

import { Lexer } from "marked";
import type { Line } from "./blocks.js";
import type { DraftItem, Mapped } from "./draft.js";
import { checkText } from "./map-checks.js";
import { readLabelLine } from "./read-label.js";
import { readPeriod, readSpan, type PeriodContext } from "./read-period.js";
import { onlyRefs, readRefs } from "./read-refs.js";
import { readPriorityValue, readStatusValue } from "./read-status.js";
import { spanDates } from "./span-dates.js";
import type { LabelField } from "./words/labels.js";

/** What a labelled line did: set a value, set one and stays as a note too, or nothing. */
export type LineResult = "mapped" | "partial" | false;

export const splitNames = (value: string) =>
  value
    .split(/\s*[,;]\s*/)
    .map((s) => s.trim())
    .filter((s) => s !== "");

/**
 * A line's label and value as Markdown ("**Goal**: Ship *it*" → "Goal", "Ship *it*"), found with
 * marked's inline tokens. The label is the plain label unless it holds a link, whose target is
 * then kept too ("[RFC](https://x) goal: …" keeps "[RFC](https://x) goal").
 */
function splitMarkdown(line: Line, plainLabel: string, plainValue: string): { label: string; value: string } {
  const tokens = Lexer.lexInline(line.markdown);
  const raw = (from: number, to: number) =>
    tokens
      .slice(from, to)
      .map((x) => x.raw)
      .join("");
  /** The label's Markdown when tokens before `end` hold a link, else the plain label. */
  const label = (end: number, markdown: string) =>
    tokens.slice(0, end).some((x) => x.type === "link" || x.type === "image") ? markdown.replace(/\s*:?\s*$/, "").trim() : plainLabel;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type === "text" && t.raw.includes(":")) {
      const at = t.raw.indexOf(":");
      return { label: label(i, raw(0, i) + t.raw.slice(0, at)), value: (t.raw.slice(at + 1) + raw(i + 1, tokens.length)).trim() };
    }
    if ((t.type === "strong" || t.type === "em") && /:\s*$/.test(t.text))
      return {
        label: label(i + 1, raw(0, i + 1)),
        value: raw(i + 1, tokens.length)
          .replace(/^\s*:?\s*/, "")
          .trim(),
      };
  }
  return { label: plainLabel, value: plainValue };
}

/** A "Label: value" line that sets a value of the item. */
export function applyItemLine(item: DraftItem, line: Line, source: string, period: PeriodContext): LineResult {
  const lab = readLabelLine(line.text);
  if (!lab?.field) return false;
  return applyItemValue(item, lab.field, lab.value, line, period, source);
}

/** Sets the item's value a label names, from the label's value; "partial" when a remark after it keeps the line as a note too. */
export function applyItemValue(item: DraftItem, field: LabelField, value: string, line: Line, period: PeriodContext, source = line.markdown): LineResult {
  const mapped = <T>(v: T): Mapped<T> => ({ value: v, origin: "line", source });
  const label = readLabelLine(line.text)?.label ?? "";
  switch (field) {
    case "status": {
      const v = readStatusValue(value);
      if (!v || (item.status && item.status.origin !== "inherited")) return false;
      // A remark after the status keeps the whole line in the notes, so the value needs no source of its own.
      item.status = { ...mapped(v.status), source: v.rest === "" ? source : "" };
      return v.rest === "" ? "mapped" : "partial";
    }
    case "priority": {
      const v = readPriorityValue(value);
      if (!v || item.priority) return false;
      item.priority = { ...mapped(v.priority), source: v.rest === "" ? source : "" };
      return v.rest === "" ? "mapped" : "partial";
    }
    case "owner":
      if (item.owner || /^[-–—?]$/.test(value.trim())) return false;
      item.owner = mapped(splitNames(value));
      return "mapped";
    case "when":
    case "duration": {
      const p = readPeriod(value, period);
      if (!p) return false;
      if (p.kind === "when") {
        if (item.when) return false;
        item.when = { ...mapped(p.span), relative: p.relative };
      } else {
        if (item.duration) return false;
        item.duration = mapped(p.length);
      }
      return "mapped";
    }
    case "due": {
      const span = readSpan(value, period);
      const dates = span && !span.relative ? spanDates(span.span) : undefined;
      if (!dates || item.due) return false;
      item.due = mapped(dates.last);
      return "mapped";
    }
    case "completed": {
      const span = readSpan(value, period);
      if (!span || !/^\d{4}-\d{2}-\d{2}$/.test(span.span) || item.completed) return false;
      item.completed = mapped(span.span);
      if (!item.status || item.status.origin === "inherited") item.status = mapped("done");
      return "mapped";
    }
    case "goal": {
      const md = splitMarkdown(line, label, value);
      item.goal.push(md.value);
      item.labels.push({ key: "goal", text: md.label });
      return "mapped";
    }
    case "deliverables":
      item.deliverables.push({ ...checkText(value, true), source });
      return "mapped";
    case "success":
      item.success.push({ ...checkText(value, false), source });
      return "mapped";
    case "refs": {
      const refs = [...readRefs(`${label} ${value}`), ...line.links];
      if (refs.length === 0) return false;
      for (const r of refs) if (!item.refs.includes(r)) item.refs.push(r);
      if (!onlyRefs(value)) return "partial";
      item.labels.push({ key: "refs", text: label });
      return "mapped";
    }
    case "notes": {
      const md = splitMarkdown(line, label, value);
      item.notes.push(md.value);
      item.labels.push({ key: "notes", text: md.label });
      return "mapped";
    }
    case "after":
      if (item.dependsOn) return false;
      item.dependsOn = { names: splitNames(value), source };
      return "mapped";
    default:
      return false;
  }
}

import type { Status } from "../model.js";
import { fold } from "./fold.js";
import { readPeriod, readSpan, type PeriodContext, type PeriodReading } from "./read-period.js";
import { onlyRefs, readRefs } from "./read-refs.js";
import { readStatusMark, readStatusWord } from "./read-status.js";
import { statusMarks } from "./words/statuses.js";

/** What a title said besides its name. Each `text` is the source fragment, to put back if the value is dropped. */
export interface TitleReading {
  title: string;
  status?: { value: Status; text: string };
  when?: { span: string; relative: boolean; text: string };
  duration?: { length: string; text: string };
  completed?: { date: string; text: string };
  refs: string[];
  /** A remark moved out of the title ("PR #43 merged"), kept as a note. */
  note?: string;
}

const MARK_ALT = [...statusMarks.keys()].map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
const MARK_THEN_REMARK = new RegExp(`^(.*\\S)\\s*(${MARK_ALT})\\s*[—–-]\\s+(\\S.*)$`, "su");
const COMPLETED =
  /^(?:completed|complete|done|finished|merged|shipped|завершено|выполнено|готово|tamamlandı|tamamlandi|bitti|abgeschlossen|erledigt)(?:\s+(?:on|am))?\s+(.+)$/iu;
const RELATIVE_LEAD = /^(\S+\s*\d{1,3}(?:\s*-\s*\d{1,3})?|\d{1,3}(?:\s*-\s*\d{1,3})?\.\s*\S+)\s+(\S.*)$/u;

/**
 * Reads a heading's or an item's text: status marks at either end, a period
 * prefix ("Week 3:", "Q1 2025:", "Days 1-2:"), a trailing remark in brackets
 * ("(Weeks 1-2)", "(3 ay)", "(Done)", "(PR #43 merged)", "(Completed Oct 25, 2025)"),
 * references. The rest is the title.
 */
export function readTitle(text: string, context: PeriodContext = {}): TitleReading {
  let t = text.trim().replace(/\s+/g, " ");
  const r: TitleReading = { title: t, refs: [] };
  const period = (p: PeriodReading, fragment: string): boolean => {
    if (p.kind === "when" && !r.when) r.when = { span: p.span, relative: p.relative, text: fragment };
    else if (p.kind === "duration" && !r.duration) r.duration = { length: p.length, text: fragment };
    else return false;
    return true;
  };

  for (let changed = true, rounds = 0; changed && rounds < 6; rounds++) {
    changed = false;
    t = t.replace(/\s*:$/, "");
    const mark = readStatusMark(t);
    if (mark && mark.rest !== "") {
      r.status ??= { value: mark.status, text: mark.mark };
      t = mark.rest;
      changed = true;
      continue;
    }
    const remark = MARK_THEN_REMARK.exec(t);
    if (remark) {
      r.status ??= { value: statusMarks.get(remark[2])!, text: remark[2] };
      r.note = r.note ? `${remark[3]}; ${r.note}` : remark[3];
      t = remark[1];
      changed = true;
      continue;
    }
    const paren = /^(.*\S)\s*[([]([^()[\]]+)[)\]]$/su.exec(t);
    if (paren) {
      const [, before, inner] = paren;
      const word = readStatusWord(inner);
      const p = readPeriod(inner, context);
      const done = COMPLETED.exec(inner.trim());
      const doneOn = done ? readSpan(done[1], context) : undefined;
      if (word && !r.status) r.status = { value: word, text: `(${inner})` };
      else if (p && period(p, `(${inner})`)) {
        // mapped
      } else if (doneOn && !doneOn.relative && /^\d{4}-\d{2}-\d{2}$/.test(doneOn.span) && !r.completed) {
        r.completed = { date: doneOn.span, text: `(${inner})` };
        r.note = r.note ? `${inner}; ${r.note}` : inner;
      } else if (onlyRefs(inner, true)) r.refs.push(...readRefs(inner));
      else if (readRefs(inner).length > 0) {
        r.refs.push(...readRefs(inner));
        r.note = r.note ? `${inner}; ${r.note}` : inner;
      } else break;
      t = before;
      changed = true;
      continue;
    }
    const dashRefs = /^(.*\S)\s+[-–—]\s+([^-–—]+)$/su.exec(t);
    if (dashRefs && onlyRefs(dashRefs[2])) {
      r.refs.push(...readRefs(dashRefs[2]));
      if (!onlyRefs(dashRefs[2], true)) r.note = r.note ? `${dashRefs[2]}; ${r.note}` : dashRefs[2];
      t = dashRefs[1];
      changed = true;
      continue;
    }
    const tilde = /^(.*\S)\s+(~\s*\S.*)$/su.exec(t);
    const tildeLength = tilde ? readPeriod(tilde[2], context) : undefined;
    if (tilde && tildeLength?.kind === "duration" && period(tildeLength, tilde[2])) {
      t = tilde[1];
      changed = true;
    }
  }

  /** "Kickoff 2026-01-05", "Release Q3 2026": a date (not a bare year) ending the title is read but stays in it. */
  function trailingDate(): boolean {
    const words = t.split(" ");
    for (let n = Math.min(4, words.length - 1); n >= 1; n--) {
      const tail = words.slice(-n).join(" ");
      const span = /^\d{4}$/.test(tail.trim()) ? undefined : readSpan(tail, context);
      if (span && !span.relative && !r.when) {
        r.when = { span: span.span, relative: false, text: tail };
        return true;
      }
    }
    return false;
  }

  // A period before the name: "Week 3: Setup", "Q1 2025 - Launch", "Days 1-2: Analysis".
  const prefix = /^([^:]{1,40}?)\s*(?::|\s[-–—]\s)\s*(\S.*)$/su.exec(t);
  const lead = prefix ? readPeriod(prefix[1], context) : undefined;
  const whole = readPeriod(t, context);
  if (prefix && lead && period(lead, prefix[1])) t = prefix[2];
  else if (whole) period(whole, t);
  else if (!trailingDate()) {
    // "WEEK 4 TARGETS": a relative week or month that starts the title is read but stays in it.
    const rel = RELATIVE_LEAD.exec(t);
    const span = rel ? readSpan(rel[1], context) : undefined;
    if (rel && span?.relative && !r.when) r.when = { span: span.span, relative: true, text: rel[1] };
  }
  for (const ref of [...readRefs(t), ...readRefs(r.note ?? "")]) if (!r.refs.includes(ref)) r.refs.push(ref);
  r.refs = [...new Set(r.refs)];
  r.title = t.trim() === "" || fold(t) === "" ? text.trim() : t.trim();
  return r;
}

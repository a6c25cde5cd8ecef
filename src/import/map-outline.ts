import { Lexer } from "marked";
import type { Block, Line, ListItem } from "./blocks.js";
import type { Outline, Section } from "./build-outline.js";
import { newItem, type DraftCheck, type DraftItem, type DraftRoadmap, type KeyLabel, type Mapped } from "./draft.js";
import { fold } from "./fold.js";
import { labelField, readLabelLine } from "./read-label.js";
import { readPeriod, readSpan, type PeriodContext } from "./read-period.js";
import { onlyRefs, readRefs } from "./read-refs.js";
import { readPriorityValue, readStatusMark, readStatusValue } from "./read-status.js";
import { workColumns } from "./read-table.js";
import { readTitle, type TitleReading } from "./read-title.js";
import { spanDates } from "./span-dates.js";
import type { LabelField } from "./words/labels.js";
import { reviewWords } from "./words/labels.js";

/** Labels that head a part of an item rather than an item ("### Goal", "**Tasks**:", "**Success Criteria**:"). */
const PART_LABELS = new Set<LabelField>(["goal", "success", "deliverables", "notes", "refs", "tasks"]);
/** Labels whose line makes its section an item ("**Priority**: high" under a heading). An owner alone does not: contact sections name owners too. */
const FACT_LABELS = new Set<LabelField>(["status", "priority", "when", "duration", "due", "completed"]);

type LineResult = "mapped" | "partial" | false;

const splitNames = (value: string) => value.split(/\s*[,;]\s*/).map((s) => s.trim()).filter((s) => s !== "");

/** The Markdown after a line's label ("**Goal**: Ship *it*" → "Ship *it*"), found with marked's inline tokens. */
function valueMarkdown(line: Line, plainValue: string): string {
  const tokens = Lexer.lexInline(line.markdown);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const rest = tokens.slice(i + 1).map((x) => x.raw).join("");
    if (t.type === "text" && t.raw.includes(":")) return (t.raw.slice(t.raw.indexOf(":") + 1) + rest).trim();
    if ((t.type === "strong" || t.type === "em") && /:\s*$/.test(t.text)) return rest.replace(/^\s*:?\s*/, "").trim();
  }
  return plainValue;
}

/** Maps the outline of a Markdown roadmap to a draft roadmap: items, their values, and the text kept as Markdown. */
export class OutlineMapper {
  private readonly work = new WeakMap<Section, boolean>();
  /** Every heading of the document, folded, to tell an overview table from a table of work. */
  private headings: string[] = [];

  constructor(private readonly period: PeriodContext) {}

  // ---------------------------------------------------------------- what is work

  /**
   * A list with checkboxes or status marks, here or in a nested list. A nested
   * "✅ Status: …" line is a fact about its item, not a checklist.
   */
  private listHasMarks(items: ListItem[], nested = false): boolean {
    return items.some((li) => {
      const text = li.lines[0]?.text ?? "";
      const fact = nested && readLabelLine(readStatusMark(text)?.rest ?? text)?.field !== undefined;
      return (!fact && (li.checked !== undefined || readStatusMark(text) !== undefined))
        || li.blocks.some((b) => b.kind === "list" && this.listHasMarks(b.items, true));
    });
  }

  private isFactLine(line: Line): boolean {
    const lab = readLabelLine(line.text);
    if (!lab?.field || !FACT_LABELS.has(lab.field)) return false;
    const item = newItem("");
    return this.applyLine(item, line, line.markdown) !== false;
  }

  private blockIsWork(block: Block): boolean {
    switch (block.kind) {
      case "list":
        return block.work === true || this.listHasMarks(block.items) || block.items.some((li) => li.lines[0] !== undefined && this.isFactLine(li.lines[0]));
      case "table":
        return this.workTable(block) !== undefined;
      case "paragraph":
        return block.lines.some((l) => this.isFactLine(l));
      default:
        return false;
    }
  }

  /** True when a section is an item: it holds checklists, status marks, a table of work, dated or labelled facts, or items. */
  isWork(section: Section): boolean {
    const known = this.work.get(section);
    if (known !== undefined) return known;
    let result = section.card;
    if (!result) {
      const field = labelField(section.line.text);
      if (field && field !== "tasks" && PART_LABELS.has(field)) result = false;
      else {
        const title = readTitle(section.line.text, this.period);
        const hasBody = section.blocks.length > 0 || section.children.length > 0;
        // A status on a heading makes an item, unless it decorates a plain list ("Strengths ✅").
        const plainList = section.blocks.some((b) => b.kind === "list" && !this.blockIsWork(b));
        result = ((title.when !== undefined || title.duration !== undefined) && hasBody)
          || (title.status !== undefined && !plainList)
          || section.blocks.some((b) => this.blockIsWork(b))
          || section.children.some((c) => this.isWork(c) || (labelField(c.line.text) === "tasks" && c.blocks.some((b) => b.kind === "list" || b.kind === "table")));
      }
    }
    this.work.set(section, result);
    return result;
  }

  // ---------------------------------------------------------------- items

  /** An item from a title reading: values read from the title are marked so they can be dropped again. */
  private itemFrom(reading: TitleReading, fullTitle: string): DraftItem {
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

  sectionItem(section: Section): DraftItem {
    const reading = readTitle(section.line.text, this.period);
    const item = this.itemFrom(reading, section.line.text);
    for (const link of section.line.links) if (!item.refs.includes(link)) item.refs.push(link);
    // Under a dated heading ("Week 1:", "Q2 2026") a plain list is the work of that period.
    this.applyBlocks(item, section.blocks, section.card || reading.when !== undefined || reading.duration !== undefined);
    for (const child of section.children) this.placeChild(item, child);
    return item;
  }

  /** A section under an item: a part of it (goal, tasks, success…), a task, or notes. */
  placeChild(item: DraftItem, child: Section): void {
    const field = labelField(child.line.text);
    if (field && PART_LABELS.has(field)) this.applyPart(item, field, child);
    else if (this.isWork(child)) item.tasks.push(this.sectionItem(child));
    else item.notes.push(child.markdown);
  }

  /** A labelled part: "### Goal", "**Tasks**:", "**Success Criteria**:", "**Progress notes:**". */
  private applyPart(item: DraftItem, field: LabelField, section: Section): void {
    const before = { goal: item.goal.length, success: item.success.length, deliverables: item.deliverables.length, tasks: item.tasks.length, refs: item.refs.length };
    this.applyPartBody(item, field, section);
    // The label names a key that got something; else it is kept as text.
    const key = field as keyof typeof before;
    if (field === "notes") return;
    if (key in before && item[key].length > before[key]) item.labels.push({ key: field as KeyLabel["key"], text: section.line.markdown });
    else if (!item.notes.includes(section.markdown)) item.notes.push(section.heading);
  }

  private applyPartBody(item: DraftItem, field: LabelField, section: Section): void {
    switch (field) {
      case "goal":
        item.goal.push(section.markdown.slice(section.heading.length).trim() || section.line.text);
        return;
      case "notes":
        item.notes.push(section.markdown);
        return;
      case "success":
      case "deliverables": {
        const kept = this.checksInto(field === "success" ? item.success : item.deliverables, section, field === "deliverables", undefined);
        if (kept.length > 0) item.notes.push(...kept);
        return;
      }
      case "tasks":
        this.applyBlocks(item, section.blocks, true);
        for (const child of section.children) this.placeChild(item, child);
        return;
      default: {
        const refs = readRefs(section.markdown);
        item.refs.push(...refs.filter((r) => !item.refs.includes(r)));
        if (!onlyRefs(section.markdown.slice(section.heading.length)) || refs.length === 0) item.notes.push(section.markdown);
      }
    }
  }

  /**
   * Success criteria or deliverables from a section: list items become entries
   * (grouped under the item or heading above them); what is not a list is returned to keep as notes.
   * Under success criteria a ✅ is the list's bullet style, not "met".
   */
  checksInto(into: DraftCheck[], section: Section, marksMeanDone: boolean, group: string | undefined): string[] {
    const kept: string[] = [];
    // Nested list items group what is under them ("Component Expertise" / its criteria); deeper levels join the names.
    const fromList = (items: ListItem[], group: string | undefined, nested: boolean) => {
      for (const li of items) {
        const text = li.lines.map((l) => l.text).join(" ");
        for (const b of li.blocks) if (b.kind !== "list") kept.push(b.markdown);
        const lists = li.blocks.filter((b): b is Extract<Block, { kind: "list" }> => b.kind === "list");
        if (lists.length > 0) {
          const title = text === "" ? undefined : this.checkText(text, marksMeanDone).title;
          const under = title === undefined ? group : nested && group ? `${group} / ${title}` : title;
          const before = into.length;
          for (const list of lists) fromList(list.items, under, true);
          const linked = li.lines.some((l) => l.links.length > 0);
          if (title !== undefined && (into.length === before || linked)) kept.push(li.lines.map((l) => l.markdown).join("\n"));
          continue;
        }
        if (text === "") continue;
        const check = this.checkText(text, marksMeanDone);
        // Link targets would be lost in a plain title: the line as written goes beside it as a comment.
        if (li.lines.some((l) => l.links.length > 0)) check.source = li.lines.map((l) => l.markdown).join(" ");
        if (li.checked !== undefined) check.done = li.checked;
        if (group) check.group = group;
        into.push(check);
      }
    };
    for (const block of section.blocks) {
      if (block.kind === "list") fromList(block.items, group, false);
      else if (block.kind !== "rule") kept.push(block.markdown);
    }
    for (const child of section.children) {
      const title = child.line.text.replace(/\s*:$/, "");
      const before = into.length;
      const childKept = this.checksInto(into, child, marksMeanDone, title);
      if (!into.slice(before).some((c) => c.group === title)) kept.push(child.heading);
      kept.push(...childKept);
    }
    return kept;
  }

  private checkText(text: string, marksMeanDone: boolean): DraftCheck {
    const mark = readStatusMark(text);
    const title = mark && mark.rest !== "" ? mark.rest : text;
    return marksMeanDone && mark?.status === "done" ? { title, done: true } : { title };
  }

  /** The blocks of an item's body: facts, lists, tables; whatever is not mapped stays as notes. */
  applyBlocks(item: DraftItem, blocks: Block[], allWork: boolean): void {
    for (const block of blocks) {
      switch (block.kind) {
        case "paragraph":
          this.applyParagraph(item, block.lines);
          break;
        case "list":
          this.applyList(item, block.items, allWork || block.work === true || this.listHasMarks(block.items), block.work === true);
          break;
        case "table":
          if (!this.applyTable(item, block)) item.notes.push(block.markdown);
          break;
        case "rule":
          break;
        default:
          item.notes.push(block.markdown);
      }
    }
  }

  private applyParagraph(item: DraftItem, lines: Line[]): void {
    let kept: string[] = [];
    const flush = () => {
      if (kept.length > 0) item.notes.push(kept.join("\n"));
      kept = [];
    };
    for (const line of lines) {
      const r = this.applyLine(item, line, line.markdown);
      if (r !== "mapped") kept.push(line.markdown);
    }
    flush();
  }

  /** List items: facts of the item ("- **Deliverable**: …"), tasks when the list is work, else notes. */
  private applyList(item: DraftItem, items: ListItem[], work: boolean, card: boolean): void {
    const kept: string[] = [];
    for (const li of items) {
      const first = li.lines[0];
      if (!first) {
        kept.push(li.markdown);
        continue;
      }
      // A label with what it labels nested under it ("ЗАДАЧИ:", "Portfolio Output:").
      const field = first.text.endsWith(":") || li.blocks.length > 0 ? labelField(first.text.replace(/:$/, "")) : undefined;
      if (field && PART_LABELS.has(field) && li.blocks.length > 0 && li.lines.length === 1 && readLabelLine(first.text) === undefined) {
        const section: Section = { line: first, heading: first.markdown, pseudo: true, card, blocks: li.blocks, children: [], markdown: li.markdown };
        this.applyPart(item, field, section);
        continue;
      }
      if (li.checked === undefined && li.lines.length === 1) {
        const r = this.applyLine(item, first, `- ${first.markdown}`);
        if (r === "mapped") {
          this.applyBlocks(item, li.blocks, false);
          continue;
        }
        if (r === "partial") {
          kept.push(li.markdown);
          continue;
        }
      }
      if (work) item.tasks.push(this.listItemTask(li, card));
      else kept.push(li.markdown);
    }
    if (kept.length > 0) item.notes.push(kept.join("\n"));
  }

  private listItemTask(li: ListItem, card: boolean): DraftItem {
    const [first, ...more] = li.lines;
    const task = this.itemFrom(readTitle(first.text, this.period), first.text);
    for (const link of first.links) if (!task.refs.includes(link)) task.refs.push(link);
    // A status written in the text ("(done)", "✅") says more than the box.
    if (li.checked !== undefined && task.status === undefined) {
      task.status = li.checked ? { value: "done", origin: "title", source: "" } : { value: "todo", origin: "title", source: "", implicit: true };
    }
    if (more.length > 0) this.applyParagraph(task, more);
    this.applyBlocks(task, li.blocks, card);
    return task;
  }

  /** A table of work: one task per row. */
  /**
   * The columns of a table of work, or undefined. A table whose rows all name
   * headings of the document ("Phase 0" … for "## Phase 0: Architecture") is an
   * overview of those items, not more work: it stays text.
   */
  private workTable(table: Extract<Block, { kind: "table" }>): ReturnType<typeof workColumns> {
    const columns = workColumns(table.header);
    if (!columns || table.rows.length === 0) return columns;
    const overview = table.rows.every((row) => {
      const name = fold(row[columns.title]?.text ?? "").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
      return name !== "" && this.headings.some((h) => h === name || (h.startsWith(name) && /^[\s:(—–-]/.test(h.slice(name.length))));
    });
    return overview ? undefined : columns;
  }

  private applyTable(item: DraftItem, table: Extract<Block, { kind: "table" }>): boolean {
    const columns = this.workTable(table);
    if (!columns) return false;
    item.labels.push({ key: "tasks", text: `| ${table.header.map((h) => h.markdown).join(" | ")} |` });
    for (const row of table.rows) {
      const titleCell = row[columns.title];
      const text = titleCell?.text || row.find((c) => c.text !== "")?.text || "";
      if (text === "") continue;
      const task = this.itemFrom(readTitle(text, this.period), text);
      row.forEach((cell, i) => {
        if (i === columns.title || cell.text === "" || /^[-–—]$/.test(cell.text)) return;
        const header = table.header[i]?.text ?? "";
        const line: Line = { text: `${header}: ${cell.text}`, markdown: `**${header}**: ${cell.markdown}`, links: cell.links, emphasized: false };
        const field = columns.fields[i];
        const r = field ? this.applyLineAs(task, field, cell.text, line) : false;
        for (const ref of [...cell.links, ...readRefs(cell.text)]) if (!task.refs.includes(ref)) task.refs.push(ref);
        if (r !== "mapped") task.notes.push(line.markdown);
      });
      item.tasks.push(task);
    }
    return true;
  }

  // ---------------------------------------------------------------- lines

  /** A "Label: value" line that sets a value of the item. */
  applyLine(item: DraftItem, line: Line, source: string): LineResult {
    const lab = readLabelLine(line.text);
    if (!lab?.field) return false;
    return this.applyLineAs(item, lab.field, lab.value, line, source);
  }

  private applyLineAs(item: DraftItem, field: LabelField, value: string, line: Line, source = line.markdown): LineResult {
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
        const p = readPeriod(value, this.period);
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
        const span = readSpan(value, this.period);
        const dates = span && !span.relative ? spanDates(span.span) : undefined;
        if (!dates || item.due) return false;
        item.due = mapped(dates.last);
        return "mapped";
      }
      case "completed": {
        const span = readSpan(value, this.period);
        if (!span || !/^\d{4}-\d{2}-\d{2}$/.test(span.span) || item.completed) return false;
        item.completed = mapped(span.span);
        if (!item.status || item.status.origin === "inherited") item.status = mapped("done");
        return "mapped";
      }
      case "goal":
        item.goal.push(valueMarkdown(line, value));
        item.labels.push({ key: "goal", text: label });
        return "mapped";
      case "deliverables":
        item.deliverables.push({ ...this.checkText(value, true), source });
        return "mapped";
      case "success":
        item.success.push({ ...this.checkText(value, false), source });
        return "mapped";
      case "refs": {
        const refs = [...readRefs(`${label} ${value}`), ...line.links];
        if (refs.length === 0) return false;
        for (const r of refs) if (!item.refs.includes(r)) item.refs.push(r);
        if (!onlyRefs(value)) return "partial";
        item.labels.push({ key: "refs", text: label });
        return "mapped";
      }
      case "notes":
        item.notes.push(valueMarkdown(line, value));
        item.labels.push({ key: "notes", text: label });
        return "mapped";
      case "after":
        if (item.dependsOn) return false;
        item.dependsOn = { names: splitNames(value), source };
        return "mapped";
      default:
        return false;
    }
  }

  /** A line of the document's header or footer: owner, version, dates, review cycle. */
  applyRoadmapLine(draft: DraftRoadmap, line: Line): LineResult {
    const lab = readLabelLine(line.text);
    if (!lab?.field) return false;
    const mapped = <T>(v: T): Mapped<T> => ({ value: v, origin: "line", source: line.markdown });
    const date = (pick: "first" | "last") => {
      const span = readSpan(lab.value, this.period);
      const dates = span && !span.relative ? spanDates(span.span) : undefined;
      return dates?.[pick];
    };
    switch (lab.field) {
      case "owner":
        if (draft.owner) return false;
        draft.owner = mapped(splitNames(lab.value));
        return "mapped";
      case "version":
        if (draft.version || !/^v?\d[\w.-]*$/i.test(lab.value)) return false;
        draft.version = mapped(lab.value);
        return "mapped";
      case "updated":
      case "created": {
        const span = readSpan(lab.value, this.period);
        if (!span || !/^\d{4}-\d{2}-\d{2}$/.test(span.span)) return false;
        if (draft[lab.field]) return false;
        draft[lab.field] = mapped(span.span);
        return "mapped";
      }
      case "start": {
        const first = date("first");
        if (!first || draft.start) return false;
        draft.start = mapped(first);
        return "mapped";
      }
      case "due": {
        const last = date("last");
        if (!last || draft.due) return false;
        draft.due = mapped(last);
        return "mapped";
      }
      case "review": {
        const every = Object.entries(reviewWords).find(([, words]) => words.some((w) => fold(w) === fold(lab.value)))?.[0];
        if (!every || draft.review) return false;
        draft.review = mapped(every);
        return "mapped";
      }
      default:
        return false;
    }
  }

  /** The document's header or footer: mapped lines set roadmap values, the rest is returned as Markdown to keep. */
  applyRoadmapBlocks(draft: DraftRoadmap, blocks: Block[]): string[] {
    const kept: string[] = [];
    for (const block of blocks) {
      if (block.kind === "rule") continue;
      if (block.kind !== "paragraph") {
        kept.push(block.markdown);
        continue;
      }
      const lines = block.lines.filter((l) => this.applyRoadmapLine(draft, l) !== "mapped");
      if (lines.length > 0) kept.push(lines.map((l) => l.markdown).join("\n"));
    }
    return kept;
  }

  /** The whole outline. */
  mapOutline(outline: Outline, draft: DraftRoadmap): void {
    const collect = (sections: Section[]): string[] => sections.flatMap((s) => [fold(s.line.text).replace(/[^\p{L}\p{N}:()—–-]+/gu, " ").trim(), ...collect(s.children)]);
    this.headings = collect(outline.sections);
    let { intro } = outline;
    const sections = [...outline.sections];
    // A heading right under the title with only a few lines under it is the title's second line.
    const second = sections[0];
    if (outline.title && intro.length === 0 && second && !second.pseudo && second.children.length === 0
      && second.blocks.every((b) => b.kind === "paragraph" || b.kind === "rule")) {
      draft.title = `${draft.title} — ${second.line.text}`;
      intro = second.blocks;
      sections.shift();
      if (second.line.links.length > 0) draft.summary.push(second.line.markdown);
    }
    // A title is plain text: where it links somewhere, the summary keeps it as written.
    if (outline.title && outline.title.links.length > 0) draft.summary.unshift(outline.title.markdown);
    const introWork = intro.filter((b) => this.blockIsWork(b) && b.kind !== "paragraph");
    draft.summary.push(...this.applyRoadmapBlocks(draft, intro.filter((b) => !introWork.includes(b))));
    if (introWork.length > 0) {
      const phase = newItem(draft.title);
      this.applyBlocks(phase, introWork, false);
      draft.phases.push(phase);
    }
    draft.notes.push(...this.applyRoadmapBlocks(draft, outline.footer));
    // A calendar week without a year ("KW 3") falls in the document's year.
    const dated = draft.start ?? draft.updated ?? draft.created;
    if (dated && this.period.year === undefined) this.period.year = Number(dated.value.slice(0, 4));
    for (const section of sections) {
      const field = labelField(section.line.text);
      if (field === "success" || field === "deliverables") {
        const into = field === "success" ? draft.success : draft.deliverables;
        const before = into.length;
        const kept = this.checksInto(into, section, field === "deliverables", undefined);
        if (into.length > before) draft.labels.push({ key: field, text: section.line.markdown });
        else draft.notes.push(`**${section.line.markdown}**`);
        draft.notes.push(...kept);
      } else if (field === "notes") draft.notes.push(section.markdown);
      else if (this.isWork(section)) draft.phases.push(this.sectionItem(section));
      else {
        const body = section.markdown.slice(section.heading.length).trim();
        if (body === "") draft.notes.push(`**${section.line.markdown}**`);
        else draft.sections.push({ title: section.line.text, body: section.line.links.length > 0 ? `${section.line.markdown}\n\n${body}` : body });
      }
    }
  }
}

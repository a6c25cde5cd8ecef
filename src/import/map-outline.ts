import type { Block, Line, ListItem } from "./blocks.js";
import type { Outline, Section } from "./build-outline.js";
import { newItem, type DraftItem, type DraftRoadmap, type KeyLabel } from "./draft.js";
import { fold } from "./fold.js";
import { itemFromTitle } from "./item-from-title.js";
import { checksInto } from "./map-checks.js";
import { applyRoadmapBlocks } from "./map-header.js";
import { applyItemLine } from "./map-line.js";
import { tableColumns, tableTasks } from "./map-table.js";
import { labelField, readLabelLine } from "./read-label.js";
import type { PeriodContext } from "./read-period.js";
import { onlyRefs, readRefs } from "./read-refs.js";
import { readStatusMark } from "./read-status.js";
import { readTitle } from "./read-title.js";
import type { LabelField } from "./words/labels.js";

/** Labels that head a part of an item rather than an item ("### Goal", "**Tasks**:", "**Success Criteria**:"). */
const PART_LABELS = new Set<LabelField>(["goal", "success", "deliverables", "notes", "refs", "tasks"]);
/** Labels whose line makes its section an item ("**Priority**: high" under a heading). An owner alone does not: contact sections name owners too. */
const FACT_LABELS = new Set<LabelField>(["status", "priority", "when", "duration", "due", "completed"]);

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
      return (
        (!fact && (li.checked !== undefined || readStatusMark(text) !== undefined)) ||
        li.blocks.some((b) => b.kind === "list" && this.listHasMarks(b.items, true))
      );
    });
  }

  private isFactLine(line: Line): boolean {
    const lab = readLabelLine(line.text);
    if (!lab?.field || !FACT_LABELS.has(lab.field)) return false;
    const item = newItem("");
    return applyItemLine(item, line, line.markdown, this.period) !== false;
  }

  private blockIsWork(block: Block): boolean {
    switch (block.kind) {
      case "list":
        return block.work === true || this.listHasMarks(block.items) || block.items.some((li) => li.lines[0] !== undefined && this.isFactLine(li.lines[0]));
      case "table":
        return tableColumns(block, this.headings) !== undefined;
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
        result =
          ((title.when !== undefined || title.duration !== undefined) && hasBody) ||
          (title.status !== undefined && !plainList) ||
          section.blocks.some((b) => this.blockIsWork(b)) ||
          section.children.some(
            (c) => this.isWork(c) || (labelField(c.line.text) === "tasks" && c.blocks.some((b) => b.kind === "list" || b.kind === "table")),
          );
      }
    }
    this.work.set(section, result);
    return result;
  }

  // ---------------------------------------------------------------- items

  sectionItem(section: Section): DraftItem {
    const reading = readTitle(section.line.text, this.period);
    const item = itemFromTitle(reading, section.line.text);
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
    const before = {
      goal: item.goal.length,
      success: item.success.length,
      deliverables: item.deliverables.length,
      tasks: item.tasks.length,
      refs: item.refs.length,
    };
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
        const kept = checksInto(field === "success" ? item.success : item.deliverables, section, field === "deliverables", undefined);
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
          if (!tableTasks(item, block, this.headings, this.period)) item.notes.push(block.markdown);
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
      const r = applyItemLine(item, line, line.markdown, this.period);
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
        const r = applyItemLine(item, first, `- ${first.markdown}`, this.period);
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
    const task = itemFromTitle(readTitle(first.text, this.period), first.text);
    for (const link of first.links) if (!task.refs.includes(link)) task.refs.push(link);
    // A status written in the text ("(done)", "✅") says more than the box.
    if (li.checked !== undefined && task.status === undefined) {
      task.status = li.checked ? { value: "done", origin: "title", source: "" } : { value: "todo", origin: "title", source: "", implicit: true };
    }
    if (more.length > 0) this.applyParagraph(task, more);
    this.applyBlocks(task, li.blocks, card);
    return task;
  }

  /** The whole outline. */
  mapOutline(outline: Outline, draft: DraftRoadmap): void {
    const collect = (sections: Section[]): string[] =>
      sections.flatMap((s) => [
        fold(s.line.text)
          .replace(/[^\p{L}\p{N}:()—–-]+/gu, " ")
          .trim(),
        ...collect(s.children),
      ]);
    this.headings = collect(outline.sections);
    let { intro } = outline;
    const sections = [...outline.sections];
    // A heading right under the title with only a few lines under it is the title's second line.
    const second = sections[0];
    if (
      outline.title &&
      intro.length === 0 &&
      second &&
      !second.pseudo &&
      second.children.length === 0 &&
      second.blocks.every((b) => b.kind === "paragraph" || b.kind === "rule")
    ) {
      draft.title = `${draft.title} — ${second.line.text}`;
      intro = second.blocks;
      sections.shift();
      if (second.line.links.length > 0) draft.summary.push(second.line.markdown);
    }
    // A title is plain text: where it links somewhere, the summary keeps it as written.
    if (outline.title && outline.title.links.length > 0) draft.summary.unshift(outline.title.markdown);
    const introWork = intro.filter((b) => this.blockIsWork(b) && b.kind !== "paragraph");
    draft.summary.push(
      ...applyRoadmapBlocks(
        draft,
        intro.filter((b) => !introWork.includes(b)),
        this.period,
      ),
    );
    if (introWork.length > 0) {
      const phase = newItem(draft.title);
      this.applyBlocks(phase, introWork, false);
      draft.phases.push(phase);
    }
    draft.notes.push(...applyRoadmapBlocks(draft, outline.footer, this.period));
    // A calendar week without a year ("KW 3") falls in the document's year.
    const dated = draft.start ?? draft.updated ?? draft.created;
    if (dated && this.period.year === undefined) this.period.year = Number(dated.value.slice(0, 4));
    for (const section of sections) {
      const field = labelField(section.line.text);
      if (field === "success" || field === "deliverables") {
        const into = field === "success" ? draft.success : draft.deliverables;
        const before = into.length;
        const kept = checksInto(into, section, field === "deliverables", undefined);
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

import type { Block, ListItem } from "./blocks.js";
import type { Section } from "./build-outline.js";
import type { DraftCheck } from "./draft.js";
import { readStatusMark } from "./read-status.js";

/**
 * Success criteria or deliverables from a section: list items become entries
 * (grouped under the item or heading above them); what is not a list is returned to keep as notes.
 * Under success criteria a ✅ is the list's bullet style, not "met".
 */
export function checksInto(into: DraftCheck[], section: Section, marksMeanDone: boolean, group: string | undefined): string[] {
  const kept: string[] = [];
  // Nested list items group what is under them ("Component Expertise" / its criteria); deeper levels join the names.
  const fromList = (items: ListItem[], group: string | undefined, nested: boolean) => {
    for (const li of items) {
      const text = li.lines.map((l) => l.text).join(" ");
      for (const b of li.blocks) if (b.kind !== "list") kept.push(b.markdown);
      const lists = li.blocks.filter((b): b is Extract<Block, { kind: "list" }> => b.kind === "list");
      if (lists.length > 0) {
        const title = text === "" ? undefined : checkText(text, marksMeanDone).title;
        const under = title === undefined ? group : nested && group ? `${group} / ${title}` : title;
        const before = into.length;
        for (const list of lists) fromList(list.items, under, true);
        const linked = li.lines.some((l) => l.links.length > 0);
        if (title !== undefined && (into.length === before || linked)) kept.push(li.lines.map((l) => l.markdown).join("\n"));
        continue;
      }
      if (text === "") continue;
      const check = checkText(text, marksMeanDone);
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
    const childKept = checksInto(into, child, marksMeanDone, title);
    if (!into.slice(before).some((c) => c.group === title)) kept.push(child.heading);
    kept.push(...childKept);
  }
  return kept;
}

/** A criterion or deliverable from its text; a ✅ in front means met only where `marksMeanDone`. */
export function checkText(text: string, marksMeanDone: boolean): DraftCheck {
  const mark = readStatusMark(text);
  const title = mark && mark.rest !== "" ? mark.rest : text;
  return marksMeanDone && mark?.status === "done" ? { title, done: true } : { title };
}

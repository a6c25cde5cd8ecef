import type { Check } from "../../model.js";
import { escapeMarkdown } from "./escape-markdown.js";

/** Entries by `group`, groups in order of first appearance (entries without one form a group too), entries in file order. */
function byGroup(checks: Check[]): [string | undefined, Check[]][] {
  const groups = new Map<string | undefined, Check[]>();
  for (const c of checks) {
    const list = groups.get(c.group);
    if (list) list.push(c);
    else groups.set(c.group, [c]);
  }
  return [...groups];
}

/**
 * Checks (deliverables, success criteria) as task-list lines, `- [x] …` for
 * done ones, each prefixed with `label`. Entries with a `group` go under a
 * `- **Group**` item as a nested task list.
 */
export function checklist(checks: Check[], indent = "", label = ""): string[] {
  const line = (c: Check, at: string, prefix: string) => `${at}- [${c.done ? "x" : " "}] ${prefix}${escapeMarkdown(c.title)}`;
  if (!checks.some((c) => c.group !== undefined)) return checks.map((c) => line(c, indent, label));
  return byGroup(checks).flatMap(([group, list]) =>
    group === undefined
      ? list.map((c) => line(c, indent, label))
      : [`${indent}- ${label}**${escapeMarkdown(group)}**`, ...list.map((c) => line(c, `${indent}  `, ""))],
  );
}

import type { Check } from "../../model.js";
import { escapeMarkdown } from "./escape-markdown.js";

/** Checks (deliverables, success criteria) as task-list lines, `- [x] …` for done ones. */
export function checklist(checks: Check[], indent = "", label = ""): string[] {
  return checks.map((c) => `${indent}- [${c.done ? "x" : " "}] ${label}${escapeMarkdown(c.title)}`);
}

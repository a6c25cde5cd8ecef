import type { Check } from "../../model.js";
import type { Labels } from "../../report/i18n/labels.js";
import { escapeHtml } from "./escape-html.js";
import { htmlTitle } from "./plain-title.js";

/** Deliverables or success criteria as a list with a ✓/○ mark and hidden words for screen readers. */
export function checklist(t: Labels, checks: Check[], className = "checklist"): string {
  if (checks.length === 0) return "";
  const items = checks.map(
    (c) =>
      `<li class="${c.done ? "is-done" : "is-open"}"><span class="ck" aria-hidden="true">${c.done ? "✓" : "○"}</span><span class="sr-only">${escapeHtml(c.done ? t.checklist.done : t.checklist.open)} </span>${htmlTitle(c.title)}</li>`,
  );
  return `<ul class="${className}">${items.join("")}</ul>`;
}

import { fold } from "./fold.js";
import { labelHeads, labelWords, type LabelField } from "./words/labels.js";

const FIELD_OF = new Map<string, LabelField>();
for (const byField of Object.values(labelWords)) {
  for (const [field, words] of Object.entries(byField)) for (const w of words) if (!FIELD_OF.has(fold(w))) FIELD_OF.set(fold(w), field as LabelField);
}
const HEADS: [string, LabelField][] = Object.entries(labelHeads).flatMap(([field, words]) =>
  words.map((w): [string, LabelField] => [fold(w), field as LabelField]),
);

/** Leading emoji, bullets and emphasis before a label ("📅 Время", "**Owner**"). */
const LEAD = /^[^\p{L}\p{N}]+/u;

/** The field a label names ("Timeline", "📅 Время", "Document Owner", "Progress notes"), or undefined. */
export function labelField(label: string): LabelField | undefined {
  const key = fold(label.replace(LEAD, "").replace(/[^\p{L}\p{N})]+$/u, ""));
  if (key === "") return undefined;
  const exact = FIELD_OF.get(key);
  if (exact) return exact;
  const bare = key.replace(/\s*\([^()]*\)$/, "");
  if (bare !== key && FIELD_OF.has(bare)) return FIELD_OF.get(bare);
  for (const [head, field] of HEADS) if (bare.endsWith(` ${head}`)) return field;
  return undefined;
}

export interface LabelLine {
  /** The label as written, without leading emoji or emphasis. */
  label: string;
  value: string;
  field?: LabelField;
}

/**
 * A line of the form "Label: value" in plain text ("Owner: alice", "📅 Время: 2-3 недели").
 * The label is short (at most five words) and the value is not empty.
 */
export function readLabelLine(text: string): LabelLine | undefined {
  const m = /^([^:\n]{1,48}?)\s*:\s+(\S.*)$/su.exec(text.trim());
  if (!m) return undefined;
  const label = m[1].replace(LEAD, "").trim();
  if (label === "" || label.split(/\s+/).length > 5 || /^(?:https?|ftp|mailto)$/i.test(label)) return undefined;
  return { label, value: m[2].trim(), field: labelField(label) };
}

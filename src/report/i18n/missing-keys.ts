import { en } from "./catalogues/en.js";
import type { Catalogue } from "./labels.js";
import { isPluralForms } from "./plural-forms.js";

type Group = { readonly [key: string]: unknown };

const isGroup = (value: unknown): value is Group => typeof value === "object" && value !== null && !isPluralForms(value);

function walk(english: Group, own: unknown, prefix: string, out: string[]): void {
  for (const [key, value] of Object.entries(english)) {
    const path = `${prefix}${key}`;
    const mine = isGroup(own) && Object.hasOwn(own, key) ? own[key] : undefined;
    if (typeof value === "string") {
      if (typeof mine !== "string") out.push(path);
    } else if (isPluralForms(value)) {
      if (!isPluralForms(mine)) out.push(path);
    } else if (isGroup(value)) {
      walk(value, mine, `${path}.`, out);
    }
  }
}

/** The keys (`section.overdue`, `time.daysLeft`) a catalogue leaves to English, in catalogue order. */
export function missingKeys(catalogue: Catalogue): string[] {
  const out: string[] = [];
  walk(en, catalogue, "", out);
  return out;
}

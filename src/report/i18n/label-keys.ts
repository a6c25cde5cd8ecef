import { en } from "./catalogues/en.js";
import type { Catalogue } from "./labels.js";
import { isPluralForms } from "./plural-forms.js";

/** The key of every label a catalogue has (`section.overdue`, `time.daysLeft`), in order; English's by default: every key there is. */
export function labelKeys(catalogue: Catalogue = en): string[] {
  const out: string[] = [];
  const walk = (group: object, prefix: string) => {
    for (const [key, value] of Object.entries(group)) {
      if (typeof value === "string" || isPluralForms(value)) out.push(`${prefix}${key}`);
      else if (typeof value === "object" && value !== null) walk(value, `${prefix}${key}.`);
    }
  };
  walk(catalogue, "");
  return out;
}

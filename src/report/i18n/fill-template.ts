/** A `{name}` placeholder. */
export const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/**
 * The template with each `{name}` replaced by its value: text as it is
 * (never read as a pattern), numbers through `number`. A placeholder with no
 * value stays as written.
 */
export function fillTemplate(template: string, params: Readonly<Record<string, string | number>>, number: (n: number) => string): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    if (!Object.hasOwn(params, name)) return whole;
    const value = params[name];
    return typeof value === "number" ? number(value) : value;
  });
}

/** The placeholder names of a template, sorted. */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]))].sort();
}

export interface Tag {
  name: string;
  attrs: [string, string][];
}

/**
 * The start tags of HTML the renderer wrote: it always double-quotes
 * attribute values and escapes `"`, `<` and `>` inside them, so a regex
 * tokenizer is exact here (and would miss nothing a browser sees as a tag).
 */
export function startTags(html: string): Tag[] {
  return [...html.matchAll(/<([a-zA-Z][\w:-]*)((?:\s+[^\s="'<>/]+(?:="[^"<>]*")?)*)\s*\/?>/g)].map((m) => ({
    name: m[1].toLowerCase(),
    attrs: [...m[2].matchAll(/\s+([^\s="'<>/]+)(?:="([^"]*)")?/g)].map((a) => [a[1].toLowerCase(), a[2] ?? ""] as [string, string]),
  }));
}

/** Every `<` that starts something a browser would parse as markup, as opposed to the tags `startTags` found. */
export function strayMarkup(html: string): string[] {
  const withoutTags = html.replace(/<([a-zA-Z][\w:-]*)((?:\s+[^\s="'<>/]+(?:="[^"<>]*")?)*)\s*\/?>|<\/[a-zA-Z][\w:-]*\s*>|<!DOCTYPE html>/g, "");
  return [...withoutTags.matchAll(/<[^\s]{0,20}/g)].map((m) => m[0]);
}

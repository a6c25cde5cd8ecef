import { displayWidth } from "./display-width.js";

/** Built on first use: creating a segmenter loads ICU data, which a report that never truncates does not need. */
let segmenter: Intl.Segmenter | undefined;

export const ELLIPSIS = "…";

/**
 * Cuts plain text (no colour codes) to at most `width` columns, ending in an
 * ellipsis when something was cut. Cuts between grapheme clusters, so an
 * emoji or a letter with its accents is never split.
 */
export function truncate(text: string, width: number): string {
  if (width <= 0) return "";
  if (displayWidth(text) <= width) return text;
  if (width === 1) return ELLIPSIS;
  let out = "";
  let used = 0;
  for (const { segment } of (segmenter ??= new Intl.Segmenter()).segment(text)) {
    const w = displayWidth(segment);
    if (used + w > width - 1) break;
    out += segment;
    used += w;
  }
  return out.trimEnd() + ELLIPSIS;
}

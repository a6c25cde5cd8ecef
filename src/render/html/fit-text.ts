import stringWidth from "string-width";

/** Approximate width in pixels of text in the report's sans-serif at `fontSize` (one column ≈ 0.58 em). */
export function textWidth(text: string, fontSize: number): number {
  return stringWidth(text) * fontSize * 0.58;
}

/** `text` shortened with an ellipsis to fit `maxWidth` pixels (by estimate), whole graphemes only. */
export function fitText(text: string, maxWidth: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const graphemes = [...new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(text)].map((s) => s.segment);
  let lo = 0;
  let hi = graphemes.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (textWidth(graphemes.slice(0, mid).join("") + "…", fontSize) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return graphemes.slice(0, lo).join("").trimEnd() + "…";
}

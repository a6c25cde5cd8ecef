import stringWidth from "string-width";

/** Built on first use: creating a segmenter loads ICU data, which text that fits does not need. */
let segmenter: Intl.Segmenter | undefined;
const graphemeColumns = new Map<string, number>();

/** Terminal-style columns of one grapheme (1 for ASCII, 2 for wide CJK and emoji), cached. */
function columns(grapheme: string): number {
  if (grapheme.length === 1) {
    const c = grapheme.charCodeAt(0);
    if (c >= 0x20 && c < 0x7f) return 1;
  }
  let w = graphemeColumns.get(grapheme);
  if (w === undefined) {
    w = stringWidth(grapheme);
    if (graphemeColumns.size < 10_000) graphemeColumns.set(grapheme, w);
  }
  return w;
}

function graphemes(text: string): string[] {
  return /^[\x20-\x7e]*$/.test(text)
    ? text.split("")
    : Array.from((segmenter ??= new Intl.Segmenter(undefined, { granularity: "grapheme" })).segment(text), (s) => s.segment);
}

const EM_PER_COLUMN = 0.58;

/** Approximate width in pixels of text in the report's sans-serif at `fontSize` (one column ≈ 0.58 em). */
export function textWidth(text: string, fontSize: number): number {
  let cols = 0;
  for (const g of graphemes(text)) cols += columns(g);
  return cols * fontSize * EM_PER_COLUMN;
}

/** `text` shortened with an ellipsis to fit `maxWidth` pixels (by estimate), whole graphemes only. */
export function fitText(text: string, maxWidth: number, fontSize: number): string {
  const parts = graphemes(text);
  const maxCols = maxWidth / (fontSize * EM_PER_COLUMN);
  let cols = 0;
  for (const g of parts) cols += columns(g);
  if (cols <= maxCols) return text;
  let used = 1; // the ellipsis
  let n = 0;
  while (n < parts.length && used + columns(parts[n]) <= maxCols) used += columns(parts[n++]);
  return parts.slice(0, n).join("").trimEnd() + "…";
}

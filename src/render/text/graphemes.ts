/** Built on first use: creating a segmenter loads ICU data, which text that needs no segmenting does not need. */
let segmenter: Intl.Segmenter | undefined;

/**
 * Code units segmented at once. Each step of an `Intl.Segmenter` iterator
 * costs time in proportion to the length of the whole text it was given (in
 * Node 20's V8), so segmenting a long text in one go is quadratic; windows of
 * this size keep it linear.
 */
const WINDOW = 128;

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * The grapheme clusters of `text`, in order, lazily: the same clusters as
 * `Intl.Segmenter` with `granularity: "grapheme"` gives, in time linear in the
 * part of the text read (stop early and the rest is never segmented).
 *
 * The text is segmented a window at a time. Whether there is a boundary at a
 * position depends only on the text before it and the character after it, so
 * every cluster of a window but its last (which may go on past the window)
 * is a cluster of the whole text, and the next window starts where that last
 * one does. A window never ends inside a surrogate pair, and grows when one
 * cluster fills it.
 */
export function* graphemes(text: string): Generator<string, void, undefined> {
  if (PRINTABLE_ASCII.test(text)) {
    for (let i = 0; i < text.length; i++) yield text[i];
    return;
  }
  segmenter ??= new Intl.Segmenter(undefined, { granularity: "grapheme" });
  let start = 0;
  let size = WINDOW;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    const parts = Array.from(segmenter.segment(text.slice(start, end)), (s) => s.segment);
    if (end === text.length) {
      yield* parts;
      return;
    }
    if (parts.length < 2) {
      size *= 2;
      continue;
    }
    parts.pop();
    for (const part of parts) {
      start += part.length;
      yield part;
    }
    size = WINDOW;
  }
}

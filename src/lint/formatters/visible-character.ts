/** A character that must not reach a terminal or log as itself, written out instead: `\x1b`, `\u{202e}`. */
export function visibleCharacter(c: string): string {
  const n = c.charCodeAt(0);
  return n < 0x100 ? `\\x${n.toString(16).padStart(2, "0")}` : `\\u{${n.toString(16)}}`;
}

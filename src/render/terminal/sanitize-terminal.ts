/**
 * Escape sequences a terminal would act on: CSI (`ESC [` … final byte, also
 * the 8-bit `0x9B`), OSC (`ESC ]` … BEL or ST, which carries hyperlinks and
 * window titles, also `0x9D`), DCS/SOS/PM/APC strings (`ESC P|X|^|_` … ST,
 * also `0x90`/`0x98`/`0x9E`/`0x9F`), and the two-byte `ESC` + final forms.
 * An unterminated string sequence runs to the end of the text, as a terminal
 * would swallow it. Every alternative is linear: no nested quantifiers.
 */
const ESCAPE_SEQUENCE =
  /\u001b\[[0-?]*[ -/]*[@-~]?|\u009b[0-?]*[ -/]*[@-~]?|(?:\u001b\]|\u009d)[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|(?:\u001b[PX^_]|[\u0090\u0098\u009e\u009f])[^\u001b\u009c]*(?:\u001b\\|\u009c)?|\u001b[ -/]*[0-~]?/g;

/**
 * What remains after the sequences are gone: C0 controls except tab and
 * newline (so `\r`, BEL, backspace, ESC, CAN/SUB), DEL, C1 controls, and the
 * bidirectional embedding/override/isolate marks that reorder what is shown
 * (Trojan Source).
 */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Unicode line and paragraph separators: some terminals break lines on them. */
const SEPARATOR = /[\u2028\u2029]/g;

/**
 * Makes a string from a roadmap safe to print: escape sequences and control
 * characters other than newline and tab are removed, so it cannot move the
 * cursor, clear the screen, retitle the window or plant a hyperlink.
 */
export function sanitizeTerminal(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, "").replace(CONTROL, "").replace(SEPARATOR, "\n");
}

/** Sanitised and on one line: runs of whitespace (newlines, tabs) become one space. */
export function sanitizeLine(text: string): string {
  return sanitizeTerminal(text).replace(/\s+/g, " ").trim();
}

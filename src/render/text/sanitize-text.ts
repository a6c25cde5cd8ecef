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
 * newline (BEL, backspace, ESC, CAN/SUB …), DEL, C1 controls (NEL, CSI …),
 * and the bidirectional embedding, override and isolate marks that reorder
 * what is shown (Trojan Source).
 */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Anything `sanitizeText` changes: a carriage return, a control character or a bidi mark. */
const UNCLEAN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/**
 * Text from a roadmap made clean for any output (Markdown, HTML, terminal,
 * Mermaid, CI annotations): a carriage return, alone or before a newline,
 * becomes a newline; terminal escape sequences are removed whole; every
 * other C0 and C1 control character, DEL and the bidi overrides and
 * isolates are dropped. Tab and newline stay. Idempotent.
 */
export function sanitizeText(text: string): string {
  if (!UNCLEAN.test(text)) return text;
  return text.replace(/\r\n?/g, "\n").replace(ESCAPE_SEQUENCE, "").replace(CONTROL, "");
}

import type { Diagnostic } from "../../diagnostics.js";
import type { Formatter } from "./types.js";
import { visibleCharacter } from "./visible-character.js";

const plain = (s: string) => s;

/**
 * One terminal line of untrusted text: line breaks become spaces, and control
 * characters (escape sequences that could rewrite the terminal or a CI log)
 * and bidirectional overrides are shown as `\xNN` / `\u{NNNN}`.
 */
function oneLine(s: string): string {
  return s.replace(/\r\n|[\r\n\t]/g, " ").replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, visibleCharacter);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** ESLint-like: `file:line:col  severity  message  rule-id`, aligned, then a summary line. */
export const stylish: Formatter = (diagnostics, context) => {
  if (diagnostics.length === 0) return "";
  const c = context.color ?? { red: plain, yellow: plain, dim: plain, bold: plain, underline: plain };
  const where = (d: Diagnostic) => `${oneLine(d.file ?? "<input>")}${d.range ? `:${d.range.start.line}:${d.range.start.col}` : ""}`;
  const width = Math.max(...diagnostics.map((d) => where(d).length));
  const lines = diagnostics.map((d) => {
    const sev = d.severity === "error" ? c.red("error  ") : c.yellow("warning");
    return `${where(d).padEnd(width)}  ${sev}  ${oneLine(d.message)}  ${c.dim(oneLine(d.code))}`;
  });
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.length - errors;
  const summary = `${errors ? "✖" : "⚠"} ${plural(diagnostics.length, "problem")} (${plural(errors, "error")}, ${plural(warnings, "warning")})`;
  return `${lines.join("\n")}\n\n${c.bold(errors ? c.red(summary) : c.yellow(summary))}\n`;
};

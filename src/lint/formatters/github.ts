import type { Diagnostic } from "../../diagnostics.js";
import { visibleCharacter } from "./visible-character.js";
import { sanitizeText } from "../../render/text/sanitize-text.js";
import { locateFile } from "./locate-file.js";
import { regionOf } from "./region-of.js";
import type { Formatter } from "./types.js";

/** Escaping of a workflow command's message, as in @actions/core `escapeData`. */
export function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Escaping of a workflow command's property value, as in @actions/core `escapeProperty`. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/**
 * Roadmap text made safe for a workflow command: each character
 * `sanitizeText` would remove (escape sequences, control characters, bidi
 * overrides) is shown as the stylish format shows it, not dropped, so a value
 * stays recognisably what was written (`"\u{202e}high"`, not a valid-looking
 * `"high"`), and a file name cannot turn into another file's. A carriage
 * return becomes a newline, as `sanitizeText` makes it; tab and newline stay.
 */
function cleanText(s: string): string {
  if (sanitizeText(s) === s) return s;
  return s.replace(/\r\n?/g, "\n").replace(/[^\t\n]/g, (c) => (sanitizeText(c) === c ? c : visibleCharacter(c)));
}

/**
 * GitHub Actions workflow commands, one line per diagnostic, which GitHub
 * shows as annotations on the pull request:
 * `::error file=F,line=L,col=C,endLine=L2,endColumn=C2,title=RULE::MESSAGE`.
 * File paths are made relative to `cwd` (the workspace) when they are inside it;
 * a region that runs to the end of a line has no `endColumn`.
 * Prints nothing when there are no diagnostics.
 */
export const github: Formatter = (diagnostics, context) => diagnostics.map((d) => command(d, context.cwd)).join("");

function command(d: Diagnostic, cwd: string | undefined): string {
  const props: [string, string | number][] = [];
  if (d.file !== undefined) {
    const where = locateFile(d.file, cwd);
    props.push(["file", cleanText(where.inside ? where.path : d.file)]);
  }
  if (d.range) {
    const r = regionOf(d.range);
    props.push(["line", r.startLine], ["col", r.startColumn], ["endLine", r.endLine]);
    if (r.endColumn !== undefined) props.push(["endColumn", r.endColumn]);
  }
  props.push(["title", d.code]);
  const name = d.severity === "error" ? "error" : "warning";
  // the message quotes the roadmap and the file name is the user's: both cleaned (`cleanText`), then
  // escaped; a clean file name stays exact, so that GitHub finds the file
  return `::${name} ${props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",")}::${escapeData(cleanText(d.message))}\n`;
}

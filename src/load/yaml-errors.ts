import { isCollection, Scalar, visit, type Document, type LineCounter, type YAMLError } from "yaml";
import type { Diagnostic } from "../diagnostics.js";

const YAML_CODES: Record<string, string> = {
  DUPLICATE_KEY: "duplicate-key",
  TAB_AS_INDENT: "yaml-tab-indent",
};

/** The node a "never closed" error is about: the quote or bracket that opened it. */
function openerOf(doc: Document, err: YAMLError): { offset: number; what: string } | undefined {
  const at = err.pos[0];
  let found: { offset: number; what: string } | undefined;
  if (err.code === "MISSING_CHAR" && /closing .?quote/i.test(err.message)) {
    visit(doc, {
      Scalar(_, node) {
        const quoted = node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE;
        if (quoted && node.range && node.range[0] <= at && node.range[1] >= at - 1) {
          const kind = node.type === Scalar.QUOTE_DOUBLE ? "double" : "single";
          found = { offset: node.range[0], what: `missing closing ${kind} quote: the quote opened here is never closed` };
        }
      },
    });
  } else if (/flow (sequence|mapping|collection)/i.test(err.message)) {
    visit(doc, {
      Collection(_, node) {
        if (isCollection(node) && node.flow && node.range && node.range[0] <= at && node.range[1] >= at - 1) {
          found = { offset: node.range[0], what: `the ${err.message.includes("mapping") ? "{" : "["} opened here is never closed` };
        }
      },
    });
  }
  return found;
}

/**
 * YAML parse errors as diagnostics at the place to fix: the opening quote or
 * bracket of something never closed, the first character rather than the
 * indentation. Tabs used as indentation cause cascades of follow-up errors;
 * only the tab errors are reported then.
 */
export function yamlErrorsToDiagnostics(doc: Document, text: string, lineCounter: LineCounter, file: string | undefined): Diagnostic[] {
  let errors = [...doc.errors, ...doc.warnings];
  if (errors.some((e) => e.code === "TAB_AS_INDENT")) errors = errors.filter((e) => e.code === "TAB_AS_INDENT" || e.name === "YAMLWarning");
  return errors.map((err) => {
    let [startOffset, endOffset] = err.pos;
    let message = err.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
    const opener = openerOf(doc, err);
    if (opener) {
      message = opener.what.startsWith("missing") ? opener.what : `${message}: ${opener.what}`;
      startOffset = endOffset = opener.offset;
    } else if (err.code === "MULTIPLE_DOCS") {
      message = "a second YAML document starts here: expected one roadmap per file (remove this `---` line, or move what follows to a file of its own)";
      endOffset = startOffset;
    } else if (err.code === "RESOURCE_EXHAUSTION") {
      // The reader ran out of stack on collections nested inside each other.
      message = "the YAML nests too deeply to read here: expected collections nested a few dozen levels at most, found many more";
    } else if (err.code === "DUPLICATE_KEY") {
      let key = "";
      visit(doc, {
        Pair(_, pair) {
          const k = pair.key as { range?: [number, number, number]; toString(): string } | null;
          if (k?.range && k.range[0] <= startOffset && startOffset < Math.max(k.range[1], k.range[0] + 1)) key = String(k);
        },
      });
      message = `duplicate key${key && key.length < 60 ? ` "${key}"` : ""}: a key may appear only once in a mapping`;
    } else {
      while (startOffset < text.length && text[startOffset] === " ") startOffset++;
      endOffset = Math.max(startOffset, endOffset);
    }
    const s = lineCounter.linePos(startOffset);
    const e = lineCounter.linePos(endOffset);
    return {
      code: YAML_CODES[err.code] ?? "yaml-syntax",
      severity: err.name === "YAMLWarning" ? "warning" : "error",
      message,
      file,
      path: [],
      range: { start: { line: s.line, col: s.col }, end: { line: e.line, col: e.col } },
    } satisfies Diagnostic;
  });
}

import { visit, type Document, type LineCounter } from "yaml";
import type { Diagnostic } from "../diagnostics.js";

/**
 * Aliases YAML cannot read as a value, one error at each, so the file is
 * reported instead of read: an alias with no anchor before it (`*nope`), and
 * an alias inside the node its anchor names (`phases: &p [{ tasks: *p }]`),
 * which would make a value that contains itself.
 */
export function aliasProblems(doc: Document, lineCounter: LineCounter, file: string | undefined): Diagnostic[] {
  const out: Diagnostic[] = [];
  visit(doc, {
    Alias(_, alias) {
      if (!alias.range) return;
      const target = alias.resolve(doc);
      let message: string | undefined;
      if (!target) message = `the alias *${alias.source} names no anchor: expected an anchor &${alias.source} on a value before it, found none`;
      else if (target.range && alias.range[0] >= target.range[0] && alias.range[0] < target.range[1])
        message = `the alias *${alias.source} is inside the value anchored &${alias.source}, so that value would contain itself: expected an alias to a value that ends before it, found one inside its own anchor`;
      if (!message) return;
      const s = lineCounter.linePos(alias.range[0]);
      const e = lineCounter.linePos(alias.range[1]);
      out.push({
        code: "yaml-syntax",
        severity: "error",
        message,
        file,
        path: [],
        range: { start: { line: s.line, col: s.col }, end: { line: e.line, col: e.col } },
      });
    },
  });
  return out;
}

import { visit, type Document, type LineCounter } from "yaml";
import type { Diagnostic } from "../diagnostics.js";

/**
 * Aliases inside the node their anchor names (`phases: &p [{ tasks: *p }]`):
 * YAML reads them as a value that contains itself, which no roadmap can be.
 * One error at each such alias, so the file is reported instead of read.
 */
export function aliasCycles(doc: Document, lineCounter: LineCounter, file: string | undefined): Diagnostic[] {
  const out: Diagnostic[] = [];
  visit(doc, {
    Alias(_, alias) {
      const target = alias.resolve(doc);
      if (!alias.range || !target?.range) return;
      const [from, to] = target.range;
      if (alias.range[0] < from || alias.range[0] >= to) return;
      const s = lineCounter.linePos(alias.range[0]);
      const e = lineCounter.linePos(alias.range[1]);
      out.push({
        code: "yaml-syntax",
        severity: "error",
        message: `the alias *${alias.source} is inside the value anchored &${alias.source}, so that value would contain itself: expected an alias to a value that ends before it, found one inside its own anchor`,
        file,
        path: [],
        range: { start: { line: s.line, col: s.col }, end: { line: e.line, col: e.col } },
      });
    },
  });
  return out;
}

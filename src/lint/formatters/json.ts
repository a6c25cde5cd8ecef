import type { Diagnostic } from "../../diagnostics.js";
import type { Formatter } from "./types.js";

/** One JSON document: every file with its diagnostics and counts. */
export const json: Formatter = (diagnostics, context) => {
  const byFile = new Map<string, Diagnostic[]>(context.files.map((f) => [f, []]));
  for (const d of diagnostics) {
    const file = d.file ?? "<input>";
    const list = byFile.get(file);
    if (list) list.push(d);
    else byFile.set(file, [d]);
  }
  const results = [...byFile].map(([file, list]) => ({
    file,
    errorCount: list.filter((d) => d.severity === "error").length,
    warningCount: list.filter((d) => d.severity === "warning").length,
    diagnostics: list.map((d) => ({ code: d.code, severity: d.severity, message: d.message, range: d.range ?? null, path: d.path })),
  }));
  return `${JSON.stringify(results, null, 2)}\n`;
};

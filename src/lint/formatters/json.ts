import type { Formatter } from "./types.js";

/** One JSON document: every file with its diagnostics and counts. */
export const json: Formatter = (diagnostics, context) => {
  const files = [...new Set([...context.files, ...diagnostics.map((d) => d.file ?? "<input>")])];
  const results = files.map((file) => {
    const list = diagnostics.filter((d) => (d.file ?? "<input>") === file);
    return {
      file,
      errorCount: list.filter((d) => d.severity === "error").length,
      warningCount: list.filter((d) => d.severity === "warning").length,
      diagnostics: list.map((d) => ({ code: d.code, severity: d.severity, message: d.message, range: d.range ?? null, path: d.path })),
    };
  });
  return `${JSON.stringify(results, null, 2)}\n`;
};

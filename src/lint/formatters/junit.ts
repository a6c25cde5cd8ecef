import type { Diagnostic } from "../../diagnostics.js";
import type { Formatter } from "./types.js";

/** Characters XML 1.0 does not allow anywhere, not even as references. */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Escapes text content: the five special characters; forbidden characters are dropped. */
export function xmlText(s: string): string {
  return s.replace(FORBIDDEN, "").replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** Escapes an attribute value; tabs and line breaks become references so parsers keep them. */
export function xmlAttribute(s: string): string {
  return xmlText(s).replace(/\t/g, "&#9;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;");
}

const NO_FILE = "<input>";

function attrs(pairs: [string, string | number][]): string {
  return pairs.map(([k, v]) => ` ${k}="${xmlAttribute(String(v))}"`).join("");
}

function testcase(file: string, d: Diagnostic): string {
  const at = d.range ? ` ${d.range.start.line}:${d.range.start.col}` : "";
  const where = `${file}${d.range ? `:${d.range.start.line}:${d.range.start.col}` : ""}`;
  const body = `${d.severity}: ${d.message}\nat ${where}\nrule: ${d.code}`;
  return [
    `    <testcase${attrs([
      ["classname", file],
      ["name", `${d.code}${at}`],
    ])}>`,
    `      <failure${attrs([
      ["message", d.message],
      ["type", d.code],
    ])}>${xmlText(body)}</failure>`,
    `    </testcase>`,
  ].join("\n");
}

/**
 * JUnit XML for CI test reports: one `<testsuite>` per linted file, one failing
 * `<testcase>` per diagnostic (warnings too: the severity is in the failure
 * text), and one passing test case for a file without problems.
 */
export const junit: Formatter = (diagnostics, context) => {
  const files = [...new Set([...context.files, ...diagnostics.map((d) => d.file ?? NO_FILE)])];
  const byFile = new Map<string, Diagnostic[]>(files.map((f) => [f, []]));
  for (const d of diagnostics) byFile.get(d.file ?? NO_FILE)!.push(d);
  const suites = files.map((file) => {
    const list = byFile.get(file)!;
    const head = `  <testsuite${attrs([
      ["name", file],
      ["tests", Math.max(1, list.length)],
      ["failures", list.length],
      ["errors", 0],
      ["skipped", 0],
    ])}>`;
    const cases =
      list.length > 0
        ? list.map((d) => testcase(file, d))
        : [
            `    <testcase${attrs([
              ["classname", file],
              ["name", "roadmap lint"],
            ])}/>`,
          ];
    return [head, ...cases, "  </testsuite>"].join("\n");
  });
  const tests = files.reduce((n, f) => n + Math.max(1, byFile.get(f)!.length), 0);
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<testsuites${attrs([
      ["name", "roadmap lint"],
      ["tests", tests],
      ["failures", diagnostics.length],
      ["errors", 0],
    ])}>`,
    ...suites,
    "</testsuites>",
    "",
  ].join("\n");
};

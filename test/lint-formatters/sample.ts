import { readFileSync } from "node:fs";
import { parseRoadmap } from "../../src/index.js";
import type { Diagnostic } from "../../src/diagnostics.js";
import { checkRoadmap } from "../../src/lint/check-roadmap.js";
import type { FormatContext } from "../../src/lint/formatters/types.js";
import { ruleCatalog } from "../../src/lint/rule-catalog.js";

export const AS_OF = "2025-10-25";

/** A roadmap with a warning, an error and a schema error, so every format has something to show. */
export const BROKEN = `title: Broken
start: 2025-10-06
phases:
  - id: build
    title: Build
    duration: 2w
    due: 2025-10-10
  - id: ship
    title: Ship
    status: done
    after: [build]
risks:
  - title: Vendor delay
`;

export const TYPO = "title: Typo\nphases:\n  - title: One\n    statuz: done\n";

/** Lints texts as files under `cwd`, as the CLI does (paths as given on the command line). */
export function lintTexts(texts: Record<string, string>): Diagnostic[] {
  return Object.entries(texts).flatMap(([file, text]) => checkRoadmap(parseRoadmap(text, { file }), { asOf: AS_OF, defaultAsOf: AS_OF }).diagnostics);
}

export function readRoadmap(name: string): string {
  return readFileSync(new URL(`../../roadmaps/${name}`, import.meta.url), "utf8");
}

export const context = (files: string[], extra: Partial<FormatContext> = {}): FormatContext => ({
  files,
  rules: ruleCatalog,
  cwd: "/repo",
  toolVersion: "1.2.3",
  ...extra,
});

/** Diagnostics whose every string is hostile to the output formats. */
export const HOSTILE: Diagnostic[] = [
  {
    code: "we:ird,rule%",
    severity: "error",
    message: "100% done\r\nnext: a, b <&> \"q\" 'a'\n::error::injected",
    file: "dir/a:b,c%.yaml",
    path: [],
    range: { start: { line: 2, col: 3 }, end: { line: 4, col: 9 } },
  },
  {
    code: "late-item",
    severity: "warning",
    message: "tab\there, bell\u0007, nul\u0000, lone \uD800 surrogate, emoji 🚀, Türkçe, русский",
    file: "roadmaps/плán 🚀.yaml",
    path: ["phases", 0],
  },
];

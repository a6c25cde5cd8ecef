export { parseRoadmap } from "./load/parse-roadmap.js";
export type { ParseOptions, ParseResult } from "./load/parse-roadmap.js";
export type { Locator } from "./load/locator.js";
export { roadmapSchema } from "./schema/roadmap.js";
export { formatPath, sortDiagnostics, compareDiagnostics } from "./diagnostics.js";
export type { Diagnostic, Severity, Range, Position } from "./diagnostics.js";
export type * from "./model.js";

// Loading: text → Roadmap + diagnostics (files: loadRoadmap in roadmap-kit/node)
export { parseRoadmap } from "./load/parse-roadmap.js";
export type { ParseOptions, ParseResult } from "./load/parse-roadmap.js";
export type { Locator } from "./load/locator-type.js";

// The format
export { roadmapSchema } from "./schema/roadmap.js";
export { roadmapJsonSchema } from "./schema/json-schema.js";

// Planning
export { planRoadmap } from "./plan/plan-roadmap.js";
export { formatCents } from "./plan/money.js";
export { planToJson } from "./render/plan-json.js";
export type * from "./plan/types.js";

// Reports
export { renderHtml, type RenderHtmlOptions } from "./render/render-html.js";
export { renderMarkdown, type RenderMarkdownOptions } from "./render/render-markdown.js";
export {
  renderTerminal,
  renderPortfolio,
  renderTimeline,
  type TerminalOptions,
  type TimelineOptions,
  type PortfolioEntry,
  type ColorLevel,
  type ColorOption,
} from "./render/render-terminal.js";
export { labelsFor, resolveLang, LANGS, type Lang, type Labels, type LabelHelpers } from "./report/index.js";

// Linting
export { lintRoadmap } from "./lint/lint-roadmap.js";
export type { LintOptions } from "./lint/lint-roadmap.js";
export { checkRoadmap, effectiveAsOf } from "./lint/check-roadmap.js";
export type { CheckOptions, CheckResult } from "./lint/check-roadmap.js";
export { parseLintConfig } from "./lint/parse-lint-config.js";
export { ruleCatalog } from "./lint/rule-catalog.js";
export type { RuleInfo } from "./lint/rule-catalog.js";
export type { Rule, RuleContext, Finding } from "./lint/rule.js";
export { formatters, formats } from "./lint/formatters/formatters.js";
export type { Format } from "./lint/formatters/formatters.js";
export type { Formatter, FormatContext } from "./lint/formatters/types.js";

// Editing: byte-exact changes to roadmap text
export { editRoadmap, markDone } from "./edit/edit-roadmap.js";
export type { Change, EditOptions, EditResult, AppliedChange } from "./edit/edit-roadmap.js";
export { setValue, type SetValueOptions } from "./edit/set-value.js";
export { EditError } from "./edit/edit-error.js";
export type { ScalarValue } from "./edit/scalar-source.js";

// Diagnostics
export { formatPath, sortDiagnostics, compareDiagnostics } from "./diagnostics.js";
export type { Diagnostic, Severity, Range, Position } from "./diagnostics.js";

// The model
export type * from "./model.js";
export { importMarkdown, type ImportOptions, type ImportResult, type ImportSummary } from "./import/import-markdown.js";

// The plan over time: compare two plans, trace committed versions (git reading: roadmap-kit/node)
export { diffPlans } from "./compare/diff-plans.js";
export { planHistory } from "./compare/plan-history.js";
export type * from "./compare/types.js";
export type { RoadmapDiff, DiffSide, DiffStatus } from "./compare/roadmap-diff.js";
export { renderDiffMarkdown, type DiffMarkdownOptions } from "./render/diff/diff-markdown.js";
export { renderHistoryMarkdown, type HistoryMarkdownOptions } from "./render/history/history-markdown.js";

import type { Severity } from "../diagnostics.js";
import { rules } from "./rules.js";

/** What `--list-rules`, the SARIF output and the rule docs say about a rule. */
export interface RuleInfo {
  id: string;
  severity: Severity;
  description: string;
  /** `file`: reading the file; `schema`: YAML and the format; `plan`: checks on the plan. */
  stage: "file" | "schema" | "plan";
}

/** Problems found while reading and validating a file; always errors, cannot be turned off. */
const loadRules: RuleInfo[] = [
  { id: "file-not-found", stage: "file", severity: "error", description: "A path given on the command line does not exist." },
  { id: "not-a-file", stage: "file", severity: "error", description: "A path is a directory or special file where a roadmap file was expected." },
  { id: "file-too-large", stage: "file", severity: "error", description: "A file is over the 64 MiB size limit." },
  { id: "unreadable-file", stage: "file", severity: "error", description: "A file could not be read (permissions, I/O error)." },
  { id: "binary-file", stage: "file", severity: "error", description: "A file contains NUL bytes: it is not YAML text." },
  { id: "empty-file", stage: "file", severity: "error", description: "A file is empty or holds only comments." },
  {
    id: "yaml-syntax",
    stage: "schema",
    severity: "error",
    description: "The YAML cannot be parsed (unclosed quotes or brackets, bad indentation, alias bombs).",
  },
  { id: "yaml-tab-indent", stage: "schema", severity: "error", description: "A tab is used for indentation, which YAML forbids." },
  { id: "duplicate-key", stage: "schema", severity: "error", description: "A mapping has the same key twice." },
  { id: "unknown-key", stage: "schema", severity: "error", description: "A key the format does not know (with a did-you-mean hint); `x-*` keys are allowed." },
  { id: "missing-key", stage: "schema", severity: "error", description: "A required key, such as `title`, is missing." },
  { id: "invalid-type", stage: "schema", severity: "error", description: "A value of the wrong type: text where a list is expected, a number where text is." },
  { id: "invalid-value", stage: "schema", severity: "error", description: "A value outside the allowed set or range (status, priority, weekday, URL)." },
  { id: "invalid-date", stage: "schema", severity: "error", description: "A date that is not a real calendar date `YYYY-MM-DD`." },
  { id: "invalid-span", stage: "schema", severity: "error", description: "A `when` span or KPI target key that does not parse or ends before it starts." },
  { id: "invalid-length", stage: "schema", severity: "error", description: "A `duration` or review cycle that is not a length like `3d`, `2w`, `2-3w`." },
  { id: "invalid-progress", stage: "schema", severity: "error", description: "A `progress` outside 0%–100% (or 0..1)." },
  { id: "invalid-money", stage: "schema", severity: "error", description: "An amount that is negative or has more than two decimals." },
  {
    id: "invalid-id",
    stage: "schema",
    severity: "error",
    description: "An id with characters other than letters, digits, `-`, `_`, `.`, or with the form of a span.",
  },
  { id: "duplicate-id", stage: "schema", severity: "error", description: "Two items (or risks, KPIs, budgets) with the same explicit id." },
  {
    id: "unknown-ref",
    stage: "schema",
    severity: "error",
    description: "An id in `after`, `affects`, a KPI target key or a budget `phase` that names no item.",
  },
  { id: "self-dependency", stage: "schema", severity: "error", description: "An item that comes `after` itself." },
  {
    id: "unknown-rule",
    stage: "schema",
    severity: "error",
    description: "Lint settings (`.roadmaprc.yaml` or a roadmap's `lint:` key) name a rule that does not exist or cannot be configured.",
  },
];

/** Every rule, in the order of the stages. */
export const ruleCatalog: RuleInfo[] = [
  ...loadRules,
  ...rules.map((r): RuleInfo => ({ id: r.id, severity: r.severity, description: r.description, stage: "plan" })),
];

/** Ids whose severity configuration may change (the plan rules); file and schema problems are always errors. */
export const configurableRuleIds = new Set(rules.map((r) => r.id));

/** The stable top-level fields of the JSON plan (cli.md "The plan as JSON"). */
export const STABLE_PLAN_FIELDS = [
  "title",
  "asOf",
  "start",
  "finish",
  "bestCaseFinish",
  "progress",
  "expectedProgress",
  "schedule",
  "items",
  "criticalPath",
  "risks",
  "kpis",
  "budgets",
];

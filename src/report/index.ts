export { buildReport } from "./build-report.js";
export type { Report, OverdueEntry } from "./report.js";
export { attentionList, type AttentionEntry } from "./attention-list.js";
export { KpiVerdict, kpiVerdict } from "./kpi-verdict.js";
export { budgetTotals, type CurrencyTotals } from "./budget-totals.js";
export { currentPhases, nextItems } from "./current-phases.js";
export { isOpen } from "./is-open.js";

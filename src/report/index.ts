export { buildReport } from "./build-report.js";
export type { Report, OverdueEntry } from "./report.js";
export { attentionList, type AttentionEntry } from "./attention-list.js";
export { KpiVerdict, kpiVerdict } from "./kpi-verdict.js";
export { budgetTotals, type CurrencyTotals } from "./budget-totals.js";
export { currentPhases, nextItems, openPhases } from "./current-phases.js";
export { criticalPhases, topLevelOf } from "./critical-phases.js";
export { countLevels, rankRisks } from "./rank-risks.js";
export { isOpen } from "./is-open.js";

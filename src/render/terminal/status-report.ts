import type { Report } from "../../report/report.js";
import type { TerminalContext } from "./context.js";
import { blockedSection } from "./status/blocked-section.js";
import { budgetSection } from "./status/budget-section.js";
import { criticalSection } from "./status/critical-section.js";
import { header } from "./status/header.js";
import { kpisSection } from "./status/kpis-section.js";
import { overdueSection } from "./status/overdue-section.js";
import { phasesSection } from "./status/phases-section.js";
import { progressBlock } from "./status/progress-block.js";
import { risksSection } from "./status/risks-section.js";
import { upcomingSection } from "./status/upcoming-section.js";

/** The status report of one roadmap: its sections (src/render/terminal/status/) separated by blank lines; empty ones left out. */
export function statusReport(report: Report, ctx: TerminalContext): string {
  const blocks = [
    header(report, ctx),
    progressBlock(report, ctx),
    phasesSection(report, ctx),
    overdueSection(report, ctx),
    blockedSection(report, ctx),
    upcomingSection(report, ctx),
    criticalSection(report, ctx),
    risksSection(report, ctx),
    kpisSection(report, ctx),
    budgetSection(report, ctx),
  ].filter((b) => b.length > 0);
  return `${blocks.map((b) => b.join("\n")).join("\n\n")}\n`;
}

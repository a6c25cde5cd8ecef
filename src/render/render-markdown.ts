import type { Locale } from "date-fns";
import type { Plan } from "../plan/types.js";
import { buildReport } from "../report/build-report.js";
import { labelsFor } from "../report/i18n/labels-for.js";
import { defaultDateLocale } from "./dates.js";
import { budgetsSection } from "./markdown/budgets-section.js";
import type { MarkdownContext } from "./markdown/context.js";
import { footer } from "./markdown/footer.js";
import { freeSections } from "./markdown/free-sections.js";
import { kpisSection } from "./markdown/kpis-section.js";
import { mermaidGantt } from "./markdown/mermaid-gantt.js";
import { overviewSection } from "./markdown/overview-section.js";
import { phasesSection } from "./markdown/phases-section.js";
import { risksSection } from "./markdown/risks-section.js";
import { statusSection } from "./markdown/status-section.js";
import { sanitizeStrings } from "./text/sanitize-strings.js";

export interface RenderMarkdownOptions {
  /** date-fns locale for dates (the CLI loads the roadmap's `locale`); English by default. */
  dateLocale?: Locale;
  /** Who made the report, for the footer: `roadmap-kit 0.1.0`. */
  generator?: string;
  /**
   * The report's language: a code `labelsFor` takes (`ru`, `pt-BR`, `zh-CN` …);
   * default the roadmap's `locale`, then English.
   */
  lang?: string;
}

/**
 * The plan as one GitHub-flavoured Markdown document to commit next to the
 * roadmap and review in pull requests: overview, status as of the plan's
 * date, a Mermaid gantt of the computed schedule, phases with their task
 * lists, milestones, risks, KPIs, budgets, free sections and a footer.
 * The facts are the report model's (`buildReport`); this only formats them.
 * Every word is in the report's language (`lang`, else the roadmap's
 * `locale`). Pure and byte-for-byte stable: the same plan gives the same
 * text on any machine (every format names its language, never the
 * machine's locale or time zone), and the only date not taken from the
 * roadmap is the as-of date. Every string of
 * the plan is cleaned first (`sanitizeStrings`); Markdown fields are made
 * safe to publish (`markdownBody`), plain text is escaped (`escapeMarkdown`).
 */
export function renderMarkdown(input: Plan, options: RenderMarkdownOptions = {}): string {
  const plan = sanitizeStrings(input);
  const report = buildReport(plan);
  const t = labelsFor(options.lang ?? plan.roadmap.locale);
  const ctx: MarkdownContext = { report, plan, locale: options.dateLocale ?? defaultDateLocale, t, repository: plan.roadmap.repository };
  const gantt = mermaidGantt(plan, ctx.locale, t);
  const blocks = [
    ...overviewSection(ctx),
    ...statusSection(ctx),
    `## ${t.section.timeline}`,
    gantt ?? `_${t.report.nothingScheduled}_`,
    ...phasesSection(ctx),
    ...risksSection(ctx),
    ...kpisSection(ctx),
    ...budgetsSection(ctx),
    ...freeSections(ctx),
    ...footer(ctx, options.generator ?? "roadmap-kit"),
  ];
  return `${blocks.filter((b) => b !== "").join("\n\n")}\n`;
}

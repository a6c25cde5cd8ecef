import type { History } from "../compare/types.js";
import type { Plan } from "../plan/types.js";
import { buildReport } from "../report/build-report.js";
import { defaultDateLocale, type Locale } from "./dates.js";
import { attentionSection } from "./html/attention-section.js";
import { budgetsSection } from "./html/budgets-section.js";
import { escapeHtml } from "./html/escape-html.js";
import { forecastSection } from "./html/forecast-section.js";
import { historySection } from "./html/history-section.js";
import { historyStyles } from "./html/history-styles.js";
import { createHtmlContext } from "./html/html-context.js";
import { kpisSection } from "./html/kpis-section.js";
import { labels } from "./html/labels.js";
import { freeSections, outcomesSection } from "./html/notes-section.js";
import { milestonesSection, phasesSection } from "./html/phases-section.js";
import { plainTitle } from "./html/plain-title.js";
import { reportHeader } from "./html/report-header.js";
import { risksSection } from "./html/risks-section.js";
import { sha256Base64 } from "./html/sha256-base64.js";
import { reportStyles } from "./html/styles.js";
import { summaryCards } from "./html/summary-cards.js";
import { timelineSection } from "./html/timeline-section.js";
import { sanitizeStrings } from "./text/sanitize-strings.js";

export interface RenderHtmlOptions {
  /** date-fns locale for dates (the CLI loads the roadmap's `locale`); English by default. */
  dateLocale?: Locale;
  /** Named in the footer and the generator meta tag, e.g. `roadmap-kit 0.1.0`. */
  generator?: string;
  /** The plan's committed versions (`planHistory`): adds the finish-over-time and milestone trend charts. */
  history?: History;
}

/** The CSP for a page whose one stylesheet is `styles`. */
const cspOf = (styles: string) => `default-src 'none'; style-src 'sha256-${sha256Base64(styles)}'; img-src data:; base-uri 'none'; form-action 'none'`;

/**
 * The Content-Security-Policy of the report: nothing from the network, no
 * scripts, no plugins, no frames, no forms; only the inline stylesheet (by
 * hash) and data: images (the favicon).
 */
export const reportCsp = cspOf(reportStyles);

/** The escaped `<title>` content, at most 70 characters of source (html-validate's long-title rule). */
function documentTitle(title: string): string {
  const full = escapeHtml(labels.pageTitle(plainTitle(title)));
  if (full.length <= 70) return full;
  const chars = [...plainTitle(title)];
  let n = chars.length;
  while (n > 0 && escapeHtml(chars.slice(0, n).join("").trimEnd() + "…").length > 70) n--;
  return escapeHtml(chars.slice(0, n).join("").trimEnd() + "…");
}

/**
 * The plan as one self-contained HTML page: inline CSS and SVG, no scripts,
 * nothing loaded from the network. Every string of the plan (and history) is
 * cleaned first (`sanitizeStrings`), then escaped; Markdown fields go through
 * `safeMarkdown`. The facts are the report model's (`buildReport`): this
 * only formats them. Pure: the same plan and options give the same bytes.
 */
export function renderHtml(input: Plan, options: RenderHtmlOptions = {}): string {
  const plan = sanitizeStrings(input);
  const ctx = createHtmlContext(buildReport(plan), options.dateLocale ?? defaultDateLocale);
  const generator = options.generator ?? "roadmap-kit";

  const sections: [string, string, string][] = [
    ["attention", labels.nav.attention, attentionSection(ctx)],
    ["timeline", labels.nav.timeline, timelineSection(ctx)],
    ["forecast", labels.nav.forecast, forecastSection(ctx)],
    ["history", labels.nav.history, options.history ? historySection(sanitizeStrings(options.history), ctx) : ""],
    ["phases", labels.nav.phases, phasesSection(ctx)],
    ["milestones", labels.nav.milestones, milestonesSection(ctx)],
    ["risks", labels.nav.risks, risksSection(ctx)],
    ["kpis", labels.nav.kpis, kpisSection(ctx)],
    ["budgets", labels.nav.budgets, budgetsSection(ctx)],
    ["outcomes", labels.nav.outcomes, outcomesSection(ctx)],
  ];
  const present = sections.filter(([, , html]) => html !== "");
  const extra = freeSections(ctx);
  const nav =
    `<nav class="toc" aria-label="${labels.sections}"><ul>` +
    present.map(([id, label]) => `<li><a href="#${id}">${label}</a></li>`).join("") +
    (extra ? `<li><a href="#section-1">${labels.nav.notes}</a></li>` : "") +
    `</ul></nav>`;

  return `<!DOCTYPE html>
<html lang="${escapeHtml(ctx.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(options.history ? cspOf(reportStyles + historyStyles) : reportCsp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="generator" content="${escapeHtml(generator)}">
<title>${documentTitle(plan.title)}</title>
<link rel="icon" href="data:,">
<style>${options.history ? reportStyles + historyStyles : reportStyles}</style>
</head>
<body>
<div class="page">
${reportHeader(ctx)}
${nav}
<main id="main">
${summaryCards(ctx)}
${present.map(([, , html]) => html).join("\n")}
${extra}
</main>
<footer class="report-footer"><span>${escapeHtml(labels.plannedAsOf(ctx.day(plan.asOf)))}</span><span>${escapeHtml(labels.generatedBy(generator))}</span></footer>
</div>
</body>
</html>
`;
}

import type { History } from "../compare/types.js";
import type { Plan } from "../plan/types.js";
import { buildReport } from "../report/build-report.js";
import type { Labels } from "../report/i18n/labels.js";
import { defaultDateLocale, type Locale } from "./dates.js";
import { attentionSection } from "./html/attention-section.js";
import { budgetsSection } from "./html/budgets-section.js";
import { escapeHtml } from "./html/escape-html.js";
import { forecastSection } from "./html/forecast-section.js";
import { historySection } from "./html/history-section.js";
import { historyStyles } from "./html/history-styles.js";
import { createHtmlContext } from "./html/html-context.js";
import { kpisSection } from "./html/kpis-section.js";
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
  /**
   * The report's language: a code `labelsFor` takes (`ru`, `pt-BR`, `zh-CN` …);
   * default the roadmap's `locale`, then English. Every word, `<html lang>`,
   * numbers and percentages follow it.
   */
  lang?: string;
}

/** The CSP for a page whose one stylesheet is `styles`. */
const cspOf = (styles: string) => `default-src 'none'; style-src 'sha256-${sha256Base64(styles)}'; img-src data:; base-uri 'none'; form-action 'none'`;

/**
 * The Content-Security-Policy of the report: nothing from the network, no
 * scripts, no plugins, no frames, no forms; only the inline stylesheet (by
 * hash) and data: images (the favicon).
 */
export const reportCsp = cspOf(reportStyles);

/** The longest `<title>` content (html-validate's long-title rule). */
const TITLE_MAX = 70;

/**
 * The escaped `<title>` content, at most 70 characters: the title alone, cut
 * at a code point with `…`, when the page title is longer. The escaped length
 * of each cut is a running sum (the title is already clean, so it escapes a
 * character at a time), so a long title is read only as far as fits.
 */
function documentTitle(title: string, t: Labels): string {
  const full = escapeHtml(t.report.pageTitle({ title: plainTitle(title) }));
  if (full.length <= TITLE_MAX) return full;
  const plain = plainTitle(title);
  let end = 0;
  let escaped = 0;
  // where the title is cut: after its last non-space that fits with the `…` (spaces before a cut are dropped)
  let cut = 0;
  for (const c of plain) {
    end += c.length;
    escaped += escapeHtml(c).length;
    if (c.trim() === "") continue;
    if (escaped + 1 > TITLE_MAX) break;
    cut = end;
  }
  return escapeHtml(plain.slice(0, cut) + "…");
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
  const ctx = createHtmlContext(buildReport(plan), options.dateLocale ?? defaultDateLocale, options.lang);
  const { t } = ctx;
  const generator = options.generator ?? "roadmap-kit";

  const sections: [string, string, string][] = [
    ["attention", t.section.attention, attentionSection(ctx)],
    ["timeline", t.section.timeline, timelineSection(ctx)],
    ["forecast", t.section.forecast, forecastSection(ctx)],
    ["history", t.section.history, options.history ? historySection(sanitizeStrings(options.history), ctx) : ""],
    ["phases", t.section.phases, phasesSection(ctx)],
    ["milestones", t.section.milestones, milestonesSection(ctx)],
    ["risks", t.section.risks, risksSection(ctx)],
    ["kpis", t.section.kpis, kpisSection(ctx)],
    ["budgets", t.section.budgets, budgetsSection(ctx)],
    ["outcomes", t.section.outcomes, outcomesSection(ctx)],
  ];
  const present = sections.filter(([, , html]) => html !== "");
  const extra = freeSections(ctx);
  const nav =
    `<nav class="toc" aria-label="${escapeHtml(t.report.contents)}"><ul>` +
    present.map(([id, label]) => `<li><a href="#${id}">${escapeHtml(label)}</a></li>`).join("") +
    (extra ? `<li><a href="#section-1">${escapeHtml(t.section.notes)}</a></li>` : "") +
    `</ul></nav>`;

  return `<!DOCTYPE html>
<html lang="${escapeHtml(t.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(options.history ? cspOf(reportStyles + historyStyles) : reportCsp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="generator" content="${escapeHtml(generator)}">
<title>${documentTitle(plan.title, t)}</title>
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
<footer class="report-footer"><span>${escapeHtml(t.report.plannedAsOf({ date: ctx.day(plan.asOf) }))}</span><span>${escapeHtml(t.report.generatedBy({ generator }))}</span></footer>
</div>
</body>
</html>
`;
}

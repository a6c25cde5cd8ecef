import type { PlannedKpi } from "../../plan/types.js";
import type { KpiVerdict } from "../../report/kpi-verdict.js";
import { escapeHtml } from "./escape-html.js";
import type { HtmlContext } from "./html-context.js";
import { kpiChart } from "./kpi-chart.js";
import { labels, verdictLook } from "./labels.js";
import { htmlTitle } from "./plain-title.js";
import { safeMarkdown } from "./safe-markdown.js";
import { verdictBadge } from "./status-badge.js";

const words = labels.kpis;

function withUnit(value: number | null, kpi: PlannedKpi, ctx: HtmlContext): string {
  if (value === null) return "—";
  return escapeHtml(`${ctx.number(value)}${kpi.unit ? ` ${kpi.unit}` : ""}`);
}

function dueText(kpi: PlannedKpi, ctx: HtmlContext): string {
  if (kpi.due === null) return "—";
  return `${withUnit(kpi.due, kpi, ctx)}${kpi.dueDate ? ` <span class="muted">${escapeHtml(words.by(ctx.day(kpi.dueDate)))}</span>` : ""}`;
}

function nextText(kpi: PlannedKpi, ctx: HtmlContext): string {
  if (!kpi.next) return "—";
  return `${withUnit(kpi.next.value, kpi, ctx)}${kpi.next.date ? ` <span class="muted">${escapeHtml(words.by(ctx.day(kpi.next.date)))}</span>` : ""}`;
}

function card(kpi: PlannedKpi, verdict: KpiVerdict, ctx: HtmlContext): string {
  const facts: string[] = [];
  if (kpi.baseline !== null) facts.push(`${words.baseline} ${withUnit(kpi.baseline, kpi, ctx)}`);
  if (kpi.next) facts.push(`${words.next} ${nextText(kpi, ctx)}`);
  if (kpi.final !== null) facts.push(`${words.final} ${withUnit(kpi.final, kpi, ctx)}${kpi.meetsFinal ? " ✓" : ""}`);
  facts.push(words.better[kpi.better]);
  const progress = kpi.progress === null ? "" : `<span class="kpi-progress">${words.progress(ctx.percent(kpi.progress))}</span>`;
  const current = kpi.current === null ? "—" : escapeHtml(ctx.number(kpi.current));
  return (
    `<article class="kpi-card" id="${ctx.anchor("kpi", kpi.id)}"><h3>${htmlTitle(kpi.title)}</h3>` +
    `<p class="kpi-now"><span class="kpi-value">${current}</span>${kpi.unit && kpi.current !== null ? `<span class="kpi-unit">${escapeHtml(kpi.unit)}</span>` : ""} ${verdictBadge(verdict)}</p>` +
    (kpi.due !== null ? `<p class="kpi-due">${words.dueTarget} ${dueText(kpi, ctx)}</p>` : "") +
    `<div class="kpi-chart">${kpiChart(kpi, ctx)}</div>` +
    `<p class="kpi-facts">${facts.join('<span class="dot" aria-hidden="true"> · </span>')}</p>${progress}` +
    (kpi.kpi.notes ? `<div class="md small">${safeMarkdown(kpi.kpi.notes, { headingOffset: 4 })}</div>` : "") +
    `</article>`
  );
}

/** One card per KPI (value, the report's verdict, small chart) and the table with the same numbers. */
export function kpisSection(ctx: HtmlContext): string {
  const { kpis, kpiVerdicts: counts } = ctx.report;
  if (kpis.length === 0) return "";
  const rows = kpis.map(
    ({ kpi: k, verdict }) =>
      `<tr><th scope="row"><a href="#${ctx.anchor("kpi", k.id)}">${htmlTitle(k.title)}</a></th><td>${k.better}</td>` +
      `<td class="num">${withUnit(k.baseline, k, ctx)}</td><td class="num">${withUnit(k.current, k, ctx)}</td>` +
      `<td class="num">${dueText(k, ctx)}</td><td>${verdictLook[verdict].short}</td>` +
      `<td class="num">${nextText(k, ctx)}</td><td class="num">${withUnit(k.final, k, ctx)}</td>` +
      `<td class="num">${k.progress === null ? "—" : ctx.percent(k.progress)}</td></tr>`,
  );
  const legend =
    `<ul class="legend kpi-legend">` +
    `<li><svg class="legend-swatch" viewBox="0 0 14 14" width="14" height="14" aria-hidden="true"><circle class="k-baseline-swatch" cx="7" cy="7" r="4"/></svg><span>${words.baseline}</span></li>` +
    `<li><svg class="legend-swatch" viewBox="0 0 14 14" width="14" height="14" aria-hidden="true"><circle class="k-current-swatch" cx="7" cy="7" r="4.5"/></svg><span>${words.current}</span></li>` +
    `<li><svg class="legend-swatch" viewBox="0 0 14 14" width="14" height="14" aria-hidden="true"><path class="k-target-swatch" d="M7,1.5L12.5,7L7,12.5L1.5,7Z"/></svg><span>${words.target}</span></li>` +
    `<li><svg class="legend-swatch" viewBox="0 0 28 14" width="28" height="14" aria-hidden="true"><line class="k-plan" x1="1" y1="7" x2="27" y2="7"/></svg><span>${words.plannedPath}</span></li>` +
    `</ul>`;
  return (
    `<section id="kpis" class="section"><h2>${labels.nav.kpis}</h2>` +
    `<p class="section-lead">${words.lead(kpis.length, counts.meets, counts.misses, counts["no-value"] + counts["not-due"])}</p>` +
    legend +
    `<div class="kpi-grid">${kpis.map(({ kpi, verdict }) => card(kpi, verdict, ctx)).join("")}</div>` +
    `<details class="data-table"><summary>${words.table}</summary><div class="table-scroll"><table><thead lang="en"><tr><th scope="col">${words.kpi}</th><th scope="col">${words.betterColumn}</th><th scope="col" class="num">${words.baselineColumn}</th><th scope="col" class="num">${words.currentColumn}</th><th scope="col" class="num">${words.dueTarget}</th><th scope="col">${words.verdict}</th><th scope="col" class="num">${words.nextTarget}</th><th scope="col" class="num">${words.finalTarget}</th><th scope="col" class="num">${words.progressColumn}</th></tr></thead>` +
    `<tbody>${rows.join("")}</tbody></table></div></details></section>`
  );
}

import type { PlannedKpi } from "../../plan/types.js";
import { escapeHtml } from "./escape-html.js";
import type { HtmlContext } from "./html-context.js";
import { kpiChart } from "./kpi-chart.js";
import { htmlTitle } from "./plain-title.js";
import { safeMarkdown } from "./safe-markdown.js";

function withUnit(value: number | null, kpi: PlannedKpi, ctx: HtmlContext): string {
  if (value === null) return "—";
  return escapeHtml(`${ctx.number(value)}${kpi.unit ? ` ${kpi.unit}` : ""}`);
}

function verdict(kpi: PlannedKpi): string {
  if (kpi.meets === true) return `<span class="badge k-met"><span aria-hidden="true">✓</span> Meets target</span>`;
  if (kpi.meets === false) return `<span class="badge k-missed"><span aria-hidden="true">✗</span> Misses target</span>`;
  if (kpi.current === null) return `<span class="badge k-none">No current value</span>`;
  return `<span class="badge k-none">No target due yet</span>`;
}

function dueText(kpi: PlannedKpi, ctx: HtmlContext): string {
  if (kpi.due === null) return "—";
  return `${withUnit(kpi.due, kpi, ctx)}${kpi.dueDate ? ` <span class="muted">by ${escapeHtml(ctx.day(kpi.dueDate))}</span>` : ""}`;
}

function nextText(kpi: PlannedKpi, ctx: HtmlContext): string {
  if (!kpi.next) return "—";
  return `${withUnit(kpi.next.value, kpi, ctx)}${kpi.next.date ? ` <span class="muted">by ${escapeHtml(ctx.day(kpi.next.date))}</span>` : ""}`;
}

function card(kpi: PlannedKpi, ctx: HtmlContext): string {
  const facts: string[] = [];
  if (kpi.baseline !== null) facts.push(`Baseline ${withUnit(kpi.baseline, kpi, ctx)}`);
  if (kpi.next) facts.push(`Next ${nextText(kpi, ctx)}`);
  if (kpi.final !== null) facts.push(`Final ${withUnit(kpi.final, kpi, ctx)}${kpi.meetsFinal ? " ✓" : ""}`);
  facts.push(`${kpi.better === "lower" ? "Lower" : "Higher"} is better`);
  const progress = kpi.progress === null ? "" : `<span class="kpi-progress">${ctx.percent(kpi.progress)} of the way to the final target</span>`;
  const current = kpi.current === null ? "—" : escapeHtml(ctx.number(kpi.current));
  return (
    `<article class="kpi-card" id="${ctx.anchor("kpi", kpi.id)}"><h3>${htmlTitle(kpi.title)}</h3>` +
    `<p class="kpi-now"><span class="kpi-value">${current}</span>${kpi.unit && kpi.current !== null ? `<span class="kpi-unit">${escapeHtml(kpi.unit)}</span>` : ""} ${verdict(kpi)}</p>` +
    (kpi.due !== null ? `<p class="kpi-due">Due target ${dueText(kpi, ctx)}</p>` : "") +
    `<div class="kpi-chart">${kpiChart(kpi, ctx)}</div>` +
    `<p class="kpi-facts">${facts.join('<span class="dot" aria-hidden="true"> · </span>')}</p>${progress}` +
    (kpi.kpi.notes ? `<div class="md small">${safeMarkdown(kpi.kpi.notes, { headingOffset: 4 })}</div>` : "") +
    `</article>`
  );
}

/** One card per KPI (value, verdict, small chart) and the table with the same numbers. */
export function kpisSection(ctx: HtmlContext): string {
  const { kpis } = ctx.plan;
  if (kpis.length === 0) return "";
  const met = kpis.filter((k) => k.meets === true).length;
  const missed = kpis.filter((k) => k.meets === false).length;
  const rows = kpis.map(
    (k) =>
      `<tr><th scope="row"><a href="#${ctx.anchor("kpi", k.id)}">${htmlTitle(k.title)}</a></th><td>${k.better}</td>` +
      `<td class="num">${withUnit(k.baseline, k, ctx)}</td><td class="num">${withUnit(k.current, k, ctx)}</td>` +
      `<td class="num">${dueText(k, ctx)}</td><td>${k.meets === null ? "—" : k.meets ? "✓ met" : "✗ missed"}</td>` +
      `<td class="num">${nextText(k, ctx)}</td><td class="num">${withUnit(k.final, k, ctx)}</td>` +
      `<td class="num">${k.progress === null ? "—" : ctx.percent(k.progress)}</td></tr>`,
  );
  const legend =
    `<ul class="legend kpi-legend">` +
    `<li><svg class="legend-swatch" viewBox="0 0 14 14" width="14" height="14" aria-hidden="true"><circle class="k-baseline-swatch" cx="7" cy="7" r="4"/></svg><span>Baseline</span></li>` +
    `<li><svg class="legend-swatch" viewBox="0 0 14 14" width="14" height="14" aria-hidden="true"><circle class="k-current-swatch" cx="7" cy="7" r="4.5"/></svg><span>Current (as of date)</span></li>` +
    `<li><svg class="legend-swatch" viewBox="0 0 14 14" width="14" height="14" aria-hidden="true"><path class="k-target-swatch" d="M7,1.5L12.5,7L7,12.5L1.5,7Z"/></svg><span>Target; ✓ met, ✗ missed once due</span></li>` +
    `<li><svg class="legend-swatch" viewBox="0 0 28 14" width="28" height="14" aria-hidden="true"><line class="k-plan" x1="1" y1="7" x2="27" y2="7"/></svg><span>Planned path</span></li>` +
    `</ul>`;
  return (
    `<section id="kpis" class="section"><h2>KPIs</h2>` +
    `<p class="section-lead">${kpis.length} ${kpis.length === 1 ? "indicator" : "indicators"}: ${met} meeting the target due, ${missed} missing it, ${kpis.length - met - missed} with no verdict yet.</p>` +
    legend +
    `<div class="kpi-grid">${kpis.map((k) => card(k, ctx)).join("")}</div>` +
    `<details class="data-table"><summary>KPIs as a table</summary><div class="table-scroll"><table><thead lang="en"><tr><th scope="col">KPI</th><th scope="col">Better</th><th scope="col" class="num">Baseline</th><th scope="col" class="num">Current</th><th scope="col" class="num">Due target</th><th scope="col">Verdict</th><th scope="col" class="num">Next target</th><th scope="col" class="num">Final target</th><th scope="col" class="num">Progress</th></tr></thead>` +
    `<tbody>${rows.join("")}</tbody></table></div></details></section>`
  );
}

import type { PlannedKpi } from "../../plan/types.js";
import type { KpiVerdict } from "../../report/kpi-verdict.js";
import { escapeHtml } from "./escape-html.js";
import type { HtmlContext } from "./html-context.js";
import { kpiChart } from "./kpi-chart.js";
import { htmlTitle } from "./plain-title.js";
import { safeMarkdown } from "./safe-markdown.js";
import { verdictBadge, verdictShort } from "./status-badge.js";

function withUnit(value: number | null, kpi: PlannedKpi, ctx: HtmlContext): string {
  if (value === null) return "—";
  return escapeHtml(`${ctx.number(value)}${kpi.unit ? ` ${kpi.unit}` : ""}`);
}

function dueText(kpi: PlannedKpi, ctx: HtmlContext): string {
  if (kpi.due === null) return "—";
  return `${withUnit(kpi.due, kpi, ctx)}${kpi.dueDate ? ` <span class="muted">${escapeHtml(ctx.t.when.by({ date: ctx.day(kpi.dueDate) }))}</span>` : ""}`;
}

function nextText(kpi: PlannedKpi, ctx: HtmlContext): string {
  if (!kpi.next) return "—";
  return `${withUnit(kpi.next.value, kpi, ctx)}${kpi.next.date ? ` <span class="muted">${escapeHtml(ctx.t.when.by({ date: ctx.day(kpi.next.date) }))}</span>` : ""}`;
}

function card(kpi: PlannedKpi, verdict: KpiVerdict, ctx: HtmlContext): string {
  const { t } = ctx;
  // The values are HTML (escaped, with markup); the catalogue's text around them holds none.
  const facts: string[] = [];
  if (kpi.baseline !== null) facts.push(t.kpi.baseline({ value: withUnit(kpi.baseline, kpi, ctx) }));
  if (kpi.next) facts.push(t.kpi.next({ value: nextText(kpi, ctx) }));
  if (kpi.final !== null) facts.push(t.kpi.final({ value: `${withUnit(kpi.final, kpi, ctx)}${kpi.meetsFinal ? " ✓" : ""}` }));
  facts.push(escapeHtml(t.capitalize(kpi.better === "lower" ? t.kpi.lowerIsBetter : t.kpi.higherIsBetter)));
  const progress = kpi.progress === null ? "" : `<span class="kpi-progress">${escapeHtml(t.kpi.towardsFinal({ percent: ctx.percent(kpi.progress) }))}</span>`;
  const current = kpi.current === null ? "—" : escapeHtml(ctx.number(kpi.current));
  return (
    `<article class="kpi-card" id="${ctx.anchor("kpi", kpi.id)}"><h3>${htmlTitle(kpi.title)}</h3>` +
    `<p class="kpi-now"><span class="kpi-value">${current}</span>${kpi.unit && kpi.current !== null ? `<span class="kpi-unit">${escapeHtml(kpi.unit)}</span>` : ""} ${verdictBadge(t, verdict)}</p>` +
    (kpi.due !== null ? `<p class="kpi-due">${t.kpi.dueTarget({ value: dueText(kpi, ctx) })}</p>` : "") +
    `<div class="kpi-chart">${kpiChart(kpi, ctx)}</div>` +
    `<p class="kpi-facts">${facts.join('<span class="dot" aria-hidden="true"> · </span>')}</p>${progress}` +
    (kpi.kpi.notes ? `<div class="md small">${safeMarkdown(kpi.kpi.notes, { headingOffset: 4 })}</div>` : "") +
    `</article>`
  );
}

/** One card per KPI (value, the report's verdict, small chart) and the table with the same numbers. */
export function kpisSection(ctx: HtmlContext): string {
  const { t } = ctx;
  const { kpis, kpiVerdicts: counts } = ctx.report;
  if (kpis.length === 0) return "";
  const rows = kpis.map(
    ({ kpi: k, verdict }) =>
      `<tr><th scope="row"><a href="#${ctx.anchor("kpi", k.id)}">${htmlTitle(k.title)}</a></th><td>${escapeHtml(t.kpi[k.better])}</td>` +
      `<td class="num">${withUnit(k.baseline, k, ctx)}</td><td class="num">${withUnit(k.current, k, ctx)}</td>` +
      `<td class="num">${dueText(k, ctx)}</td><td>${verdictShort(t, verdict)}</td>` +
      `<td class="num">${nextText(k, ctx)}</td><td class="num">${withUnit(k.final, k, ctx)}</td>` +
      `<td class="num">${k.progress === null ? "—" : escapeHtml(ctx.percent(k.progress))}</td></tr>`,
  );
  const item = (swatch: string, text: string) => `<li>${swatch}<span>${escapeHtml(text)}</span></li>`;
  const legend =
    `<ul class="legend kpi-legend">` +
    item(
      `<svg class="legend-swatch" viewBox="0 0 14 14" width="14" height="14" aria-hidden="true"><circle class="k-baseline-swatch" cx="7" cy="7" r="4"/></svg>`,
      t.kpi.baselineLegend,
    ) +
    item(
      `<svg class="legend-swatch" viewBox="0 0 14 14" width="14" height="14" aria-hidden="true"><circle class="k-current-swatch" cx="7" cy="7" r="4.5"/></svg>`,
      t.kpi.currentLegend,
    ) +
    item(
      `<svg class="legend-swatch" viewBox="0 0 14 14" width="14" height="14" aria-hidden="true"><path class="k-target-swatch" d="M7,1.5L12.5,7L7,12.5L1.5,7Z"/></svg>`,
      t.kpi.targetLegend,
    ) +
    item(
      `<svg class="legend-swatch" viewBox="0 0 28 14" width="28" height="14" aria-hidden="true"><line class="k-plan" x1="1" y1="7" x2="27" y2="7"/></svg>`,
      t.kpi.planLegend,
    ) +
    `</ul>`;
  const words = t.column;
  const head = (text: string, num = false) => `<th scope="col"${num ? ' class="num"' : ""}>${escapeHtml(text)}</th>`;
  const summary = t.kpi.summary(kpis.length, { met: counts.meets, missed: counts.misses, open: counts["no-value"] + counts["not-due"] });
  return (
    `<section id="kpis" class="section"><h2>${escapeHtml(t.section.kpis)}</h2>` +
    `<p class="section-lead">${escapeHtml(summary)}</p>` +
    legend +
    `<div class="kpi-grid">${kpis.map(({ kpi, verdict }) => card(kpi, verdict, ctx)).join("")}</div>` +
    `<details class="data-table"><summary>${escapeHtml(t.kpi.asTable)}</summary><div class="table-scroll"><table><thead><tr>${head(words.kpi)}${head(words.better)}${head(words.baseline, true)}${head(words.current, true)}${head(words.dueTarget, true)}${head(words.verdict)}${head(words.nextTarget, true)}${head(words.finalTarget, true)}${head(words.progress, true)}</tr></thead>` +
    `<tbody>${rows.join("")}</tbody></table></div></details></section>`
  );
}

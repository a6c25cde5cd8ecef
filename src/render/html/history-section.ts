import type { History } from "../../compare/types.js";
import { historyHeadline } from "../history/history-words.js";
import { sanitizeStrings } from "../text/sanitize-strings.js";
import { escapeHtml } from "./escape-html.js";
import { finishTrendChart } from "./finish-trend-chart.js";
import type { HtmlContext } from "./html-context.js";
import { chartedTrends, milestoneTrendChart, SERIES_COLOURS } from "./milestone-trend-chart.js";
import { htmlTitle } from "./plain-title.js";

const swatch = (cls: string) =>
  `<svg class="legend-swatch" viewBox="0 0 28 14" width="28" height="14" aria-hidden="true"><line class="${cls}" x1="1" y1="7" x2="27" y2="7"/></svg>`;

function versionsTable(history: History, ctx: HtmlContext): string {
  const rows = history.versions.map((v) => {
    const commit = `<code>${escapeHtml(v.commit.slice(0, 7))}</code>${v.subject ? ` ${escapeHtml(v.subject)}` : ""}`;
    if (v.error !== undefined) {
      return `<tr><th scope="row">${escapeHtml(ctx.day(v.date))}</th><td>${commit}</td><td colspan="5">Does not parse: ${escapeHtml(v.error)}</td></tr>`;
    }
    const day = (iso: string | null) => (iso === null ? "—" : escapeHtml(ctx.day(iso)));
    return (
      `<tr><th scope="row">${escapeHtml(ctx.day(v.date))}</th><td>${commit}</td><td class="num">${day(v.finish)}</td><td class="num">${day(v.bestCaseFinish)}</td>` +
      `<td class="num">${day(v.due)}</td><td class="num">${ctx.percent(v.progress ?? 0)} <span class="muted">(${ctx.percent(v.expectedProgress ?? 0)})</span></td>` +
      `<td class="num">${v.items} <span class="muted">(${v.done})</span></td></tr>`
    );
  });
  return (
    `<details class="data-table"><summary>Versions as a table</summary><div class="table-scroll"><table>` +
    `<thead><tr><th scope="col">Version date</th><th scope="col">Commit</th><th scope="col" class="num">Finish</th><th scope="col" class="num">Best case</th>` +
    `<th scope="col" class="num">Due</th><th scope="col" class="num">Progress (expected)</th><th scope="col" class="num">Items (done)</th></tr></thead>` +
    `<tbody>${rows.join("")}</tbody></table></div></details>`
  );
}

function trendTable(history: History, ctx: HtmlContext): string {
  const trends = chartedTrends(history);
  const versions = history.versions.filter((v) => v.error === undefined);
  const head = trends.map((m) => `<th scope="col" class="num">${htmlTitle(m.title)}</th>`).join("");
  const rows = versions.map((v, i) => {
    const cells = trends.map((m) => {
      const planned = m.dates[i]?.planned ?? null;
      return `<td class="num">${planned === null ? "—" : escapeHtml(ctx.day(planned))}</td>`;
    });
    return `<tr><th scope="row">${escapeHtml(ctx.day(v.date))} <code>${escapeHtml(v.commit.slice(0, 7))}</code></th>${cells.join("")}</tr>`;
  });
  return (
    `<details class="data-table"><summary>Milestone trend as a table</summary><div class="table-scroll"><table>` +
    `<thead><tr><th scope="col">Report date</th>${head}</tr></thead><tbody>${rows.join("")}</tbody></table></div></details>`
  );
}

/**
 * The plan over time (`render --format html --history`): the headline, the
 * finish by version and the milestone trend analysis, each an SVG chart
 * with a legend and the same data in a table. Every string of the history
 * (titles, commit subjects, errors) is cleaned, then escaped. Empty without
 * versions. In English whatever the report's language (`lang="en"` on the
 * section), as the history's words (`historyHeadline`) are.
 */
export function historySection(input: History, ctx: HtmlContext): string {
  const history = sanitizeStrings(input);
  if (history.versions.length === 0) return "";
  const finish = finishTrendChart(history, ctx);
  const trend = milestoneTrendChart(history, ctx);
  const trends = chartedTrends(history);
  const finishLegend =
    `<ul class="legend">` +
    `<li>${swatch("h-finish")}<span>Planned finish</span></li>` +
    `<li>${swatch("h-best")}<span>Best case</span></li>` +
    `<li>${swatch("h-due")}<span>Due date</span></li>` +
    `</ul>`;
  const trendLegend =
    `<ul class="legend">` +
    trends.map((m, i) => `<li class="mta-series hs-${i % SERIES_COLOURS}">${swatch("mta-line")}<span>${htmlTitle(m.title)}</span></li>`).join("") +
    `<li>${swatch("h-diagonal")}<span>Planned date = report date</span></li>` +
    `</ul>`;
  return (
    `<section id="history" class="section" lang="en"><h2>Plan over time</h2>` +
    `<p class="section-lead">${escapeHtml(historyHeadline(history))}</p>` +
    (finish
      ? `<figure class="history-figure"><figcaption>Planned finish by version</figcaption>${finishLegend}<div class="chart-scroll">${finish}</div></figure>`
      : "") +
    versionsTable(history, ctx) +
    (trend
      ? `<figure class="history-figure"><figcaption>Milestone trend</figcaption>${trendLegend}<div class="chart-scroll">${trend}</div></figure>` +
        trendTable(history, ctx)
      : "") +
    `</section>`
  );
}

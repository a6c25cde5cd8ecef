import { chancePercent } from "../chance-percent.js";
import { escapeHtml } from "./escape-html.js";
import { forecastChart, sharePercent } from "./forecast-chart.js";
import type { HtmlContext } from "./html-context.js";
import { sentences } from "./sentences.js";

/**
 * The finish forecast, when the estimate ranges make the finish uncertain:
 * P50, P80, P95 and the chance of the due date in words, the distribution
 * as a chart, and the same numbers as a table. Nothing otherwise.
 */
export function forecastSection(ctx: HtmlContext): string {
  const { report, t } = ctx;
  const words = t.forecast;
  const f = report.forecast;
  if (!report.uncertainFinish || f === null) return "";
  const lead = [
    words.lead({ p50: ctx.day(f.p50), p80: ctx.day(f.p80), p95: ctx.day(f.p95) }),
    report.due !== null && f.dueProbability !== null ? words.dueChance({ percent: chancePercent(f.dueProbability, t.percent), date: ctx.day(report.due) }) : "",
    f.exact ? words.exact(f.runs) : words.sampled(f.runs, { seed: String(f.seed) }),
  ].filter(Boolean);
  const marks = new Map<string, string[]>();
  for (const [name, date] of [
    ["P50", f.p50],
    ["P80", f.p80],
    ["P95", f.p95],
  ] as const)
    marks.set(date, [...(marks.get(date) ?? []), name]);
  let cumulative = 0;
  const rows = f.distribution.map((d) => {
    cumulative += d.share;
    return (
      `<tr><th scope="row" class="num">${escapeHtml(ctx.day(d.date))}</th><td class="num">${escapeHtml(sharePercent(d.share, ctx))}</td>` +
      `<td class="num">${escapeHtml(sharePercent(cumulative, ctx))}</td><td>${marks.get(d.date)?.join(" · ") ?? ""}</td></tr>`
    );
  });
  return (
    `<section id="forecast" class="section"><h2>${escapeHtml(words.heading)}</h2>` +
    `<p class="section-lead">${escapeHtml(sentences(lead, t))}</p>` +
    `<figure class="forecast-figure">${forecastChart(f, report.due, ctx)}</figure>` +
    `<details class="data-table"><summary>${escapeHtml(words.table)}</summary><div class="table-scroll"><table><caption class="sr-only">${escapeHtml(words.caption)}</caption>` +
    `<thead><tr><th scope="col" class="num">${escapeHtml(t.column.finish)}</th><th scope="col" class="num">${escapeHtml(words.share)}</th><th scope="col" class="num">${escapeHtml(words.byThen)}</th><th scope="col">${escapeHtml(words.mark)}</th></tr></thead>` +
    `<tbody>${rows.join("")}</tbody></table></div></details></section>`
  );
}

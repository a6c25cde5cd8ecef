/**
 * The styles of the plan-over-time charts (`render --history`), part of the
 * report's one stylesheet. Series colours come from the category palette
 * through `--series`, so light, dark and print themes apply.
 */
export const historyStyles = `
/* Plan over time */
.history-figure { margin: 0 0 8px; }
.history-figure + .data-table { margin-bottom: 22px; }
.history-figure figcaption { font-weight: 600; margin-bottom: 8px; }
.history-svg { display: block; width: 100%; min-width: 560px; height: auto; font-family: var(--font); background: var(--surface); border: 1px solid var(--line); border-radius: var(--radius); }
.h-grid { stroke: var(--line); stroke-width: 1; }
.h-axis { stroke: var(--line-strong); stroke-width: 1; }
.h-tick { font-size: 10.5px; fill: var(--muted); }
.h-label { font-size: 11px; font-weight: 600; fill: var(--muted); }
.h-finish { fill: none; stroke: var(--accent); stroke-width: 2; }
.h-best { fill: none; stroke: var(--done); stroke-width: 1.5; stroke-dasharray: 5 3; }
.h-due { stroke: var(--critical); stroke-width: 1.5; stroke-dasharray: 2 3; }
.h-diagonal { stroke: var(--faint); stroke-width: 1.5; stroke-dasharray: 6 4; }
.h-finish-point circle { fill: var(--accent); stroke: var(--surface); stroke-width: 1.5; }
.h-best-point circle { fill: var(--surface); stroke: var(--done); stroke-width: 1.5; }
.h-broken path { fill: none; stroke: var(--critical); stroke-width: 2; }
.mta-series { --series: var(--cat-0); }
.hs-1 { --series: var(--cat-1); } .hs-2 { --series: var(--cat-2); } .hs-3 { --series: var(--cat-3); }
.hs-4 { --series: var(--cat-4); } .hs-5 { --series: var(--cat-5); } .hs-6 { --series: var(--cat-6); } .hs-7 { --series: var(--cat-7); }
.mta-line { fill: none; stroke: var(--series); stroke-width: 2; }
.mta-point { fill: var(--series); stroke: var(--surface); stroke-width: 1; }
@media print {
  .history-svg { min-width: 0; break-inside: avoid; }
  .history-figure { break-inside: avoid; }
}
`;

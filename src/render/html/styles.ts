/**
 * The report's stylesheet: one inline <style>, allowed by its hash in the
 * CSP. Light and dark themes through `prefers-color-scheme`, a print sheet
 * (A4 and Letter: charts scale to the page, no bar is cut), and a layout
 * that reflows down to a phone (charts scroll sideways there).
 */
export const reportStyles = `
:root {
  color-scheme: light dark;
  --bg: #f5f6f8;
  --surface: #ffffff;
  --surface-2: #f8f9fb;
  --text: #1c2128;
  --muted: #5e6773;
  --faint: #8b94a0;
  --line: #e4e7ec;
  --line-strong: #cdd2da;
  --accent: #2f5bd3;
  --accent-soft: #e9eefb;
  --done: #2e8555;
  --done-soft: #dcefe3;
  --progress: #2f5bd3;
  --progress-soft: #d9e2f8;
  --todo: #8a939f;
  --todo-soft: #e7eaee;
  --blocked: #b26b00;
  --blocked-soft: #fbecd2;
  --critical: #c2362f;
  --critical-soft: #fbe1df;
  --today: #d9480f;
  --off: #eef0f3;
  --holiday: #f6e7d8;
  --lvl-low: #e3f1e7;
  --lvl-medium: #fbf1d2;
  --lvl-high: #fbdfcb;
  --lvl-critical: #f6cfcd;
  --cat-0: #3b63c9;
  --cat-1: #2a9d8f;
  --cat-2: #e0a030;
  --cat-3: #8e5bb5;
  --cat-4: #d1603d;
  --cat-5: #5b8c3a;
  --cat-6: #c2477f;
  --cat-7: #6b7785;
  --shadow: 0 1px 2px rgb(16 24 40 / 5%), 0 1px 3px rgb(16 24 40 / 6%);
  --radius: 10px;
  --font: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Liberation Sans", Arial, sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Noto Color Emoji";
  --mono: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0f1318;
    --surface: #161b22;
    --surface-2: #1b212a;
    --text: #e5e9ef;
    --muted: #9aa5b3;
    --faint: #6f7a88;
    --line: #2a313b;
    --line-strong: #3a4350;
    --accent: #7ea2ff;
    --accent-soft: #1d2940;
    --done: #4cc385;
    --done-soft: #173a29;
    --progress: #6f96ff;
    --progress-soft: #1e2d4d;
    --todo: #7d8895;
    --todo-soft: #262d37;
    --blocked: #e7a640;
    --blocked-soft: #3b2d14;
    --critical: #ff7b72;
    --critical-soft: #43201f;
    --today: #ff8a4c;
    --off: #222936;
    --holiday: #3a2c1a;
    --lvl-low: #17372a;
    --lvl-medium: #3a3217;
    --lvl-high: #45291a;
    --lvl-critical: #4d1f20;
    --cat-0: #6f93ff;
    --cat-1: #3dbfae;
    --cat-2: #e8b04a;
    --cat-3: #b389e0;
    --cat-4: #ee8160;
    --cat-5: #86bb5c;
    --cat-6: #e575a8;
    --cat-7: #97a3b1;
    --shadow: none;
  }
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0;
  background: var(--bg);
  color: var(--text);
  font: 15px/1.55 var(--font);
  font-feature-settings: "tnum" 1;
  overflow-wrap: break-word;
}
a { color: var(--accent); text-decoration: none; }
a:hover { text-decoration: underline; }
a:focus-visible, summary:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; border-radius: 3px; }
code { overflow-wrap: anywhere; font-family: var(--mono); font-size: 0.88em; background: var(--surface-2); border: 1px solid var(--line); border-radius: 4px; padding: 0 0.25em; }
pre { background: var(--surface-2); border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; overflow-x: auto; }
pre code { border: 0; padding: 0; background: none; }
[id] { scroll-margin-top: 64px; }
.sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.muted { color: var(--muted); }
.small { font-size: 13px; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }

.page { max-width: 1160px; margin: 0 auto; padding: 40px 32px 64px; }

/* Header */
.report-header { margin-bottom: 24px; }
.eyebrow { margin: 0 0 6px; font-size: 12px; font-weight: 600; letter-spacing: 0.08em; text-transform: uppercase; color: var(--accent); }
h1 { font-size: 32px; line-height: 1.2; font-weight: 700; letter-spacing: -0.015em; margin: 0 0 12px; }
.lead { color: var(--muted); font-size: 16px; max-width: 78ch; }
.lead p { margin: 0 0 8px; }
.lead ul { margin: 4px 0 8px; padding-left: 20px; }
.meta { display: flex; flex-wrap: wrap; gap: 10px 28px; margin: 18px 0 0; padding: 14px 0 0; border-top: 1px solid var(--line); }
.meta div { min-width: 0; }
.meta dt { font-size: 11.5px; text-transform: uppercase; letter-spacing: 0.06em; color: var(--faint); font-weight: 600; }
.meta dd { margin: 2px 0 0; font-size: 14px; }
.dd-sub { display: block; font-size: 12.5px; color: var(--muted); }

/* Navigation */
.toc { position: sticky; top: 0; z-index: 2; margin: 0 -32px 8px; padding: 10px 32px; background: var(--bg); border-bottom: 1px solid var(--line); }
.toc ul { display: flex; flex-wrap: wrap; gap: 4px 6px; margin: 0; padding: 0; list-style: none; }
.toc a { display: inline-block; padding: 3px 10px; border-radius: 999px; color: var(--muted); font-size: 13.5px; font-weight: 500; }
.toc a:hover { background: var(--accent-soft); color: var(--accent); text-decoration: none; }

/* Summary cards */
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(170px, 1fr)); gap: 12px; margin: 8px 0 12px; }
.card { background: var(--surface); border: 1px solid var(--line); border-radius: var(--radius); padding: 14px 16px; box-shadow: var(--shadow); min-width: 0; }
.card-label { margin: 0; font-size: 12px; font-weight: 600; color: var(--muted); text-transform: uppercase; letter-spacing: 0.05em; }
.card-value { margin: 4px 0 2px; font-size: 22px; font-weight: 700; letter-spacing: -0.01em; line-height: 1.25; overflow-wrap: anywhere; }
.card-value .badge { font-size: 15px; padding: 3px 10px; vertical-align: middle; }
.card-of { font-size: 16px; font-weight: 500; color: var(--muted); }
.card-detail { margin: 4px 0 0; font-size: 13px; color: var(--muted); }
.meter { display: block; width: 100%; height: 10px; margin: 6px 0 2px; }
.meter-track { fill: var(--todo-soft); }
.meter-fill { fill: var(--progress); }
.meter-expected { fill: var(--text); }

/* Sections */
.section { margin-top: 40px; }
.section > h2 { font-size: 22px; font-weight: 700; letter-spacing: -0.01em; margin: 0 0 14px; padding-bottom: 8px; border-bottom: 1px solid var(--line); }
h3 { font-size: 17px; line-height: 1.35; margin: 0; }
h3.sub { margin: 28px 0 10px; font-size: 16px; }
h4 { font-size: 12px; text-transform: uppercase; letter-spacing: 0.06em; color: var(--muted); margin: 0 0 6px; }
.section-lead { color: var(--muted); margin: -4px 0 12px; }
.md p { margin: 0 0 10px; }
.md > :last-child { margin-bottom: 0; }
.md ul, .md ol { padding-left: 22px; margin: 0 0 10px; }
.md h3, .md h4, .md h5, .md h6 { margin: 16px 0 8px; }
.md h4, .md h5, .md h6 { font-size: 14px; text-transform: none; letter-spacing: 0; color: var(--text); }
.md blockquote { margin: 0 0 10px; padding: 2px 14px; border-left: 3px solid var(--line-strong); color: var(--muted); }
.md-check { display: inline-block; width: 1.1em; color: var(--faint); }
.md-check.is-done { color: var(--done); }
.prose .md { max-width: 80ch; }

/* Badges and flags */
.badge { display: inline-flex; align-items: center; gap: 4px; padding: 1px 8px; border-radius: 999px; font-size: 12px; font-weight: 600; line-height: 1.6; white-space: nowrap; background: var(--todo-soft); color: var(--muted); }
.badge.s-done { background: var(--done-soft); color: var(--done); }
.badge.s-in-progress { background: var(--progress-soft); color: var(--progress); }
.badge.s-blocked { background: var(--blocked-soft); color: var(--blocked); }
.badge.s-cancelled { text-decoration: line-through; }
.badge.sched-ahead { background: var(--done-soft); color: var(--done); }
.badge.sched-on-track { background: var(--progress-soft); color: var(--progress); }
.badge.sched-behind { background: var(--critical-soft); color: var(--critical); }
.badge.lvl-low { background: var(--lvl-low); color: var(--text); }
.badge.lvl-medium { background: var(--lvl-medium); color: var(--text); }
.badge.lvl-high { background: var(--lvl-high); color: var(--text); }
.badge.lvl-critical { background: var(--lvl-critical); color: var(--text); }
.badge.k-met { background: var(--done-soft); color: var(--done); }
.badge.k-missed { background: var(--critical-soft); color: var(--critical); }
.flag { display: inline-block; margin-left: 2px; padding: 0 6px; border-radius: 4px; font-size: 10.5px; font-weight: 700; line-height: 1.6; text-transform: uppercase; letter-spacing: 0.05em; white-space: nowrap; color: var(--muted); background: var(--surface-2); }
.flag.f-overdue { background: var(--critical-soft); }
.flag.f-late, .flag.f-blocked { background: var(--blocked-soft); }
.flag.f-critical { background: none; padding: 0 2px; }
.flag.f-critical::before { content: "▲ "; font-size: 9px; }
.flag.f-critical, .flag.f-overdue { color: var(--critical); }
.flag.f-late, .flag.f-blocked { color: var(--blocked); }
.flag.f-upcoming { color: var(--accent); }

/* Needs attention */
.att-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(250px, 1fr)); gap: 12px; }
.att { background: var(--surface); border: 1px solid var(--line); border-left-width: 4px; border-radius: var(--radius); padding: 12px 16px; box-shadow: var(--shadow); }
.att h3 { font-size: 14px; margin-bottom: 6px; }
.att .count { display: inline-block; min-width: 22px; padding: 0 6px; border-radius: 999px; background: var(--surface-2); border: 1px solid var(--line); font-size: 12px; text-align: center; }
.att ul { margin: 0; padding-left: 18px; font-size: 13.5px; }
.att li { margin: 2px 0; }
.att-overdue { border-left-color: var(--critical); }
.att-blocked, .att-late { border-left-color: var(--blocked); }
.att-upcoming { border-left-color: var(--accent); }
.att-problems { margin-top: 12px; border-left-color: var(--critical); }

/* Legends */
.legend { display: flex; flex-wrap: wrap; gap: 6px 18px; margin: 0 0 12px; padding: 0; list-style: none; font-size: 12.5px; color: var(--muted); }
.legend li { display: inline-flex; align-items: center; gap: 6px; }
.legend-swatch { flex: none; overflow: visible; }

/* Gantt */
.chart-scroll { overflow-x: auto; -webkit-overflow-scrolling: touch; }
.gantt-stack { background: var(--surface); border: 1px solid var(--line); border-radius: var(--radius); overflow: hidden; min-width: 880px; box-shadow: var(--shadow); }
.gantt-svg { display: block; width: 100%; height: auto; font-family: var(--font); }
.g-axis-bg { fill: var(--surface-2); }
.g-axis-line { stroke: var(--line-strong); stroke-width: 1; }
.g-band { font-size: 11px; font-weight: 600; fill: var(--text); }
.g-band-edge { stroke: var(--line-strong); stroke-width: 1; }
.g-tick { font-size: 10.5px; fill: var(--muted); }
.g-zebra { fill: var(--surface-2); }
.g-grid { stroke: var(--line); stroke-width: 1; }
.g-grid.is-major { stroke: var(--line-strong); }
.g-divider { stroke: var(--line-strong); stroke-width: 1; }
.g-off { fill: var(--off); }
.g-off.is-holiday { fill: var(--holiday); }
.g-holiday-mark { fill: var(--blocked); }
.g-today { stroke: var(--today); stroke-width: 1.5; stroke-dasharray: 4 3; }
.g-today-tag { fill: var(--today); }
.g-today-text { font-size: 10.5px; font-weight: 600; fill: #fff; }
.g-label { font-size: 12px; fill: var(--text); }
.g-label.is-strong { font-weight: 600; }
.g-value { font-size: 11px; fill: var(--muted); }
.g-item.is-overdue .g-value { fill: var(--critical); font-weight: 600; }
.g-track { fill: var(--todo-soft); stroke: var(--todo); stroke-width: 1; }
.g-fill { fill: var(--todo); }
.g-item.s-in-progress .g-track { fill: var(--progress-soft); stroke: var(--progress); }
.g-item.s-in-progress .g-fill { fill: var(--progress); }
.g-item.s-done .g-track { fill: var(--done-soft); stroke: var(--done); }
.g-item.s-done .g-fill { fill: var(--done); }
.g-item.s-blocked .g-track { fill: var(--blocked-soft); stroke: var(--blocked); stroke-dasharray: 3 2; stroke-width: 1.5; }
.g-item.s-blocked .g-fill { fill: var(--blocked); }
.g-summary { stroke-width: 0; fill: var(--line-strong); }
.g-item .g-summary + .g-fill { fill: var(--text); opacity: 0.75; }
.g-cap { fill: var(--muted); }
.g-crit { fill: none; stroke: var(--critical); stroke-width: 1.6; }
.g-ms { fill: var(--text); stroke: var(--surface); stroke-width: 1.5; }
.g-item.s-done .g-ms { fill: var(--done); }
.g-item.is-critical .g-ms { fill: var(--critical); }
.g-arrow path { fill: none; stroke: var(--faint); stroke-width: 1.1; }
.g-arrow polygon { fill: var(--faint); }
.g-arrow.is-external path { stroke-dasharray: 3 2; }
.g-arrow.is-critical path { stroke: var(--critical); stroke-width: 1.6; }
.g-arrow.is-critical polygon { fill: var(--critical); }

.phase-charts { display: grid; grid-template-columns: minmax(0, 1fr); gap: 8px; }
.phase-chart { min-width: 0; border: 1px solid var(--line); border-radius: var(--radius); background: var(--surface); }
.phase-chart > summary { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 12px; padding: 10px 14px; cursor: pointer; list-style-position: inside; }
.phase-chart > summary::marker { color: var(--faint); }
.pc-title { font-weight: 600; }
.pc-meta { color: var(--muted); font-size: 13px; flex: 1 1 auto; }
.phase-chart[open] > summary { border-bottom: 1px solid var(--line); }
.phase-chart .chart-scroll { padding: 0; }
.phase-chart .gantt-stack { border: 0; border-radius: 0 0 var(--radius) var(--radius); box-shadow: none; }

/* Tables */
.table-scroll { overflow-x: auto; -webkit-overflow-scrolling: touch; }
table { width: 100%; border-collapse: collapse; font-size: 13.5px; background: var(--surface); }
caption { text-align: left; }
th, td { padding: 7px 10px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
thead th { font-size: 11.5px; text-transform: uppercase; letter-spacing: 0.05em; color: var(--muted); font-weight: 600; background: var(--surface-2); border-bottom: 1px solid var(--line-strong); }
tbody th { font-weight: 500; }
tfoot th { font-weight: 500; text-align: right; color: var(--muted); }
tfoot tr.is-total th, tfoot tr.is-total td { font-weight: 700; color: var(--text); }
tr.is-muted { color: var(--muted); }
.md-table { margin-bottom: 10px; }
.md-table .align-right { text-align: right; }
.md-table .align-center { text-align: center; }
.indent-1 { padding-left: 24px; } .indent-2 { padding-left: 38px; } .indent-3 { padding-left: 52px; }
.indent-4 { padding-left: 66px; } .indent-5 { padding-left: 80px; } .indent-6 { padding-left: 94px; }
.data-table { margin-top: 14px; }
.data-table > summary { cursor: pointer; color: var(--accent); font-size: 14px; font-weight: 500; padding: 4px 0; }
.data-table[open] > summary { margin-bottom: 8px; }
.data-table table { border: 1px solid var(--line); }

/* Phases */
.phase { background: var(--surface); border: 1px solid var(--line); border-radius: var(--radius); padding: 18px 20px; margin-bottom: 14px; box-shadow: var(--shadow); }
.phase-head { display: flex; flex-wrap: wrap; align-items: baseline; justify-content: space-between; gap: 6px 12px; }
.phase-head h3 { font-size: 18px; }
.phase-num { display: inline-block; min-width: 26px; height: 26px; margin-right: 6px; border-radius: 7px; background: var(--accent-soft); color: var(--accent); font-size: 13px; font-weight: 700; line-height: 26px; text-align: center; vertical-align: 2px; }
.phase-badges { display: flex; flex-wrap: wrap; align-items: center; gap: 4px; }
.phase-meta { margin: 6px 0 8px; font-size: 13.5px; color: var(--muted); }
.phase-progress { display: flex; align-items: center; gap: 12px; max-width: 460px; font-size: 13px; color: var(--muted); margin-bottom: 10px; }
.phase-progress .meter { flex: 1 1 auto; margin: 0; }
.phase-progress span { white-space: nowrap; }
.goal { font-size: 15px; margin: 0 0 12px; }
.notes { font-size: 14px; color: var(--muted); margin: 10px 0; padding-left: 12px; border-left: 3px solid var(--line); }
.phase-lists { display: grid; grid-template-columns: repeat(auto-fit, minmax(240px, 1fr)); gap: 8px 28px; margin: 8px 0 6px; }
.checklist { list-style: none; margin: 0 0 8px; padding: 0; font-size: 14px; }
.checklist li { position: relative; margin: 3px 0; padding-left: 1.6em; }
.checklist .ck { position: absolute; left: 0; width: 1.1em; text-align: center; color: var(--faint); font-weight: 700; }
.checklist .is-done .ck { color: var(--done); }
.refs { font-size: 13px; color: var(--muted); margin: 6px 0; }
.refs-label { font-size: 11px; font-weight: 600; text-transform: uppercase; letter-spacing: 0.06em; margin-right: 4px; color: var(--faint); }
.tasks { margin-top: 12px; border-top: 1px solid var(--line); padding-top: 8px; }
.tasks > summary { cursor: pointer; font-weight: 600; font-size: 14px; padding: 4px 0; }
.tree { list-style: none; margin: 4px 0 0; padding: 0; }
.tree .tree { padding-left: 22px; border-left: 1px solid var(--line); margin-left: 7px; }
.task { margin: 0; padding: 3px 0; }
.task-line { display: flex; flex-wrap: wrap; align-items: baseline; gap: 2px 8px; font-size: 14px; }
.task .st { flex: none; width: 1.1em; text-align: center; color: var(--todo); font-weight: 700; }
.task.s-done > .task-line .st { color: var(--done); }
.task.s-in-progress > .task-line .st { color: var(--progress); }
.task.s-blocked > .task-line .st { color: var(--blocked); }
.task.s-cancelled > .task-line .task-title { text-decoration: line-through; color: var(--muted); }
.task-meta { color: var(--muted); font-size: 12.5px; }
.task-extra { margin: 2px 0 4px 1.6em; font-size: 13px; color: var(--muted); }
.task-extra .md p { margin: 0 0 4px; }
.task-extra .checklist { font-size: 13px; margin: 0; }
.mini-list { display: flex; gap: 8px; align-items: baseline; }
.mini-list > ul { min-width: 0; }
.mini-label { flex: none; font-size: 11px; font-weight: 600; text-transform: uppercase; letter-spacing: 0.05em; color: var(--faint); }
.dot { color: var(--faint); }
.tag { display: inline-block; padding: 0 6px; border-radius: 4px; background: var(--accent-soft); color: var(--accent); font-size: 11.5px; line-height: 1.6; }
.tag::before { content: "#"; opacity: 0.6; }
.ms-glyph { color: var(--accent); }

/* Risks */
.risk-layout { display: flex; flex-wrap: wrap; gap: 16px 32px; align-items: flex-start; margin-bottom: 16px; }
.risk-matrix { margin: 0; flex: 0 1 560px; min-width: 0; }
.rm-axes { display: flex; align-items: stretch; gap: 6px; }
.rm-y { writing-mode: vertical-rl; transform: rotate(180deg); text-align: center; font-size: 11.5px; font-weight: 600; color: var(--muted); letter-spacing: 0.05em; text-transform: uppercase; }
.risk-matrix table { table-layout: fixed; border-collapse: separate; border-spacing: 4px; background: none; font-size: 12.5px; }
.risk-matrix caption { font-size: 12.5px; color: var(--muted); caption-side: bottom; padding-top: 6px; }
.risk-matrix thead th { background: none; border: 0; text-align: center; padding: 2px; }
.risk-matrix tbody th { width: 70px; border: 0; font-size: 11.5px; text-transform: uppercase; letter-spacing: 0.05em; color: var(--muted); font-weight: 600; vertical-align: middle; }
.rm-corner { border: 0; width: 70px; }
.rm-cell { height: 72px; border: 0; border-radius: 6px; vertical-align: top; padding: 6px; }
.rm-cell.lvl-low { background: var(--lvl-low); }
.rm-cell.lvl-medium { background: var(--lvl-medium); }
.rm-cell.lvl-high { background: var(--lvl-high); }
.rm-cell.lvl-critical { background: var(--lvl-critical); }
.rm-score { display: block; font-size: 11px; color: var(--muted); font-weight: 600; }
.rm-level { font-weight: 500; }
.rm-chips { display: flex; flex-wrap: wrap; gap: 3px; margin-top: 4px; }
.rm-chip { display: inline-block; padding: 0 6px; border-radius: 5px; background: var(--surface); border: 1px solid var(--line-strong); color: var(--text); font-size: 11.5px; font-weight: 700; line-height: 1.7; }
.rm-chip.is-muted { font-weight: 500; color: var(--muted); border-style: dashed; }
.risk-aside { flex: 1 1 240px; }
.risk-table td.md { min-width: 220px; }
.risk-table .md p { margin: 0; }

/* KPIs */
.kpi-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 12px; }
.kpi-card { background: var(--surface); border: 1px solid var(--line); border-radius: var(--radius); padding: 14px 16px; box-shadow: var(--shadow); min-width: 0; }
.kpi-card h3 { font-size: 15px; }
.kpi-now { margin: 6px 0 0; display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 8px; }
.kpi-value { font-size: 26px; font-weight: 700; letter-spacing: -0.01em; }
.kpi-unit { color: var(--muted); font-size: 14px; margin-left: -4px; }
.kpi-due { margin: 2px 0 0; font-size: 13px; color: var(--muted); }
.kpi-chart { margin: 8px 0 4px; }
.forecast-figure { margin: 8px 0 4px; max-width: 720px; }
.forecast-svg { display: block; width: 100%; height: auto; font-family: var(--font); overflow: visible; }
.fc-bar rect { fill: var(--progress); }
.fc-grid { stroke: var(--line); stroke-width: 1; }
.fc-axis { stroke: var(--line-strong); stroke-width: 1; }
.fc-tick { font-size: 10px; fill: var(--muted); }
.fc-mark { stroke: var(--text); stroke-width: 1; }
.fc-due { stroke: var(--critical); stroke-width: 1.5; stroke-dasharray: 4 3; }
.fc-label { font-size: 10.5px; font-weight: 600; fill: var(--text); }
.fc-label.is-due { fill: var(--critical); }
.kpi-svg { display: block; width: 100%; height: auto; font-family: var(--font); overflow: visible; }
.kpi-facts { margin: 0; font-size: 12.5px; color: var(--muted); }
.kpi-progress { display: block; font-size: 12.5px; color: var(--muted); }
.kpi-card .md { margin-top: 6px; color: var(--muted); }
.k-grid { stroke: var(--line); stroke-width: 1; }
.k-axis { stroke: var(--line-strong); stroke-width: 1; }
.k-slot { stroke: var(--line-strong); stroke-dasharray: 2 3; }
.k-tick { font-size: 10px; fill: var(--muted); }
.k-today { stroke: var(--today); stroke-width: 1; stroke-dasharray: 3 3; }
.k-plan { fill: none; stroke: var(--faint); stroke-width: 1.5; stroke-dasharray: 4 3; }
.k-actual { stroke: var(--accent); stroke-width: 2; }
.k-baseline circle, .k-baseline-swatch { fill: var(--surface); stroke: var(--accent); stroke-width: 2; }
.k-current circle, .k-current-swatch { fill: var(--accent); stroke: var(--surface); stroke-width: 1.5; }
.k-value { font-size: 11px; font-weight: 700; fill: var(--text); }
.k-target path, .k-target-swatch { fill: var(--surface); stroke: var(--text); stroke-width: 1.5; }
.k-target.is-met path { fill: var(--done); stroke: var(--done); }
.k-target.is-missed path { fill: var(--critical); stroke: var(--critical); }
.k-mark { font-size: 11px; font-weight: 700; fill: var(--text); }
.k-target.is-met .k-mark { fill: var(--done); }
.k-target.is-missed .k-mark { fill: var(--critical); }

/* Budgets */
.budget-chart { margin: 0 0 18px; }
.budget-chart figcaption { font-weight: 600; margin-bottom: 8px; }
.budget-svg { display: block; width: 100%; min-width: 560px; height: auto; font-family: var(--font); }
.b-label { font-size: 12px; fill: var(--text); }
.b-track { fill: var(--surface-2); stroke: var(--line); }
.b-seg rect, .b-seg-swatch { fill: var(--cat-0); }
.b-seg-text { font-size: 10.5px; font-weight: 600; fill: #fff; }
.b-value { font-size: 12px; font-weight: 700; fill: var(--text); }
.cat-1 rect, .b-seg-swatch.cat-1 { fill: var(--cat-1); }
.cat-2 rect, .b-seg-swatch.cat-2 { fill: var(--cat-2); }
.cat-3 rect, .b-seg-swatch.cat-3 { fill: var(--cat-3); }
.cat-4 rect, .b-seg-swatch.cat-4 { fill: var(--cat-4); }
.cat-5 rect, .b-seg-swatch.cat-5 { fill: var(--cat-5); }
.cat-6 rect, .b-seg-swatch.cat-6 { fill: var(--cat-6); }
.cat-7 rect, .b-seg-swatch.cat-7 { fill: var(--cat-7); }
.budgets { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 460px), 1fr)); gap: 12px; }
.budget { background: var(--surface); border: 1px solid var(--line); border-radius: var(--radius); padding: 14px 16px; box-shadow: var(--shadow); min-width: 0; }
.budget-head { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: baseline; gap: 4px 12px; }
.budget-head h3 { font-size: 15px; }
.budget-total { margin: 0; }
.bt-value { font-size: 18px; font-weight: 700; }
.budget table { margin-top: 10px; font-size: 13px; }
.budget th, .budget td { padding: 5px 8px; }

footer.report-footer { margin-top: 56px; padding-top: 14px; border-top: 1px solid var(--line); font-size: 12.5px; color: var(--faint); display: flex; flex-wrap: wrap; justify-content: space-between; gap: 6px 16px; }

@media (max-width: 720px) {
  body { font-size: 14.5px; }
  .page { padding: 20px 14px 40px; }
  h1 { font-size: 25px; }
  .toc { margin: 0 -14px 8px; padding: 8px 14px; }
  .cards { grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 8px; }
  .card { padding: 12px; }
  .card-value { font-size: 20px; }
  .phase { padding: 14px; }
  .kpi-grid { grid-template-columns: minmax(0, 1fr); }
  .rm-cell { height: 56px; padding: 4px; }
  .risk-matrix tbody th, .rm-corner { width: 52px; }
}

@media print {
  @page { margin: 14mm 12mm; }
  :root {
    color-scheme: light;
    --bg: #fff; --surface: #fff; --surface-2: #f6f7f9; --text: #111; --muted: #4a525c; --faint: #6b737d;
    --line: #d9dde3; --line-strong: #bfc5ce; --accent: #1f4bbd; --accent-soft: #e9eefb;
    --done: #1f7a47; --done-soft: #dcefe3; --progress: #1f4bbd; --progress-soft: #d9e2f8;
    --todo: #7a838f; --todo-soft: #e7eaee; --blocked: #9a5c00; --blocked-soft: #fbecd2;
    --critical: #b3261e; --critical-soft: #fbe1df; --today: #c2410c; --off: #eef0f3; --holiday: #f6e7d8;
    --lvl-low: #e3f1e7; --lvl-medium: #fbf1d2; --lvl-high: #fbdfcb; --lvl-critical: #f6cfcd;
    --cat-0: #3b63c9; --cat-1: #2a9d8f; --cat-2: #e0a030; --cat-3: #8e5bb5; --cat-4: #d1603d; --cat-5: #5b8c3a; --cat-6: #c2477f; --cat-7: #6b7785;
    --shadow: none;
  }
  body { font-size: 10pt; background: #fff; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .page { max-width: none; padding: 0; }
  .toc, .data-table { display: none; }
  a { color: inherit; }
  .section { margin-top: 22px; }
  .section > h2, h3, h4 { break-after: avoid; }
  .card, .att, .kpi-card, .budget, .phase-head, .phase-progress, tr, .checklist li, .task-line, .risk-matrix, .budget-chart { break-inside: avoid; }
  .chart-scroll, .table-scroll { overflow: visible; }
  .gantt-stack { min-width: 0; border-radius: 0; overflow: visible; border: 0; }
  .gantt-svg { break-inside: avoid; }
  .budget-svg { min-width: 0; }
  details::details-content { content-visibility: visible; display: block; height: auto; }
  details > summary { list-style: none; }
  details > summary::marker, details > summary::-webkit-details-marker { display: none; content: ""; }
  .phase { box-shadow: none; break-inside: auto; }
  .cards { grid-template-columns: repeat(3, 1fr); }
}
`;

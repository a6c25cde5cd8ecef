import { stringify } from "yaml";

/** The global every payload would set if it ran. */
export const PWNED_FLAG = "__pwned";

/**
 * Script-injection payloads: script tags, event-handler attributes,
 * javascript: links and images (plain, mixed case, entity-encoded, split by
 * whitespace), SVG onload, attribute and element breakouts (</title>,
 * </style>, "> …), and Markdown-level tricks. Each sets `window.__pwned`.
 */
export const PAYLOADS = [
  `<script>window.${PWNED_FLAG}=1</script>`,
  `<img src=x onerror="window.${PWNED_FLAG}=2">`,
  `[click me](javascript:window.${PWNED_FLAG}=3)`,
  `<a href="javascript:window.${PWNED_FLAG}=4">link</a>`,
  `<svg onload="window.${PWNED_FLAG}=5"><circle r="1"/></svg>`,
  `<svg><script>window.${PWNED_FLAG}=6</script></svg>`,
  `"><img src=x onerror=window.${PWNED_FLAG}=7>`,
  `'><svg/onload=window.${PWNED_FLAG}=8>`,
  `</title><script>window.${PWNED_FLAG}=9</script>`,
  `</style><script>window.${PWNED_FLAG}=10</script>`,
  `</textarea></noscript><script>window.${PWNED_FLAG}=11</script>`,
  `![x](javascript:window.${PWNED_FLAG}=12)`,
  `[x](JaVaScRiPt:window.${PWNED_FLAG}=13)`,
  `[x](&#106;avascript:window.${PWNED_FLAG}=14)`,
  `[x](java\tscript:window.${PWNED_FLAG}=15)`,
  `<details open ontoggle="window.${PWNED_FLAG}=16">x</details>`,
  `<iframe srcdoc="<script>parent.${PWNED_FLAG}=17</script>"></iframe>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=window.${PWNED_FLAG}=18>`,
  `[ref]\n\n[ref]: javascript:window.${PWNED_FLAG}=19`,
  `<object data="javascript:window.${PWNED_FLAG}=20"></object>`,
  `<body onload="window.${PWNED_FLAG}=21">`,
  `<style>*{background:url("javascript:window.${PWNED_FLAG}=22")}</style>`,
  `<a href="data:text/html,<script>window.${PWNED_FLAG}=23</script>">data</a>`,
  `<![CDATA[<script>window.${PWNED_FLAG}=24</script>]]>`,
  `<form action="javascript:window.${PWNED_FLAG}=25"><button>go</button></form>`,
];

/** All payloads in one string, for one field. */
export function payload(prefix: string): string {
  return `${prefix} ${PAYLOADS.join(" ")}`;
}

/** One-line payload (titles, owners, units): the newline-free payloads only. */
function line(prefix: string): string {
  return `${prefix} ${PAYLOADS.filter((p) => !p.includes("\n")).join(" ")}`;
}

/**
 * A roadmap with a payload in every text field: titles, summary, goals,
 * notes, checklists, refs, owners, risk and KPI text, units, budget titles,
 * categories and currencies, section titles and bodies. (The locale is
 * checked against the known locale codes, so it stays `en`.)
 */
export function hostileRoadmapYaml(): string {
  const roadmap = {
    title: line("Title"),
    summary: payload("Summary"),
    owner: [line("Owner")],
    version: line("v"),
    updated: "2025-10-20",
    review: { every: "1w" },
    start: "2025-10-06",
    locale: "en",
    currency: `E"><script>window.${PWNED_FLAG}=101</script>`,
    repository: `https://example.com/"><script>window.${PWNED_FLAG}=102</script>`,
    calendar: { workdays: ["mon", "tue", "wed", "thu", "fri"], holidays: ["2025-10-08"] },
    deliverables: [line("Deliverable"), { title: line("Done deliverable"), done: true }],
    success: [line("Success")],
    notes: payload("Roadmap notes"),
    phases: [
      {
        id: "p1",
        title: line("Phase"),
        goal: payload("Goal"),
        notes: payload("Notes"),
        owner: line("Phase owner"),
        when: "2025-10-06..2025-10-24",
        deliverables: [line("Phase deliverable")],
        success: [{ title: line("Phase success"), done: false }],
        tags: [line("tag"), `"><script>window.${PWNED_FLAG}=105</script>`],
        refs: [`javascript:window.${PWNED_FLAG}=103`, `#1"><script>window.${PWNED_FLAG}=104</script>`, line("Ref")],
        tasks: [
          {
            id: "t1",
            title: line("Task"),
            duration: "3d",
            status: "in-progress",
            tags: [line("task tag")],
            priority: "high",
            due: "2025-10-07",
            goal: payload("Task goal"),
            notes: payload("Task notes"),
            deliverables: [line("Task deliverable")],
          },
          { id: "t2", title: line("Blocked task"), duration: "2d", status: "blocked", after: ["t1"], refs: ["PR #5"] },
          { id: "m1", title: line("Task milestone"), milestone: true, after: ["t2"] },
        ],
      },
      { id: "p2", title: line("Second phase"), duration: "1w" },
    ],
    milestones: [{ id: "m2", title: line("Milestone"), after: ["p2"], notes: payload("Milestone notes") }],
    risks: [
      {
        id: "r1",
        title: line("Risk"),
        probability: "high",
        impact: "critical",
        owner: line("Risk owner"),
        mitigation: payload("Mitigation"),
        notes: payload("Risk notes"),
        affects: ["t1"],
      },
      { id: "r2", title: line("Unscored risk") },
    ],
    kpis: [
      {
        id: "k1",
        title: line("KPI"),
        unit: line("unit"),
        better: "lower",
        baseline: 10,
        current: 8,
        targets: { "2025-10": 9, p2: 5 },
        target: 2,
        notes: payload("KPI notes"),
      },
    ],
    budgets: [
      {
        id: "b1",
        title: line("Budget"),
        phase: "p1",
        notes: payload("Budget notes"),
        items: [
          { title: line("Budget item"), category: line("Category"), amount: 100, per: "month", notes: payload("Item notes") },
          { title: line("One-off"), amount: 50, per: "once" },
        ],
        total: { per: "month", amount: 100 },
      },
    ],
    sections: [{ title: line("Section"), body: payload("Section body") }],
  };
  return stringify(roadmap, { lineWidth: 0 });
}

/**
 * Two versions of one roadmap for the diff tests: the base, and a head that
 * makes one change of every kind a diff reports.
 */
export const BASE = `title: Platform rewrite
start: 2026-01-05
due: 2026-03-06
calendar: { holidays: [2026-01-19] }
phases:
  - id: foundation
    title: Foundation
    tasks:
      - { id: api, title: API gateway, duration: 5d }
      - { id: jwt, title: JWT auth, duration: 3d, after: [api] }
      - { id: legacy-export, title: Legacy export, duration: 2d }
      - { id: cleanup, title: Cleanup, duration: 2d }
      - { id: ui, title: Admin UI, duration: 2d }
  - id: rollout
    title: Rollout
    tasks:
      - { id: docs, title: Docs, duration: 3d }
      - { id: pilot, title: Pilot, duration: 1w, after: [docs] }
      - { id: review, title: Security review, when: 2026-02-16..2026-02-18 }
milestones:
  - { id: ga, title: General availability, after: [rollout] }
risks:
  - { id: vendor, title: Vendor delay, probability: low, impact: high }
kpis:
  - { id: latency, title: p95 latency, unit: ms, better: lower, baseline: 300, current: 250, target: 100 }
budgets:
  - id: cloud
    title: Cloud
    currency: EUR
    items: [{ title: VMs, amount: 1000, per: month }]
`;

/** The head: a longer API task (its slip runs through \`after\` and the sequential phases to the finish), a task done, one added, one removed, one cancelled, a renamed title, a moved pin, a re-scored risk, a new KPI value, a bigger budget. */
export const HEAD = BASE.replace("{ id: api, title: API gateway, duration: 5d }", "{ id: api, title: API gateway, duration: 8d }")
  .replace("{ id: ui, title: Admin UI, duration: 2d }", "{ id: ui, title: Admin UI, duration: 2d, status: done }")
  .replace("      - { id: legacy-export, title: Legacy export, duration: 2d }\n", "      - { id: sso, title: Single sign-on, duration: 2d }\n")
  .replace("{ id: cleanup, title: Cleanup, duration: 2d }", "{ id: cleanup, title: Cleanup, duration: 2d, status: cancelled }")
  .replace("{ id: docs, title: Docs, duration: 3d }", "{ id: docs, title: Documentation, duration: 3d }")
  .replace("when: 2026-02-16..2026-02-18", "when: 2026-02-23..2026-02-25")
  .replace("probability: low, impact: high", "probability: high, impact: high")
  .replace("current: 250", "current: 200")
  .replace("amount: 1000", "amount: 1200");

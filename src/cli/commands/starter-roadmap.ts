import { schemaModeline } from "../../schema/schema-modeline.js";

/** The roadmap `roadmap init` writes: small, valid, and showing the main features. */
export function starterRoadmap(options: { today: string; schemaPath: string }): string {
  const { today, schemaPath } = options;
  return `${schemaModeline(schemaPath)}
# A roadmap kept as code. Check it with \`roadmap lint\`, see it with \`roadmap status\`.
# Format reference: the roadmap-kit README.
title: My Project Roadmap
summary: |
  What we are building and why, in a few lines of **Markdown**.
owner: Your Name
updated: ${today}
review: { every: 2w }        # lint warns when \`updated\` is older than this
start: ${today}              # week 1 starts here; relative spans count from it
locale: en
currency: USD

phases:
  - id: discovery
    title: Discovery
    goal: Know what to build
    tasks:
      - { title: Interview users, duration: 3d }
      - { title: Write the design doc, duration: 2-4d }   # a range: planned uses 4d, best case 2d
  - id: build
    title: Build
    tasks:
      - id: api
        title: API
        duration: 2w
      - id: ui
        title: Web UI
        duration: 1-2w
        after: [api]
    deliverables:
      - Public beta

milestones:
  - { id: beta, title: Public beta, after: [build] }

risks:
  - id: scope
    title: Scope grows during the build
    probability: medium
    impact: high
    mitigation: Freeze the scope at the end of discovery
    affects: [build]

kpis:
  - id: signups
    title: Beta sign-ups
    better: higher
    baseline: 0
    current: 0
    targets: { beta: 100 }

budgets:
  - id: running-costs
    title: Running costs
    items:
      - { title: Hosting, category: infrastructure, amount: 200, per: month }
`;
}

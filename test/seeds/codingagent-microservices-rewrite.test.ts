// Seed 002: "Implementation Roadmap - Microservices Rewrite" (English, CodingAgent, Oct 25 2025).
// Expected counts are taken from the seed text by hand, not from the YAML.
import { describe, it, expect } from "vitest";
import { loadSeed } from "./load-seed.js";

const { roadmap, diagnostics, rm, item, tasksIn } = loadSeed("codingagent-microservices-rewrite");

describe("seed 002: CodingAgent microservices rewrite", () => {
  it("parses without errors", () => {
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(roadmap).toBeDefined();
  });

  it("has the document's metadata", () => {
    const r = rm();
    expect(r.title).toBe("Implementation Roadmap - Microservices Rewrite");
    expect(r.locale).toBe("en");
    expect(r.updated).toBe("2025-10-25"); // Last Updated: October 25, 2025
    expect(r.start).toBe("2025-10-06"); // Start Date: October 2025 → first Monday
    expect(r.sequential).toBe(true); // phases 0-6 follow each other
    expect(r.owner).toEqual(["Technical Lead"]);
    expect(r.currency).toBe("USD");
    expect(r.review?.every.text).toBe("1w");
  });

  it("has the seven phases", () => {
    // "Project Phases Overview" table: Phase 0 … Phase 6.
    expect(rm().phases).toEqual(["phase-0", "phase-1", "phase-2", "phase-3", "phase-4", "phase-5", "phase-6"]);
    // Weeks from the phase headings: 1-2, 3-6, 7-12, 13-16, 17-20, 21-22, 23-24.
    expect(rm().phases.map((p) => item(p).when?.text)).toEqual([
      "weeks 1-2",
      "weeks 3-6",
      "weeks 7-12",
      "weeks 13-16",
      "weeks 17-20",
      "weeks 21-22",
      "weeks 23-24",
    ]);
  });

  it("has every task", () => {
    // Counted per phase as: "### Week" headings + "**Days …**" blocks (+ the undated
    // "**Message Bus Wiring**" block in Week 3) + checklist lines (`- ✅` in Phase 0,
    // `- [x]` / `- [ ]` elsewhere; the ✅ lines under "Progress notes"/"Completion Status"
    // are notes, not tasks).
    //   Phase 0: 2 weeks + 4 day blocks + 15 ✅            = 21
    //   Phase 1: 3 weeks + 8 day blocks + 1 + 40 boxes      = 52
    //   Phase 2: 3 weeks + 12 day blocks + 48 boxes         = 63
    //   Phase 3: 3 weeks + 7 day blocks + 26 boxes          = 36
    //   Phase 4: 2 weeks + 4 day blocks + 14 boxes          = 20
    //   Phase 5: 2 weeks + 5 day blocks + 16 boxes          = 23
    //   Phase 6: 2 weeks + 5 day blocks + 16 boxes          = 23
    //   total 238 (175 checklist lines + 63 groups)
    const expected: Record<string, number> = {
      "phase-0": 21,
      "phase-1": 52,
      "phase-2": 63,
      "phase-3": 36,
      "phase-4": 20,
      "phase-5": 23,
      "phase-6": 23,
    };
    for (const [phase, n] of Object.entries(expected)) expect(tasksIn(phase).length, phase).toBe(n);
    expect(rm().items.filter((i) => i.kind === "task").length).toBe(238);
    // Leaves = checklist lines: 15 + 40 + 48 + 26 + 14 + 16 + 16 = 175.
    expect(rm().items.filter((i) => i.kind === "task" && i.children.length === 0).length).toBe(175);
  });

  it("has the statuses the seed marks", () => {
    // Done: Phase 0 15 ✅; Phase 1 5+6+0+6 (Week 3) + 4+4+4 (Week 4) + 3+4 (Week 5-6) = 36 [x];
    // Phase 2: Chat Days 1-2 3 [x] + Days 3-5 1 [x] = 4.  Total 55. Nothing is marked 🚧.
    const done = rm().items.filter((i) => i.kind === "task" && i.status === "done");
    expect(done.length).toBe(55);
    // Besides tasks, only the "Recent Milestones" milestone (9 PRs merged) is done; no phase has
    // an explicit status.
    expect(
      rm()
        .items.filter((i) => i.status === "done" && i.kind !== "task")
        .map((i) => i.kind),
    ).toEqual(["milestone"]);
    expect(tasksIn("phase-0").filter((i) => i.status === "done").length).toBe(15);
    expect(tasksIn("phase-1").filter((i) => i.status === "done").length).toBe(36);
    expect(tasksIn("phase-2").filter((i) => i.status === "done").length).toBe(4);
    expect(rm().items.filter((i) => i.status === "in-progress").length).toBe(0);
    // Phase 1 leaves still open: 3 CI/CD pipeline boxes (#76) + Jaeger (#77) = 4.
    const p1Open = tasksIn("phase-1").filter((i) => i.children.length === 0 && i.status !== "done");
    expect(p1Open.length).toBe(4);
  });

  it("keeps the week and day placement", () => {
    expect(item("p1-week-3").when?.text).toBe("week 3");
    expect(item("p1-weeks-5-6").when?.text).toBe("weeks 5-6");
    expect(item("p1-w3-docker-compose").duration?.text).toBe("2d"); // Days 1-2
    expect(item("p1-w3-cicd-pipeline").duration?.text).toBe("1d"); // Day 5
    expect(item("p1-w3-cicd-pipeline").after).toEqual(["p1-w3-database-migrations"]);
    expect(item("p3-gh-webhooks").duration?.text).toBe("4d"); // Days 7-10
    expect(item("p1-w5-opentelemetry").progress).toBeCloseTo(0.95); // "(95% complete)"
  });

  it("keeps the tracking refs", () => {
    expect(item("p1-w3-cicd-pipeline").refs).toEqual(["#76"]); // Tracking: #76
    expect(item("p1-w5-opentelemetry").refs).toEqual(["#77"]); // Tracking: #77
    expect(item("p1-w5-metrics-dashboards").refs).toEqual(["#78", "#79", "#80", "PR #80"]);
    // 9 PRs merged in 24 hours (#75 … #66).
    const m = rm().milestones;
    expect(m.length).toBe(1);
    expect(item(m[0]).refs.length).toBe(9);
    expect(item(m[0]).status).toBe("done");
  });

  it("has the deliverables", () => {
    const all = rm().items.flatMap((i) => i.deliverables);
    // "**Deliverable**" lines in the seed: Phase 0 4, Phase 1 9, Phase 2 12, Phase 3 7,
    // Phase 4 4, Phase 5 5, Phase 6 5 = 46; plus 7 from the overview table = 53.
    expect(all.length).toBe(53);
    // Marked ✅: docker compose, migrations, message bus (Week 3), YARP, JWT, rate limiting (Week 4),
    // Grafana metrics (Week 5-6) = 7.
    expect(all.filter((d) => d.done).length).toBe(7);
  });

  it("has the risks", () => {
    // Risk Management → High Risks table: 5 rows.
    const risks = rm().risks;
    expect(risks.length).toBe(5);
    expect(risks.map((r) => [r.probability, r.impact, r.status])).toEqual([
      ["medium", "high", "mitigated"], // Underestimated Complexity — ✅ Mitigated
      ["high", "medium", "closed"], // Integration Issues — ✅ Resolved
      ["medium", "critical", "open"], // Data Migration Errors — ⏳ Pending
      ["low", "high", "open"], // Performance Degradation — ⏳ Pending
      ["high", "medium", "mitigated"], // Scope Creep — ✅ Under Control
    ]);
  });

  it("has the success criteria", () => {
    // Technical Metrics 5 + Business Metrics 4 = 9 (✅ is the bullet style, not a result).
    expect(rm().success.length).toBe(9);
  });

  it("has no KPI table", () => {
    expect(rm().kpis.length).toBe(0);
  });

  it("has the cost estimates", () => {
    // Resource Requirements → Estimated Costs: Development $0, Staging ~$150/month,
    // Production ~$500/month; no declared total.
    const budgets = rm().budgets;
    expect(budgets.length).toBe(1);
    expect(budgets[0].items.length).toBe(3);
    expect(budgets[0].items.map((i) => [i.amount, i.per])).toEqual([
      [0, "month"],
      [15000, "month"],
      [50000, "month"],
    ]);
    expect(budgets[0].totals).toEqual([]);
  });

  it("keeps the free sections", () => {
    // Current Sprint Status, Mitigation Strategies, Lessons Learned, Resource Requirements, Next Steps.
    expect(rm().sections.length).toBe(5);
  });
});

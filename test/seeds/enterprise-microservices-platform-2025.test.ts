// Seed 001: "Strategic Roadmap 2025 / Enterprise Microservices Platform - Next Phase Implementation".
// Every expected number below was counted by hand in the source document, not read back from the YAML.
import { describe, it, expect } from "vitest";
import { loadSeed } from "./load-seed.js";

const { roadmap, diagnostics } = loadSeed("enterprise-microservices-platform-2025");

const dollars = (n: number) => Math.round(n * 100); // the model keeps money in integer cents

describe("seed 001: enterprise microservices platform roadmap 2025", () => {
  it("parses without errors", () => {
    const errors = diagnostics.filter((d) => d.severity === "error");
    expect(errors).toEqual([]);
    expect(roadmap).toBeDefined();
  });

  it("has the document's metadata", () => {
    const r = roadmap!;
    expect(r.version).toBe("1.0"); // "Document Version: 1.0"
    expect(r.updated).toBe("2025-12-31"); // "Last Updated: 2025-12-31"
    expect(r.start).toBe("2025-01-06"); // Week 1 of Q1 2025 = first Monday of 2025
    expect(r.locale).toBe("en");
    expect(r.currency).toBe("USD");
    expect(r.sequential).toBe(false);
  });

  it("has every phase", () => {
    // Current-state achievements, Q1, Q2, Q3, Q4, Technical Debt & Improvements, Quick Wins (Next 30 Days).
    expect(roadmap!.phases.length).toBe(7);
    // Q1 -> Q2 -> Q3 -> Q4 ordering ("Next Steps" 1..4).
    const byId = new Map(roadmap!.items.map((i) => [i.id, i]));
    expect(byId.get("q2-feature-enhancement")!.after).toEqual(["q1-production-deployment"]);
    expect(byId.get("q3-scalability-resilience")!.after).toEqual(["q2-feature-enhancement"]);
    expect(byId.get("q4-innovation-ai")!.after).toEqual(["q3-scalability-resilience"]);
  });

  it("has every task", () => {
    // Counted in the seed:
    //   Current state: 7 groups (Architecture & Design, Technology Stack, Security & Resilience,
    //     Data & Persistence, Observability, Infrastructure, Documentation) with 5+5+5+5+5+5+4 = 34 ✅ lines -> 41
    //   Q1: 4 initiatives (1.1-1.4) with 7+8+8+8 = 31 "- [ ]" -> 35
    //   Q2: 4 initiatives (2.1-2.4) with 8+8+8+8 = 32 "- [ ]" -> 36
    //   Q3: 4 initiatives (3.1-3.4) with 8+8+8+8 = 32 "- [ ]" -> 36
    //   Q4: 4 initiatives (4.1-4.4) with 8+8+8+8 = 32 "- [ ]" -> 36
    //   Technical debt: 3 items (Test Coverage, Code Quality, CI/CD) with 7+6+7 = 20 "- [ ]" -> 23
    //   Quick wins: Week 1..4 with 4+4+4+4 = 16 "- [ ]" -> 20
    //   total 41+35+36+36+36+23+20 = 227 (the seed has 163 "- [ ]" and 34+5 ✅ lines; the 5 ✅ lines of the
    //   conclusion repeat the achievements and are deliverables of the current-state phase, not tasks).
    const tasks = roadmap!.items.filter((i) => i.kind === "task");
    expect(tasks.length).toBe(227);
  });

  it("marks done exactly what the seed marks done", () => {
    // 34 ✅ achievements; no [x] or 🚧 anywhere in the seed; nothing else has a written status.
    const done = roadmap!.items.filter((i) => i.status === "done");
    expect(done.length).toBe(34);
    expect(roadmap!.items.filter((i) => i.status === "in-progress").length).toBe(0);
    // The conclusion's 5 ✅ summary lines.
    const current = roadmap!.items.find((i) => i.id === "current-state")!;
    expect(current.deliverables.length).toBe(5);
    expect(current.deliverables.every((d) => d.done)).toBe(true);
  });

  it("keeps priorities", () => {
    // 🔴 CRITICAL: 1.1, 1.2, 1.4; 🟡 HIGH: 1.3, 2.1, 2.2, 3.1, 3.2; 🟢 MEDIUM: 2.3, 2.4, 3.3, 3.4, 4.1-4.4.
    const items = roadmap!.items;
    expect(items.filter((i) => i.priority === "critical").length).toBe(3);
    // 5 initiatives + the technical-debt phase ("High Priority Technical Debt") and its 3 items.
    expect(items.filter((i) => i.priority === "high").length).toBe(5 + 1 + 3);
    expect(items.filter((i) => i.priority === "medium").length).toBe(8);
  });

  it("has the long-term vision, the milestone and no risks", () => {
    expect(roadmap!.success.length).toBe(5); // "Long-term Vision" has 5 bullets
    expect(roadmap!.milestones.length).toBe(1); // "Next Review: 2025-03-31"
    expect(roadmap!.risks.length).toBe(0); // the seed has no risk section
    expect(roadmap!.sections.length).toBe(2); // Team Development & Training, Conclusion
  });

  it("has every KPI and every target column", () => {
    // Proven Performance Metrics: 6 rows (Target -> final `target`, no keyed targets).
    // Business Metrics: 4 rows; Technical Metrics: 5 rows; Team Metrics: 4 rows; each with Q1..Q4 Target columns.
    // Deploy Frequency's Q4 target "On-demand" is not a number -> 3 keyed targets.
    // Uptime and P95 Latency get a final target from the Long-term Vision (99.999%, sub-100ms).
    const expected: Record<string, [keyed: number, final: boolean]> = {
      "proven-concurrent-users": [0, true],
      "proven-throughput": [0, true],
      "proven-response-time-p95": [0, true],
      "proven-cache-hit-rate": [0, true],
      "proven-availability": [0, true],
      "proven-error-rate": [0, true],
      mau: [4, false],
      revenue: [4, false],
      "conversion-rate": [4, false],
      "customer-retention": [4, false],
      uptime: [4, true],
      "p95-latency": [4, true],
      "error-rate": [4, false],
      throughput: [4, false],
      "cost-per-request": [4, false],
      "team-size": [4, false],
      "deploy-frequency": [3, false],
      mttr: [4, false],
      "code-review-time": [4, false],
    };
    const kpis = roadmap!.kpis;
    expect(kpis.length).toBe(19);
    for (const k of kpis) {
      expect(expected[k.id], k.id).toBeDefined();
      const [keyed, final] = expected[k.id]!;
      expect(k.targets.length, k.id).toBe(keyed);
      expect(k.target !== undefined, k.id).toBe(final);
    }
    // Spot checks of values from the tables.
    const mau = kpis.find((k) => k.id === "mau")!;
    expect(mau.current).toBe(10000);
    expect(mau.targets.map((t) => [t.key, t.value])).toEqual([
      ["2025-Q1", 50000],
      ["2025-Q2", 200000],
      ["2025-Q3", 1000000],
      ["2025-Q4", 5000000],
    ]);
    const err = kpis.find((k) => k.id === "error-rate")!;
    expect(err.better).toBe("lower");
    expect(err.targets.at(-1)!.value).toBe(0.005);
  });

  it("has every budget line and the declared totals add up", () => {
    const budgets = roadmap!.budgets;
    expect(budgets.length).toBe(2);
    const infra = budgets.find((b) => b.id === "infrastructure-costs")!;
    const team = budgets.find((b) => b.id === "team-costs")!;
    // Infrastructure Costs: 6 component rows (Kubernetes, Database, Kafka, Monitoring, CDN, Load Balancer).
    expect(infra.items.length).toBe(6);
    // Team Costs: 6 role rows (Senior Backend, Senior Frontend, DevOps, QA, Tech Lead, Engineering Manager).
    expect(team.items.length).toBe(6);

    const sum = (b: (typeof budgets)[number], per: string) => b.items.filter((i) => i.per === per).reduce((s, i) => s + i.count * i.amount, 0);

    const monthly = (b: (typeof budgets)[number]) => sum(b, "month") + sum(b, "year") / 12;
    for (const b of [infra, team]) {
      expect(b.totals.length, b.id).toBeGreaterThan(0);
      for (const t of b.totals) expect(t.per === "year" ? monthly(b) * 12 : sum(b, t.per), `${b.id} ${t.per}`).toBe(t.amount);
    }
    // The seed's declared figures, written here by hand:
    expect(infra.totals.map(({ per, amount }) => ({ per, amount }))).toEqual([
      { per: "month", amount: dollars(12000) }, // **$12,000** monthly
      { per: "year", amount: dollars(144000) }, // **$144,000** annual
    ]);
    expect(team.totals.map(({ per, amount }) => ({ per, amount }))).toEqual([{ per: "year", amount: dollars(1790000) }]); // **$1,790,000**
    expect(team.items.reduce((s, i) => s + i.count, 0)).toBe(12); // headcount **12**
    // "Total Budget: $1,934,000/year" = infrastructure run-rate x 12 + team salaries.
    expect(sum(infra, "month") * 12 + sum(team, "year")).toBe(dollars(1934000));
  });
});

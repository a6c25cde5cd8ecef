// Seed 003: "Roadmap Visual Summary" (English) — Kubernetes platform lab, 10 core phases.
// Expected counts are taken from the seed text by hand, not from the YAML.
import { describe, it, expect } from "vitest";
import { loadSeed } from "./load-seed.js";

const { roadmap, diagnostics, rm, item } = loadSeed("k8s-platform-lab-10-phases");

describe("seed 003: Kubernetes platform lab, 10 core phases", () => {
  it("parses without errors", () => {
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(roadmap).toBeDefined();
  });

  it("has the document's metadata", () => {
    const r = rm();
    expect(r.locale).toBe("en");
    expect(r.updated).toBe("2026-01-17"); // **Updated:** 2026-01-17
    expect(r.start).toBe("2026-01-19");
    expect(r.sequential).toBe(true); // ↓ arrows between the phase boxes
  });

  it("has the phases", () => {
    // "10 Core Phases": PHASE 1..PHASE 10, plus the "AI-POWERED TECH DISCOVERY" box,
    // plus the Timeline's "Week 3: Roadmap restructure" = 12.
    const r = rm();
    expect(r.phases.length).toBe(12);
    expect(r.phases).toEqual([
      "phase-1",
      "phase-2",
      "phase-3",
      "roadmap-restructure",
      "phase-4",
      "phase-5",
      "phase-6",
      "phase-7",
      "phase-8",
      "phase-9",
      "phase-10",
      "ai-tech-discovery",
    ]);
  });

  it("has the tasks", () => {
    // Phases 1-9: 3 lines each (Deploy / Measure / Cost) = 27;
    // Phase 3: + "Phase 3 validation (9 backlog experiments)" (Timeline) = 28.
    // Restructure: the ✅ decision "16 phases → 10 core phases" + the footer's "Next" = 2.
    // Phase 10: 4 sub-sections (10.1-10.4) with 3 + 4 + 3 + 3 lines = 17.
    // AI discovery: Web Scraping, Analysis, Suggestions, Evolution = 4.
    // Total 28 + 2 + 17 + 4 = 51.
    const tasks = rm().items.filter((i) => i.kind === "task");
    expect(tasks.length).toBe(51);
    for (const n of [1, 2, 4, 5, 6, 7, 8, 9]) expect(item(`phase-${n}`).children.length).toBe(3);
    expect(item("phase-3").children.length).toBe(4);
    expect(item("phase-10").children.length).toBe(4);
    expect(item("p10-1-runtime-comparison").children.length).toBe(3);
    expect(item("p10-2-full-stack-composition").children.length).toBe(4);
    expect(item("p10-3-trade-off-analysis").children.length).toBe(3);
    expect(item("p10-4-cost-efficiency-dashboard").children.length).toBe(3);
    expect(item("ai-tech-discovery").children.length).toBe(4);
  });

  it("has the statuses the seed marks", () => {
    // ✅ Phase 1, ✅ Phase 2 (with their 3 lines each), ✅ the 10-core-phase decision:
    // 2 phases + 7 tasks = 9 done items. 🚧 Phase 3.
    const r = rm();
    const done = r.items.filter((i) => i.status === "done");
    expect(done.length).toBe(9);
    expect(done.filter((i) => i.kind === "task").length).toBe(7);
    expect(done.filter((i) => i.kind === "phase").map((i) => i.id)).toEqual(["phase-1", "phase-2"]);
    expect(item("decision-10-core-phases").status).toBe("done");
    expect(item("phase-3").status).toBe("in-progress");
    expect(r.items.filter((i) => i.status === "in-progress").length).toBe(1);
  });

  it("places phases on the Timeline", () => {
    // Week 0-2 Phase 3, Week 3 restructure, 4-7, 8-11, 12-16, 17-20, 21-24, 25-27, 28-31, 32-34.
    const when: Record<string, string> = {
      "phase-3": "weeks 0-2",
      "roadmap-restructure": "week 3",
      "phase-4": "weeks 4-7",
      "phase-5": "weeks 8-11",
      "phase-6": "weeks 12-16",
      "phase-7": "weeks 17-20",
      "phase-8": "weeks 21-24",
      "phase-9": "weeks 25-27",
      "phase-10": "weeks 28-31",
      "ai-tech-discovery": "weeks 32-34",
    };
    for (const [id, span] of Object.entries(when)) expect(item(id).when?.text).toBe(span);
  });

  it("keeps deliverables and success criteria", () => {
    // Phase 10 "Portfolio Output": 3 bullets.
    expect(item("phase-10").deliverables.length).toBe(3);
    // Success Criteria: Component Expertise 3 + System Thinking 3 + Data-Driven Decisions 3
    // + Forward-Thinking 2 = 11, none achieved.
    const r = rm();
    expect(r.success.length).toBe(11);
    expect(r.success.filter((s) => s.done).length).toBe(0);
  });

  it("has no risks, KPIs or budgets; keeps the free sections", () => {
    const r = rm();
    expect(r.risks.length).toBe(0);
    expect(r.kpis.length).toBe(0);
    expect(r.budgets.length).toBe(0);
    // The Learning Architecture, What Each Phase Teaches, FinOps Integration, Moved to Appendices.
    expect(r.sections.map((s) => s.title)).toEqual(["The Learning Architecture", "What Each Phase Teaches", "FinOps Integration", "Moved to Appendices"]);
    // "Moved to Appendices" has 6 rows (G, H, P, Q, R, S).
    expect(r.sections[3].body.match(/\(Appendix [A-Z]\)/g)?.length).toBe(6);
  });

  it("FinOps: the end-to-end cost per transaction is the sum of its parts", () => {
    // Seed: "End-to-end: $0.015 per transaction" = 0.001 + 0.002 + 0.003 + 0.005 + 0.002 + 0.002.
    // Held in an x- extension (budgets cannot hold sub-cent usage rates); compared in
    // thousandths of a dollar to stay exact.
    const ext = rm().extensions;
    const data = (ext["x-finops-cost-per-transaction"] ?? ext["finops-cost-per-transaction"]) as {
      total: number;
      items: { component: string; amount: number }[];
    };
    expect(data.items.length).toBe(6);
    const milli = (n: number) => Math.round(n * 1000);
    expect(data.items.reduce((s, i) => s + milli(i.amount), 0)).toBe(milli(data.total));
    expect(milli(data.total)).toBe(15);
    const rates = (ext["x-finops-unit-costs"] ?? ext["finops-unit-costs"]) as unknown[];
    // Phase 3: 3 lines, Phase 4: 1, Phase 5: 2, Phase 7: 1 = 7.
    expect(rates.length).toBe(7);
  });
});

// Seed 004: "🔧 LeviBot Teknik Evrim ve Modernizasyon Planı" (Turkish/English, 13 Ekim 2025).
// Expected counts are taken from the seed text by hand, not from the YAML.
import { describe, it, expect } from "vitest";
import { loadSeed } from "./load-seed.js";
import type { Budget } from "../../src/model.js";

const { roadmap, diagnostics, rm, item, tasksIn, budget } = loadSeed("levibot-cloud-native-modernization");

/** Sum in cents of count x amount over the items with the total's `per`. */
function computed(b: Budget): number {
  const per = b.totals[0]?.per;
  return b.items.filter((i) => i.per === per).reduce((sum, i) => sum + i.count * i.amount, 0);
}

describe("seed 004: LeviBot cloud-native modernization", () => {
  it("parses without errors", () => {
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(roadmap).toBeDefined();
  });

  it("has the document's metadata", () => {
    const r = rm();
    expect(r.locale).toBe("tr");
    expect(r.updated).toBe("2025-10-13"); // Son Güncelleme: 13 Ekim 2025
    expect(r.start).toBe("2025-10-01"); // Gantt: Oct 2025 = Month 1 / Phase 1.1
    expect(r.version).toBe("1.0"); // Doküman Versiyonu: 1.0
    expect(r.owner).toEqual(["Onur Mutlu (@siyahkare)"]);
    expect(r.review?.every.text).toBe("1q"); // Review Cycle: Quarterly
    expect(r.currency).toBe("USD");
    expect(r.sequential).toBe(false);
  });

  it("has the phases", () => {
    // Migration Roadmap: Phase 1 (3 ay), Phase 2 (2 ay), Phase 3 (2 ay), Phase 4 (3-6 ay) = 4,
    // plus the checklists of Security Enhancements → Target (v2.0), Testing Strategy and
    // Team Upskilling Plan as three cross-cutting phases = 7.
    expect(rm().phases).toEqual(["phase-1", "phase-2", "phase-3", "phase-4", "security-v2", "testing-strategy", "team-upskilling"]);
    expect(["phase-1", "phase-2", "phase-3", "phase-4"].map((p) => item(p).duration?.text)).toEqual(["3mo", "2mo", "2mo", "3-6mo"]);
    // Months: 1, 2, 3 | 4, 5 | 6, 7 | 8-9, 10-12 (Gantt labels Phase 1.1 … 4.2).
    expect(
      ["phase-1.1", "phase-1.2", "phase-1.3", "phase-2.1", "phase-2.2", "phase-3.1", "phase-3.2", "phase-4.1", "phase-4.2"].map((id) => item(id).when?.text),
    ).toEqual(["month 1", "month 2", "month 3", "month 4", "month 5", "month 6", "month 7", "months 8-9", "months 10-12"]);
  });

  it("has every task", () => {
    // Counted per section: "#### Month" headings (and the three Testing Strategy "###" headings)
    // + `- [ ]` top-level boxes + indented `  - [ ]` sub-boxes.
    //   Phase 1: 3 months + (3+3+3) boxes + (10+7+3) sub-boxes = 32
    //   Phase 2: 2 months + (2+3) + (8+9)                        = 24
    //   Phase 3: 2 months + (3+3) + (10+11)                      = 29
    //   Phase 4: 2 months + (3+3) + (10+11)                      = 29
    //   Security Target (v2.0): 5 boxes + 13 sub-boxes            = 18
    //   Testing Strategy: 3 headings + 4+4+4 boxes                = 15
    //   Team Upskilling: 5 boxes                                   = 5
    //   total 152 (140 checkboxes + 12 group headings)
    const expected: Record<string, number> = {
      "phase-1": 32,
      "phase-2": 24,
      "phase-3": 29,
      "phase-4": 29,
      "security-v2": 18,
      "testing-strategy": 15,
      "team-upskilling": 5,
    };
    for (const [phase, n] of Object.entries(expected)) expect(tasksIn(phase).length, phase).toBe(n);
    expect(rm().items.filter((i) => i.kind === "task").length).toBe(152);
    // Month 2's traffic cutover: Week 1 … Week 4, chained.
    expect(item("ml-cutover-week-4").after).toEqual(["ml-cutover-week-3"]);
    expect(item("trading-traffic-cutover").duration?.text).toBe("4w"); // "(same 4-week process)"
  });

  it("has the statuses the seed marks", () => {
    // All 140 checkboxes are `[ ]`; nothing is ✅ / 🚧.
    expect(rm().items.filter((i) => i.status === "done").length).toBe(0);
    expect(rm().items.filter((i) => i.status === "in-progress").length).toBe(0);
  });

  it("has no risk table", () => {
    expect(rm().risks.length).toBe(0);
  });

  it("has the scaling targets as KPIs", () => {
    // Scaling Targets: API Service, ML Service, Database; each v1.6.1 + (3 mo), (6 mo), (12 mo).
    const kpis = rm().kpis;
    expect(kpis.map((k) => k.id)).toEqual(["api-throughput", "ml-throughput", "database-ingest"]);
    for (const k of kpis) {
      expect(k.targets.length, k.id).toBe(3);
      expect(
        k.targets.map((t) => t.key),
        k.id,
      ).toEqual(["month 3", "month 6", "month 12"]);
      expect(k.target, k.id).toBeUndefined(); // no final target beyond 12 months
    }
    expect(kpis.map((k) => [k.baseline, ...k.targets.map((t) => t.value)])).toEqual([
      [10, 100, 1000, 10000], // RPS
      [1, 10, 100, 1000], // predictions/s
      [1_000_000, 10_000_000, 100_000_000, 1_000_000_000], // rows/day
    ]);
  });

  it("has every cost line and the declared totals match", () => {
    // Infrastructure Cost Estimation: 4 stages with 3, 6, 8 and 9 "- …($N/mo)" lines.
    expect(rm().budgets.map((b) => [b.id, b.items.length])).toEqual([
      ["infra-v1.6.1-current", 3],
      ["infra-v2.0-3-months", 6],
      ["infra-v2.0-6-months", 8],
      ["infra-v2.0-12-months", 9],
    ]);
    // Declared totals: ~$72/mo, ~$305/mo, ~$1,440/mo, ~$7,940/mo (in cents).
    const totals: Record<string, number> = {
      "infra-v1.6.1-current": 7_200,
      "infra-v2.0-3-months": 30_500,
      "infra-v2.0-6-months": 144_000,
      "infra-v2.0-12-months": 794_000,
    };
    for (const [id, cents] of Object.entries(totals)) {
      const b = budget(id);
      expect(
        b.totals.map(({ per, amount }) => ({ per, amount })),
        id,
      ).toEqual([{ per: "month", amount: cents }]);
      expect(computed(b), id).toBe(b.totals[0].amount);
    }
    // "3x t3.large ($180/mo)" is 3 x $60.
    const t3 = budget("infra-v2.0-3-months").items[0];
    expect([t3.count, t3.amount]).toEqual([3, 6_000]);
  });

  it("has the success criteria", () => {
    // Migration Successful If: 5 ✅ lines (bullet style, not results).
    expect(rm().success.length).toBe(5);
    expect(rm().success.filter((s) => s.done).length).toBe(0);
  });

  it("keeps the free sections", () => {
    // Mevcut Mimari, Hedef Mimari, Database Evolution, Multi-Region Strategy, Rollback Plan,
    // Rollback If, Technology Stack Evolution, Gantt Chart.
    expect(rm().sections.length).toBe(8);
    expect(rm().sections.some((s) => s.body.includes("Telegram Bot + Mini App"))).toBe(true);
  });
});

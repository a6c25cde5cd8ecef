// Seed 000: "🚀 SELFMONITOR TECHNICAL IMPROVEMENTS ROADMAP — Февраль 2026" (Russian).
// Expected counts are taken from the seed text by hand, not from the YAML.
import { describe, it, expect } from "vitest";
import { loadSeed } from "./load-seed.js";

const { roadmap, diagnostics, rm, item } = loadSeed("selfmonitor-tech-improvements");

describe("seed 000: SelfMonitor technical improvements", () => {
  it("parses without errors", () => {
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(roadmap).toBeDefined();
  });

  it("has the document's metadata", () => {
    const r = rm();
    expect(r.locale).toBe("ru");
    expect(r.updated).toBe("2026-02-23"); // ДАТА СОЗДАНИЯ: 23 февраля 2026
    expect(r.start).toBe("2026-02-23");
    expect(r.sequential).toBe(false); // implementation order differs from document order
    expect(r.owner).toEqual(["Technical Architecture Team"]);
    expect(r.currency).toBeUndefined(); // no money amounts in the seed
  });

  it("has the phases", () => {
    // 📋 TODO ROADMAP has 5 initiatives (1️⃣..5️⃣), plus one phase for
    // "📋 СЛЕДУЮЩИЕ ДЕЙСТВИЯ" = 6.
    expect(rm().phases.length).toBe(6);
  });

  it("has the tasks", () => {
    // Each of the 5 initiatives lists 5 "ЗАДАЧИ" bullets: 25.
    // СЛЕДУЮЩИЕ ДЕЙСТВИЯ: 3 headings (IMMEDIATE, НЕДЕЛЯ 1, НЕДЕЛЯ 2) as group
    // tasks + 4 + 3 + 3 actions = 13.  Total 38.
    const tasks = rm().items.filter((i) => i.kind === "task");
    expect(tasks.length).toBe(38);
    for (const id of ["service-mesh-istio", "kafka-migration", "graphql-federation", "opentelemetry-tracing", "mlops-mlflow"]) {
      expect(item(id).children.length).toBe(5);
    }
    expect(item("next-immediate").children.length).toBe(4);
    expect(item("next-week-1").children.length).toBe(3);
    expect(item("next-week-2").children.length).toBe(3);
  });

  it("has the statuses the seed marks", () => {
    // IMMEDIATE: 1 ✅ (Tech roadmap документирован), 3 ⏳. Nothing else carries a status.
    const done = rm().items.filter((i) => i.status === "done");
    expect(done.length).toBe(1);
    expect(done[0].title).toBe("Tech roadmap документирован");
    expect(item("next-immediate").children.filter((c) => item(c).status === "todo").length).toBe(3);
  });

  it("keeps priorities, durations and the implementation order", () => {
    // Приоритет: HIGH, CRITICAL, HIGH, MEDIUM, "CRITICAL для AI-сервисов".
    expect(item("service-mesh-istio").priority).toBe("high");
    expect(item("kafka-migration").priority).toBe("critical");
    expect(item("graphql-federation").priority).toBe("high");
    expect(item("opentelemetry-tracing").priority).toBe("medium");
    expect(item("mlops-mlflow").priority).toBe("critical");
    // Время: 2-3 недели, 1 месяц, 3-4 недели, 2 недели, 1 месяц.
    expect(item("service-mesh-istio").duration).toMatchObject({ unit: "w", min: 2, max: 3 });
    expect(item("kafka-migration").duration).toMatchObject({ unit: "mo", min: 1, max: 1 });
    expect(item("graphql-federation").duration).toMatchObject({ unit: "w", min: 3, max: 4 });
    expect(item("opentelemetry-tracing").duration).toMatchObject({ unit: "w", min: 2, max: 2 });
    expect(item("mlops-mlflow").duration).toMatchObject({ unit: "mo", min: 1, max: 1 });
    // IMPLEMENTATION ORDER: НЕДЕЛЯ 1-2 OTel, 3-5 Istio, 6-9 Kafka, 10-13 GraphQL, 14-17 MLOps.
    expect(item("opentelemetry-tracing").when?.text).toBe("weeks 1-2");
    expect(item("service-mesh-istio").when?.text).toBe("weeks 3-5");
    expect(item("kafka-migration").when?.text).toBe("weeks 6-9");
    expect(item("graphql-federation").when?.text).toBe("weeks 10-13");
    expect(item("mlops-mlflow").when?.text).toBe("weeks 14-17");
    expect(item("opentelemetry-tracing").after).toEqual([]);
    expect(item("service-mesh-istio").after).toEqual(["opentelemetry-tracing"]);
    expect(item("kafka-migration").after).toEqual(["service-mesh-istio"]);
    expect(item("graphql-federation").after).toEqual(["kafka-migration"]);
    expect(item("mlops-mlflow").after).toEqual(["graphql-federation"]);
  });

  it("has the success criteria and their milestones", () => {
    // 🎯 SUCCESS CRITERIA: WEEK 4 / WEEK 8 / WEEK 16 TARGETS, 3 bullets each = 9; none met yet
    // (the ✅ there is a bullet: the plan is dated day 0).
    const r = rm();
    expect(r.milestones).toEqual(["targets-w4", "targets-w8", "targets-w16"]);
    expect(r.milestones.map((id) => item(id).when?.text)).toEqual(["week 4", "week 8", "week 16"]);
    const criteria = r.milestones.flatMap((id) => item(id).success);
    expect(criteria.length).toBe(9);
    for (const id of r.milestones) expect(item(id).success.length).toBe(3);
    expect(criteria.filter((s) => s.done).length).toBe(0);
  });

  it("has the risks", () => {
    // 🚨 РИСКИ: 3 ВЫСОКИЕ (Kafka, Service Mesh, GraphQL) + 2 СРЕДНИЕ (OpenTelemetry, MLflow).
    const risks = rm().risks;
    expect(risks.length).toBe(5);
    expect(risks.filter((r) => r.impact === "high").length).toBe(3);
    expect(risks.filter((r) => r.impact === "medium").length).toBe(2);
    expect(risks.every((r) => r.mitigation && r.affects.length === 1)).toBe(true);
  });

  it("has the KPIs", () => {
    // 📊 PERFORMANCE METRICS: 4 bullets; 💰 FINANCIAL IMPACT: 4 bullets = 8.
    // No bullet has a date; the one target each is due at WEEK 16 ("All metrics
    // показывают target improvements"), so: 1 keyed target, no separate final `target`.
    const kpis = rm().kpis;
    expect(kpis.length).toBe(8);
    for (const k of kpis) {
      expect(k.targets.length).toBe(1);
      expect(k.targets[0].key).toBe("week 16");
      expect(k.target).toBeUndefined();
    }
    const value = (id: string) => kpis.find((k) => k.id === id)?.targets[0].value;
    const kpi = (id: string) => kpis.find((k) => k.id === id);
    // ~200ms → ~100ms; 95% → 99%; 10K → 100K req/sec.
    expect(kpi("api-response-time")).toMatchObject({ baseline: 200, current: 200, better: "lower" });
    expect(value("api-response-time")).toBe(100);
    expect(kpi("fraud-detection-accuracy")).toMatchObject({ current: 95, better: "higher" });
    expect(value("fraud-detection-accuracy")).toBe(99);
    expect(kpi("system-throughput")).toMatchObject({ current: 10000 });
    expect(value("system-throughput")).toBe(100000);
    // 70% reduction, +35%, -60%, -90%, 2x.
    expect(value("debugging-time")).toBe(-70);
    expect(value("revenue-growth")).toBe(35);
    expect(value("infrastructure-cost-reduction")).toBe(-60);
    expect(value("fraud-losses")).toBe(-90);
    expect(value("developer-velocity")).toBe(2);
  });

  it("has no budgets and keeps the free sections", () => {
    const r = rm();
    expect(r.budgets.length).toBe(0);
    // STRATEGIC BENEFITS, CONTACT & OWNERSHIP, ТЕХНИЧЕСКИЙ СТЕК.
    expect(r.sections.length).toBe(3);
  });
});

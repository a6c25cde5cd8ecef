import { describe, expect, it } from "vitest";
import { resolveSpan } from "../../src/plan/resolve-span.js";
import { span } from "./make-roadmap.js";

describe("resolveSpan", () => {
  it.each([
    ["2025-10-06", "2025-10-06", "2025-10-06"],
    ["2025-10", "2025-10-01", "2025-10-31"],
    ["2024-02", "2024-02-01", "2024-02-29"],
    ["2026-Q1", "2026-01-01", "2026-03-31"],
    ["2026-Q4", "2026-10-01", "2026-12-31"],
    ["2026", "2026-01-01", "2026-12-31"],
    ["2025-10..2025-12", "2025-10-01", "2025-12-31"],
    ["2025-11-03..2026-Q1", "2025-11-03", "2026-03-31"],
    ["week 1", "2025-10-06", "2025-10-12"],
    ["week 0", "2025-09-29", "2025-10-05"],
    ["weeks 3-6", "2025-10-20", "2025-11-16"],
    ["month 1", "2025-10-06", "2025-11-05"],
    ["months 2-3", "2025-11-06", "2026-01-05"],
    ["month 0", "2025-09-06", "2025-10-05"],
  ])("%s from start 2025-10-06 is %s..%s", (text, start, end) => {
    expect(resolveSpan(span(text), "2025-10-06")).toEqual({ start, end });
  });

  it("clamps month ends: month 1 from January 31 ends February 27", () => {
    expect(resolveSpan(span("month 1"), "2025-01-31")).toEqual({ start: "2025-01-31", end: "2025-02-27" });
    expect(resolveSpan(span("month 2"), "2025-01-31")).toEqual({ start: "2025-02-28", end: "2025-03-30" });
  });

  it("keeps open ends open", () => {
    expect(resolveSpan(span({ start: "2025-10-06" }))).toEqual({ start: "2025-10-06" });
    expect(resolveSpan(span({ end: "2025-12" }))).toEqual({ end: "2025-12-31" });
  });

  it("needs the start for relative spans", () => {
    const r = resolveSpan(span("weeks 3-6"));
    expect(r).toHaveProperty("error");
    expect((r as { error: string }).error).toMatch(/week 3.*start/);
  });
});

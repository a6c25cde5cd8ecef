import { parseRoadmap } from "../../src/index.js";
import { planRoadmap } from "../../src/plan/plan-roadmap.js";
import type { Plan } from "../../src/plan/types.js";

/** Parses and plans a roadmap written as YAML, failing the test on any parse problem. */
export function planYaml(text: string, asOf = "2026-01-05"): Plan {
  const { roadmap, diagnostics } = parseRoadmap(text, { file: "roadmap.yaml" });
  const errors = diagnostics.filter((d) => d.severity === "error");
  if (!roadmap || errors.length > 0) throw new Error(`does not parse: ${errors.map((d) => d.message).join("; ")}`);
  return planRoadmap(roadmap, { asOf });
}

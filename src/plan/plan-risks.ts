import type { Risk } from "../model.js";
import type { PlannedRisk, RiskLevelName, RiskMatrix } from "./types.js";

const PROBABILITY = { low: 1, medium: 2, high: 3 } as const;
const IMPACT = { low: 1, medium: 2, high: 3, critical: 4 } as const;

/** Probability level 1-3; a number maps below 1/3 to low, below 2/3 to medium, else high. */
export function probabilityLevel(p: Risk["probability"]): 1 | 2 | 3 | null {
  if (p === undefined) return null;
  if (typeof p === "number") return p < 1 / 3 ? 1 : p < 2 / 3 ? 2 : 3;
  return PROBABILITY[p] ?? null;
}

/** Risk level of a score (1-12): 1-2 low, 3-4 medium, 6-8 high, 9-12 critical. */
export function scoreLevel(score: number): RiskLevelName {
  return score >= 9 ? "critical" : score >= 6 ? "high" : score >= 3 ? "medium" : "low";
}

/** Scores, levels, the probability/impact matrix and the open risks ranked by score. */
export function planRisks(risks: Risk[]): { risks: PlannedRisk[]; openRisks: string[]; riskMatrix: RiskMatrix } {
  const planned = risks.map((risk): PlannedRisk => {
    const probability = probabilityLevel(risk.probability);
    const impact = risk.impact === undefined ? null : (IMPACT[risk.impact] ?? null);
    const score = probability !== null && impact !== null ? probability * impact : null;
    return {
      id: risk.id,
      title: risk.title,
      status: risk.status,
      probability,
      impact,
      score,
      level: score === null ? null : scoreLevel(score),
      risk,
    };
  });
  const cells: string[][][] = [0, 1, 2].map(() => [0, 1, 2, 3].map(() => []));
  for (const r of planned) {
    if (r.probability !== null && r.impact !== null && r.status !== "closed") cells[r.probability - 1][r.impact - 1].push(r.id);
  }
  const openRisks = planned
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => r.status === "open")
    .sort((a, b) => (b.r.score ?? -1) - (a.r.score ?? -1) || a.i - b.i)
    .map(({ r }) => r.id);
  return {
    risks: planned,
    openRisks,
    riskMatrix: { probability: ["low", "medium", "high"], impact: ["low", "medium", "high", "critical"], cells },
  };
}

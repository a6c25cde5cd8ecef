import type { PlannedRisk } from "../plan/types.js";
import { diffById } from "./diff-by-id.js";
import type { RiskChange, RiskDiff, RiskSnapshot } from "./types.js";

function snapshot(r: PlannedRisk): RiskSnapshot {
  return { title: r.title, status: r.status, probability: r.probability, impact: r.impact, score: r.score, level: r.level };
}

/** Risks added, removed, renamed, re-scored (probability or impact) or with another status, in the `after` order. */
export function diffRisks(before: readonly PlannedRisk[], after: readonly PlannedRisk[]): RiskDiff[] {
  return diffById(before, after, snapshot, (a, b) => {
    const changes: RiskChange[] = [];
    if (a.probability !== b.probability || a.impact !== b.impact) changes.push("rescored");
    if (a.status !== b.status) changes.push("status");
    return changes;
  });
}

import type { PlannedRisk } from "../plan/types.js";
import { matchById } from "./match-by-id.js";
import type { RiskChange, RiskDiff, RiskSnapshot } from "./types.js";

function snapshot(r: PlannedRisk): RiskSnapshot {
  return { title: r.title, status: r.status, probability: r.probability, impact: r.impact, score: r.score, level: r.level };
}

/** Risks added, removed, renamed, re-scored (probability or impact) or with another status, in the `after` order. */
export function diffRisks(before: readonly PlannedRisk[], after: readonly PlannedRisk[]): RiskDiff[] {
  const out: RiskDiff[] = [];
  for (const pair of matchById(before, after)) {
    const a = pair.before && snapshot(pair.before);
    const b = pair.after && snapshot(pair.after);
    const changes: RiskChange[] = [];
    if (!a) changes.push("added");
    else if (!b) changes.push("removed");
    else {
      if (a.title !== b.title) changes.push("renamed");
      if (a.probability !== b.probability || a.impact !== b.impact) changes.push("rescored");
      if (a.status !== b.status) changes.push("status");
    }
    if (changes.length > 0) out.push({ id: pair.id, changes, before: a, after: b });
  }
  return out;
}

import type { PlannedRisk, RiskLevelName } from "../plan/types.js";

/** Every risk ranked: the open ones in the planner's order (by score), then the rest by score, then file order. */
export function rankRisks(risks: PlannedRisk[], openRisks: string[]): PlannedRisk[] {
  const byId = new Map(risks.map((r) => [r.id, r]));
  const open = openRisks.map((id) => byId.get(id)).filter((r): r is PlannedRisk => r !== undefined);
  const openIds = new Set(openRisks);
  const rest = risks
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => !openIds.has(r.id))
    .sort((a, b) => (b.r.score ?? -1) - (a.r.score ?? -1) || a.i - b.i)
    .map(({ r }) => r);
  return [...open, ...rest];
}

/** How many of the risks have each level; `unscored` those without a probability or an impact. */
export function countLevels(risks: PlannedRisk[]): Record<RiskLevelName | "unscored", number> {
  const counts = { critical: 0, high: 0, medium: 0, low: 0, unscored: 0 };
  for (const r of risks) counts[r.level ?? "unscored"]++;
  return counts;
}

/**
 * A chance as a whole percentage that never rounds to a certainty it is not:
 * `73%`, `<1%` for a chance above 0 that rounds to 0, `>99%` for one below 1
 * that rounds to 100.
 */
export function chancePercent(share: number): string {
  const p = Math.round(share * 100);
  if (p === 0 && share > 0) return "<1%";
  if (p === 100 && share < 1) return ">99%";
  return `${p}%`;
}

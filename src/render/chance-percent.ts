/** A 0..1 fraction as a whole percentage: `42%`. */
const plainPercent = (fraction: number) => `${Math.round(fraction * 100)}%`;

/**
 * A chance as a whole percentage that never rounds to a certainty it is not:
 * `73%`, `<1%` for a chance above 0 that rounds to 0, `>99%` for one below 1
 * that rounds to 100. `percent` writes a percentage (`t.percent` of the
 * report's language: `73 %`, `%73`); plain `73%` by default.
 */
export function chancePercent(share: number, percent: (fraction: number) => string = plainPercent): string {
  const p = Math.round(share * 100);
  if (p === 0 && share > 0) return `<${percent(0.01)}`;
  if (p === 100 && share < 1) return `>${percent(0.99)}`;
  return percent(p / 100);
}

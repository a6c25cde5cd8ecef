/** The q-quantile (0 < q <= 1) of sorted values by the nearest-rank method: the smallest value with at least q of them at or below it. */
export function nearestRank(sorted: Float64Array, q: number): number {
  const rank = Math.max(1, Math.ceil(q * sorted.length - 1e-9));
  return sorted[rank - 1];
}

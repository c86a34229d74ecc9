// Signorino & Ritter's S (Signorino, Curtis S. and Jeffrey M. Ritter. 1999. "Tau-b or Not
// Tau-b: Measuring the Similarity of Foreign Policy Positions." International Studies
// Quarterly 43(1): 115-144), unweighted, over N objects with tie values in [0, Δ]:
//
//   absolute:  S = 1 − 2 · Σ_k |x_k − y_k| / (N · Δ)
//   squared:   S = 1 − 2 · Σ_k (x_k − y_k)² / (N · Δ²)
//
// S runs from −1 (as different as the range allows) to 1 (identical). It is a sum over
// objects, so each object's share is exact: c_k = (1 − 2·d_k / d_max) / N, Σ c_k = S.
export type SMetric = 'abs' | 'sq';

export function sContributions(x: readonly number[], y: readonly number[], range: number, metric: SMetric = 'abs'): number[] {
  const n = x.length;
  if (n === 0) return [];
  const dMax = metric === 'abs' ? range : range * range;
  return x.map((xk, k) => {
    const d = Math.abs(xk - (y[k] as number));
    return (1 - (2 * (metric === 'abs' ? d : d * d)) / dMax) / n;
  });
}

/** S over the two portfolios; null over no objects. */
export function sScore(x: readonly number[], y: readonly number[], range: number, metric: SMetric = 'abs'): number | null {
  if (x.length === 0) return null;
  return sContributions(x, y, range, metric).reduce((s, c) => s + c, 0);
}

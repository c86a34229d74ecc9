// Cohen's weighted kappa for two foreign-policy portfolios (Häge, Frank M. 2011. "Choice or
// Circumstance? Adjusting Measures of Foreign Policy Similarity for Chance Agreement."
// Political Analysis 19(3): 287-305). Agreement is corrected for what the two actors'
// own distributions of tie values would give by chance, so two states' shared absence from
// most organizations does not count as agreement:
//
//   κ = 1 − D_o / D_e,   D_o = (1/N) Σ_k d(x_k, y_k),
//                        D_e = Σ_a Σ_b p_x(a) · p_y(b) · d(a, b)
//
// with p_x, p_y each actor's own share of objects at each tie value (Cohen's kappa; Scott's
// pi would pool them) and d the absolute or squared distance, as for S. κ = 1 for identical
// portfolios, 0 for chance agreement. Undefined (null) when D_e = 0: both actors hold one
// tie value everywhere. Per object: c_k = 1/N − d_k / (N · D_e), Σ c_k = κ (D_e held at
// its value for the date).
import type { SMetric } from './s-score.ts';

const dist = (a: number, b: number, metric: SMetric) => (metric === 'abs' ? Math.abs(a - b) : (a - b) * (a - b));

export function expectedDisagreement(x: readonly number[], y: readonly number[], metric: SMetric = 'abs'): number {
  const n = x.length;
  const px = new Map<number, number>();
  const py = new Map<number, number>();
  for (const v of x) px.set(v, (px.get(v) ?? 0) + 1 / n);
  for (const v of y) py.set(v, (py.get(v) ?? 0) + 1 / n);
  let de = 0;
  for (const [a, pa] of px) for (const [b, pb] of py) de += pa * pb * dist(a, b, metric);
  return de;
}

export function kappaContributions(x: readonly number[], y: readonly number[], metric: SMetric = 'abs'): number[] | null {
  const n = x.length;
  if (n === 0) return null;
  const de = expectedDisagreement(x, y, metric);
  if (de === 0) return null;
  return x.map((xk, k) => 1 / n - dist(xk, y[k] as number, metric) / (n * de));
}

export function weightedKappa(x: readonly number[], y: readonly number[], metric: SMetric = 'abs'): number | null {
  const c = kappaContributions(x, y, metric);
  return c === null ? null : c.reduce((s, v) => s + v, 0);
}

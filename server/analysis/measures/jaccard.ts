// Jaccard similarity of two memberships (Jaccard, Paul. 1901. "Étude comparative de la
// distribution florale..." Bulletin de la Société vaudoise des sciences naturelles 37):
// shared memberships over all memberships of the two, |A ∩ B| / |A ∪ B|, a tie of any
// value counting as a membership. 0 when neither has any. Per object: c_k = [k ∈ A ∩ B] / |A ∪ B|.
export function jaccardContributions(x: readonly number[], y: readonly number[]): number[] {
  let union = 0;
  for (let k = 0; k < x.length; k++) if ((x[k] as number) > 0 || (y[k] as number) > 0) union += 1;
  return x.map((xk, k) => (union > 0 && xk > 0 && (y[k] as number) > 0 ? 1 / union : 0));
}

export function jaccard(x: readonly number[], y: readonly number[]): number {
  return jaccardContributions(x, y).reduce((s, c) => s + c, 0);
}

// The ties a layout sees: one per linked pair of actors, weighted by how many relations the
// pair has over all dates. A large graph keeps only each actor's few strongest: tens of
// thousands of spells between the same pairs add nothing about where actors belong.
export interface Tie {
  source: string;
  target: string;
  weight: number;
}

/** Up to this many actors every linked pair is a tie (it costs milliseconds and each one tells). */
export const ALL_TIES_BELOW = 200;
/** How many of its strongest ties each actor brings to the layout of a larger graph. */
export const STRONGEST_TIES = 3;

export function layoutTies(actorIds: readonly string[], relations: readonly { source: string; target: string }[]): Tie[] {
  const known = new Set(actorIds);
  const pairs = new Map<string, Tie>();
  for (const r of relations) {
    if (r.source === r.target || !known.has(r.source) || !known.has(r.target)) continue;
    const [a, b] = r.source < r.target ? [r.source, r.target] : [r.target, r.source];
    const key = `${a}\u0000${b}`;
    const tie = pairs.get(key);
    if (tie) tie.weight++;
    else pairs.set(key, { source: a, target: b, weight: 1 });
  }
  const all = [...pairs.values()].sort((x, y) => (x.source === y.source ? (x.target < y.target ? -1 : 1) : x.source < y.source ? -1 : 1));
  if (known.size < ALL_TIES_BELOW) return all;
  const byActor = new Map<string, Tie[]>();
  for (const t of all) {
    for (const end of [t.source, t.target]) {
      let list = byActor.get(end);
      if (!list) byActor.set(end, (list = []));
      list.push(t);
    }
  }
  const keep = new Set<Tie>();
  // Strongest first; equal weights in pair order, so the choice is the same at every run.
  for (const list of byActor.values()) for (const t of [...list].sort((x, y) => y.weight - x.weight).slice(0, STRONGEST_TIES)) keep.add(t);
  return all.filter((t) => keep.has(t));
}

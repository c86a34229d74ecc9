// The states-only view: the usual one-mode projection of membership data (two states are
// linked when they are members of the same organizations at the date; the weight is how many
// they share). Pure, from the snapshot's relations and the actors' kinds.

export interface StateLink {
  /** The two states, a < b. */
  a: string;
  b: string;
  /** Organizations both are members of at the date. */
  weight: number;
}

interface Membership {
  source: string;
  target: string;
  type: string;
}

/**
 * Links between states sharing at least `threshold` organizations through the given active
 * relations (MEMBER_OF from a state to an organization), sorted by a then b. Counted in a
 * dense pair table: a world's year (about 12,000 memberships, 200 states) is millions of
 * pair increments, too many for a map keyed by strings.
 */
export function statesProjection(relations: readonly Membership[], kindOf: (id: string) => string | undefined, threshold = 1): StateLink[] {
  const members = new Map<string, Set<string>>();
  const states: string[] = [];
  const index = new Map<string, number>();
  for (const r of relations) {
    if (r.type !== 'MEMBER_OF' || kindOf(r.source) !== 'state' || kindOf(r.target) !== 'organization') continue;
    if (!index.has(r.source)) {
      index.set(r.source, states.length);
      states.push(r.source);
    }
    let m = members.get(r.target);
    if (!m) members.set(r.target, (m = new Set()));
    m.add(r.source);
  }
  const n = states.length;
  const shared = new Uint32Array(n * n);
  for (const m of members.values()) {
    const ids = [...m].map((s) => index.get(s)!);
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const x = ids[i]!;
        const y = ids[j]!;
        shared[x < y ? x * n + y : y * n + x]! += 1;
      }
    }
  }
  const out: StateLink[] = [];
  const min = Math.max(1, threshold);
  for (let x = 0; x < n; x++) {
    for (let y = x + 1; y < n; y++) {
      const w = shared[x * n + y]!;
      if (w < min) continue;
      const [a, b] = states[x]! < states[y]! ? [states[x]!, states[y]!] : [states[y]!, states[x]!];
      out.push({ a, b, weight: w });
    }
  }
  return out.sort((p, q) => (p.a < q.a ? -1 : p.a > q.a ? 1 : p.b < q.b ? -1 : p.b > q.b ? 1 : 0));
}

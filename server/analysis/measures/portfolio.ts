// Portfolios: each actor's ordinal ties to the same set of objects (organizations and
// alliances) at a date, the input of the field's similarity measures (Signorino & Ritter
// 1999; Häge 2011). Tie values: 0 none < 1 observer < 2 associate member < 3 full member;
// for alliances (ATOP, COW) 3 defense or offense, 2 neutrality or consultation, 1
// non-aggression only. A relation's own `level` wins; else MEMBER_OF counts 3, OBSERVER_OF 1.
import { activeAt, existsAt, type Interval } from '../../../shared/time/temporal.ts';

/** The largest tie value: the range of every dimension (Δ in Signorino & Ritter). */
export const MAX_TIE = 3;

export interface TieRelation extends Interval {
  source: string;
  target: string;
  level?: number;
}

export interface ObjectActor {
  id: string;
  kind: string;
  founded: string | null;
  dissolved: string | null;
}

/** actor → object → tie value (absent: 0), for the ties active at `at`. */
export type Portfolios = Map<string, Map<string, number>>;

export function tieValue(r: { type: string; level?: number }): number {
  if (r.type === 'MEMBER_OF') return r.level ?? 3;
  if (r.type === 'OBSERVER_OF') return r.level ?? 1;
  return 0;
}

export function portfoliosAt(relations: readonly TieRelation[], objects: ReadonlySet<string>, at: string): Portfolios {
  return portfoliosWithIds(relations, objects, at).ties;
}

/** The portfolios and, per actor and object, the ids of the relations that make the tie. */
export function portfoliosWithIds(
  relations: readonly (TieRelation & { id?: string })[],
  objects: ReadonlySet<string>,
  at: string,
): { ties: Portfolios; ids: Map<string, Map<string, string[]>> } {
  const ties: Portfolios = new Map();
  const ids = new Map<string, Map<string, string[]>>();
  for (const r of activeAt(relations, at, 0, ['MEMBER_OF', 'OBSERVER_OF'])) {
    if (!objects.has(r.target)) continue;
    const v = tieValue(r);
    let p = ties.get(r.source);
    if (!p) ties.set(r.source, (p = new Map()));
    if (v > (p.get(r.target) ?? 0)) p.set(r.target, v);
    if (r.id === undefined) continue;
    let q = ids.get(r.source);
    if (!q) ids.set(r.source, (q = new Map()));
    const list = q.get(r.target);
    if (list) list.push(r.id);
    else q.set(r.target, [r.id]);
  }
  return { ties, ids };
}

/**
 * The objects that exist at `at`: organizations and alliances (or the one kind asked for)
 * founded by then and not dissolved. An object without a founding date exists from its
 * first tie.
 */
export function objectsAt(actors: readonly ObjectActor[], relations: readonly TieRelation[], at: string, kinds: readonly string[] = ['organization', 'alliance']): Set<string> {
  const firstTie = new Map<string, string>();
  for (const r of relations) {
    if (r.type !== 'MEMBER_OF' && r.type !== 'OBSERVER_OF') continue;
    const f = firstTie.get(r.target);
    if (f === undefined || r.start < f) firstTie.set(r.target, r.start);
  }
  const out = new Set<string>();
  for (const a of actors) {
    if (!kinds.includes(a.kind)) continue;
    const founded = a.founded ?? firstTie.get(a.id) ?? null;
    if (founded === null) continue;
    if (existsAt({ founded, dissolved: a.dissolved }, at)) out.add(a.id);
  }
  return out;
}

/** The two actors' tie values over `objects`, in that order. */
export function pairOver(a: ReadonlyMap<string, number> | undefined, b: ReadonlyMap<string, number> | undefined, objects: readonly string[]): { x: number[]; y: number[] } {
  return { x: objects.map((o) => a?.get(o) ?? 0), y: objects.map((o) => b?.get(o) ?? 0) };
}

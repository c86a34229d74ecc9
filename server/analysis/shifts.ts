// Who shifted toward whom: an explainable alignment score of every actor with a target at two
// dates, and the relations that made the difference. Scores are sums of weighted relations
// (see alignment-weights.ts): direct relations with the target, shared memberships in
// organizations the target belongs to, and, scaled down, other relations with those organizations.
import type { AlignmentWeights } from './alignment-weights.ts';
import { activeAt } from '../../shared/time/temporal.ts';
import type { Linked } from '../../shared/graph/active-graph.ts';

export interface Contribution {
  relation: string;
  weight: number;
}

export interface Shift {
  actor: string;
  before: number;
  after: number;
  delta: number;
  /** Relation ids whose contribution differs between the two dates, largest effect first. */
  evidence: string[];
}

/** Each actor's contributions toward `target` from the relations active at `at`. */
export function contributionsAt(
  relations: readonly Linked[],
  target: string,
  at: string,
  windowDays: number,
  w: AlignmentWeights,
): Map<string, Contribution[]> {
  const active = activeAt(relations, at, windowDays);
  const targetOrgs = new Set(active.filter((r) => r.type === 'MEMBER_OF' && r.source === target).map((r) => r.target));
  const out = new Map<string, Contribution[]>();
  const add = (actor: string, relation: string, weight: number) => {
    if (actor === target || weight === 0) return;
    let list = out.get(actor);
    if (!list) out.set(actor, (list = []));
    list.push({ relation, weight });
  };
  for (const r of active) {
    const weight = w.relation[r.type] ?? 0;
    if (r.source === target || r.target === target) {
      add(r.source === target ? r.target : r.source, r.id, weight);
    } else if (targetOrgs.has(r.target)) {
      add(r.source, r.id, r.type === 'MEMBER_OF' ? w.sharedMembership : weight * w.indirect);
    } else if (targetOrgs.has(r.source)) {
      add(r.target, r.id, weight * w.indirect);
    }
  }
  return out;
}

const round = (x: number) => Math.round(x * 100) / 100;

export function shifts(
  relations: readonly Linked[],
  actors: readonly string[],
  target: string,
  from: string,
  to: string,
  windowDays: number,
  w: AlignmentWeights,
): Shift[] {
  const before = contributionsAt(relations, target, from, windowDays, w);
  const after = contributionsAt(relations, target, to, windowDays, w);
  const sum = (cs: Contribution[] = []) => cs.reduce((s, c) => s + c.weight, 0);
  const result = actors
    .filter((a) => a !== target)
    .map((actor) => {
      const b = new Map((before.get(actor) ?? []).map((c) => [c.relation, c.weight]));
      const a = new Map((after.get(actor) ?? []).map((c) => [c.relation, c.weight]));
      const effects = new Map<string, number>();
      for (const id of new Set([...a.keys(), ...b.keys()])) {
        const change = (a.get(id) ?? 0) - (b.get(id) ?? 0);
        if (change !== 0) effects.set(id, change);
      }
      const evidence = [...effects.entries()].sort((x, y) => Math.abs(y[1]) - Math.abs(x[1]) || x[0].localeCompare(y[0])).map(([id]) => id);
      const beforeScore = round(sum(before.get(actor)));
      const afterScore = round(sum(after.get(actor)));
      return { actor, before: beforeScore, after: afterScore, delta: round(afterScore - beforeScore), evidence };
    });
  return result.sort((x, y) => y.delta - x.delta || x.actor.localeCompare(y.actor));
}

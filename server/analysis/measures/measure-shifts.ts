// "Who shifted toward X" with the field's measures: each candidate's similarity to X over
// their portfolios of ties to the same objects (organizations, alliances) at `from` and at
// `to`, the change, and the change decomposed per object ("joined the SCO: +0.040"). The
// measures are compared over the objects that exist at both dates, so the decomposition adds
// up; objects that exist at only one date are reported apart. With `relativeTo` Y, the shift
// is the shift toward X minus the shift toward Y, object by object.
import { jaccardContributions } from './jaccard.ts';
import { kappaContributions } from './kappa.ts';
import { MAX_TIE, objectsAt, pairOver, portfoliosWithIds, type ObjectActor, type Portfolios, type TieRelation } from './portfolio.ts';
import { sContributions, type SMetric } from './s-score.ts';
// Listed with /api/shifts' query (shared/contracts/queries.ts), which the client shares.
import { MEASURE_METHODS } from '../../../shared/contracts/queries.ts';

export { MEASURE_METHODS };
export type MeasureMethod = (typeof MEASURE_METHODS)[number];

export interface MeasureOptions {
  method: MeasureMethod;
  metric: SMetric;
  /** Which objects make up the portfolios. */
  kinds: readonly string[];
  relativeTo?: string;
}

export interface ObjectShare {
  object: string;
  before: number;
  after: number;
  change: number;
  text: string;
}

export interface ApartObject {
  object: string;
  /** The one date at which the object exists. */
  existsAt: 'from' | 'to';
  actorTie: number;
  towardTie: number;
}

export interface MeasureShift {
  actor: string;
  before: number | null;
  after: number | null;
  delta: number | null;
  /** Relations of the actor (or X, or Y) to the decomposition's objects, active at one date and not the other. */
  evidence: string[];
  /** The objects whose share changed most (at most DECOMPOSITION_SIZE), largest first. */
  decomposition: ObjectShare[];
  /** How many objects' shares changed in all. */
  decompositionCount: number;
  /** Objects that exist at only one of the two dates, where the actor has a tie (at most APART_SIZE). */
  apart: ApartObject[];
  apartCount: number;
}

export interface NamedActor extends ObjectActor {
  name: string;
  shortName: string | null;
}

// Portfolios and object sets depend only on the relations and the date: kept per load of
// the relations (the store hands out the same array until a write), a few dates at a time.
const MEMO_SIZE = 16;
const memos = new WeakMap<object, Map<string, unknown>>();
function memoFor(relations: object): <T>(key: string, make: () => T) => T {
  let m = memos.get(relations);
  if (!m) memos.set(relations, (m = new Map()));
  const cache = m;
  return <T>(key: string, make: () => T): T => {
    if (cache.has(key)) return cache.get(key) as T;
    const value = make();
    if (cache.size >= MEMO_SIZE) cache.delete(cache.keys().next().value as string);
    cache.set(key, value);
    return value;
  };
}

/** Each object's share of the measure for one pair, or null where the measure is undefined. */
export function contributions(method: MeasureMethod, x: readonly number[], y: readonly number[], metric: SMetric): number[] | null {
  if (method === 's') return x.length === 0 ? null : sContributions(x, y, MAX_TIE, metric);
  if (method === 'kappa') return kappaContributions(x, y, metric);
  return jaccardContributions(x, y);
}

const DECOMPOSITION_SIZE = 12;
export const APART_SIZE = 12;
const sum = (c: readonly number[] | null) => (c === null ? null : c.reduce((s, v) => s + v, 0));
const round = (v: number | null) => (v === null ? null : Math.round(v * 10_000) / 10_000);

function tieText(who: string | null, u: number, v: number, name: string): string {
  const subject = who === null ? '' : `${who} `;
  if (u === 0) return `${subject}joined ${name}`;
  if (v === 0) return `${subject}left ${name}`;
  return `${subject}${v > u ? 'tightened' : 'loosened'} its tie to ${name} (${u}→${v})`;
}

export function measureShifts(
  relations: readonly (TieRelation & { id: string })[],
  actors: readonly NamedActor[],
  candidates: readonly string[],
  toward: string,
  from: string,
  to: string,
  opts: MeasureOptions,
): MeasureShift[] {
  const memo = memoFor(relations);
  const objFrom = memo(`objects|${from}|${opts.kinds.join()}|${actors.length}`, () => objectsAt(actors, relations, from, opts.kinds));
  const objTo = memo(`objects|${to}|${opts.kinds.join()}|${actors.length}`, () => objectsAt(actors, relations, to, opts.kinds));
  const common = [...objFrom].filter((o) => objTo.has(o)).sort();
  const apartIds = [...[...objFrom].filter((o) => !objTo.has(o)).map((o) => [o, 'from'] as const), ...[...objTo].filter((o) => !objFrom.has(o)).map((o) => [o, 'to'] as const)];
  const all = new Set([...objFrom, ...objTo]);
  const allKey = [...all].sort().join();
  const { ties: pf, ids: idsFrom } = memo(`portfolios|${from}|${allKey}`, () => portfoliosWithIds(relations, all, from));
  const { ties: pt, ids: idsTo } = memo(`portfolios|${to}|${allKey}`, () => portfoliosWithIds(relations, all, to));
  const names = new Map(actors.map((a) => [a.id, a.shortName ?? a.name]));

  const shares = (p: Portfolios, a: string, b: string) => {
    const { x, y } = pairOver(p.get(a), p.get(b), common);
    return contributions(opts.method, x, y, opts.metric);
  };
  const refs = [toward, ...(opts.relativeTo ? [opts.relativeTo] : [])];

  return candidates
    .filter((a) => !refs.includes(a))
    .map((actor): MeasureShift => {
      const per = refs.map((ref) => ({ ref, b: shares(pf, actor, ref), a: shares(pt, actor, ref) }));
      const [tx, ry] = per;
      const value = (side: 'a' | 'b') => {
        const vx = sum(tx?.[side] ?? null);
        if (!ry) return vx;
        const vy = sum(ry[side]);
        return vx === null || vy === null ? null : vx - vy;
      };
      const before = value('b');
      const after = value('a');
      // Every object's change first (numbers only); words and evidence for the largest few.
      const changes: { k: number; b: number; a: number; change: number }[] = [];
      if (before !== null && after !== null) {
        const part = (side: 'a' | 'b', k: number) => (tx?.[side]?.[k] ?? 0) - (ry ? (ry[side]?.[k] ?? 0) : 0);
        for (let k = 0; k < common.length; k++) {
          const b = part('b', k);
          const a = part('a', k);
          if (Math.abs(a - b) >= 1e-12) changes.push({ k, b, a, change: a - b });
        }
      }
      changes.sort((p, q) => Math.abs(q.change) - Math.abs(p.change) || p.k - q.k);
      const evidence = new Set<string>();
      const decomposition = changes.slice(0, DECOMPOSITION_SIZE).map(({ k, b, a, change }): ObjectShare => {
        const o = common[k] as string;
        const name = names.get(o) ?? o;
        const texts: string[] = [];
        for (const who of [actor, ...refs]) {
          const u = pf.get(who)?.get(o) ?? 0;
          const v = pt.get(who)?.get(o) ?? 0;
          if (u === v) continue;
          texts.push(tieText(who === actor ? null : who, u, v, name));
          const was = idsFrom.get(who)?.get(o) ?? [];
          const is = idsTo.get(who)?.get(o) ?? [];
          for (const id of was) if (!is.includes(id)) evidence.add(id);
          for (const id of is) if (!was.includes(id)) evidence.add(id);
        }
        const text = `${texts.length > 0 ? texts.join(', ') : `${name}: chance agreement moved`}: ${change >= 0 ? '+' : '−'}${Math.abs(change).toFixed(3)}`;
        return { object: o, before: round(b) as number, after: round(a) as number, change: round(change) as number, text };
      });
      const apart = apartIds
        .map(([object, existsAt]) => {
          const p = existsAt === 'from' ? pf : pt;
          return { object, existsAt, actorTie: p.get(actor)?.get(object) ?? 0, towardTie: p.get(toward)?.get(object) ?? 0 };
        })
        .filter((x) => x.actorTie > 0);
      return {
        actor,
        before: round(before),
        after: round(after),
        delta: before === null || after === null ? null : round(after - before),
        evidence: [...evidence],
        decomposition,
        decompositionCount: changes.length,
        apart: apart.slice(0, APART_SIZE),
        apartCount: apart.length,
      };
    })
    .sort((p, q) => (q.delta ?? Number.NEGATIVE_INFINITY) - (p.delta ?? Number.NEGATIVE_INFINITY) || p.actor.localeCompare(q.actor));
}

// "Who shifted toward X" with the field's measures: each candidate's similarity to X over
// their portfolios of ties to the same objects (organizations, alliances) at `from` and at
// `to`, the change, and the change decomposed per object ("joined the SCO: +0.040"). The
// measures are compared over the objects that exist at both dates, so the decomposition adds
// up; objects that exist at only one date are reported apart. With `relativeTo` Y, the shift
// is the shift toward X minus the shift toward Y, object by object.
import { jaccardContributions } from './jaccard.ts';
import { kappaContributions } from './kappa.ts';
import { MAX_TIE, objectsAt, pairOver, portfoliosAt, type ObjectActor, type Portfolios, type TieRelation } from './portfolio.ts';
import { sContributions, type SMetric } from './s-score.ts';

export const MEASURE_METHODS = ['s', 'kappa', 'jaccard'] as const;
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
  /** Relations of the actor (or X, or Y) to the decomposition's objects that differ between the dates. */
  evidence: string[];
  decomposition: ObjectShare[];
  apart: ApartObject[];
}

export interface NamedActor extends ObjectActor {
  name: string;
  shortName: string | null;
}

/** Each object's share of the measure for one pair, or null where the measure is undefined. */
export function contributions(method: MeasureMethod, x: readonly number[], y: readonly number[], metric: SMetric): number[] | null {
  if (method === 's') return x.length === 0 ? null : sContributions(x, y, MAX_TIE, metric);
  if (method === 'kappa') return kappaContributions(x, y, metric);
  return jaccardContributions(x, y);
}

const DECOMPOSITION_SIZE = 12;
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
  const objFrom = objectsAt(actors, relations, from, opts.kinds);
  const objTo = objectsAt(actors, relations, to, opts.kinds);
  const common = [...objFrom].filter((o) => objTo.has(o)).sort();
  const apartIds = [...[...objFrom].filter((o) => !objTo.has(o)).map((o) => [o, 'from'] as const), ...[...objTo].filter((o) => !objFrom.has(o)).map((o) => [o, 'to'] as const)];
  const all = new Set([...objFrom, ...objTo]);
  const pf = portfoliosAt(relations, all, from);
  const pt = portfoliosAt(relations, all, to);
  const names = new Map(actors.map((a) => [a.id, a.shortName ?? a.name]));
  const ties = new Map<string, string[]>();
  for (const r of relations) {
    if ((r.type !== 'MEMBER_OF' && r.type !== 'OBSERVER_OF') || !all.has(r.target)) continue;
    const k = `${r.source}|${r.target}`;
    const list = ties.get(k) ?? [];
    list.push(r.id);
    ties.set(k, list);
  }
  const activeIds = (who: string, object: string, at: string) =>
    new Set((ties.get(`${who}|${object}`) ?? []).filter((id) => {
      const r = relById.get(id);
      return r !== undefined && r.start <= at && (r.end === null || at < r.end);
    }));
  const relById = new Map(relations.map((r) => [r.id, r]));

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
      const decomposition: ObjectShare[] = [];
      const evidence = new Set<string>();
      if (before !== null && after !== null) {
        common.forEach((o, k) => {
          const part = (side: 'a' | 'b') => (tx?.[side]?.[k] ?? 0) - (ry ? (ry[side]?.[k] ?? 0) : 0);
          const b = part('b');
          const a = part('a');
          const change = a - b;
          if (Math.abs(change) < 1e-12) return;
          const name = names.get(o) ?? o;
          const texts: string[] = [];
          for (const who of [actor, ...refs]) {
            const u = pf.get(who)?.get(o) ?? 0;
            const v = pt.get(who)?.get(o) ?? 0;
            if (u !== v) {
              texts.push(tieText(who === actor ? null : who, u, v, name));
              const was = activeIds(who, o, from);
              const is = activeIds(who, o, to);
              for (const id of was) if (!is.has(id)) evidence.add(id);
              for (const id of is) if (!was.has(id)) evidence.add(id);
            }
          }
          const text = `${texts.length > 0 ? texts.join(', ') : `${name}: chance agreement moved`}: ${change >= 0 ? '+' : '−'}${Math.abs(change).toFixed(3)}`;
          decomposition.push({ object: o, before: round(b) as number, after: round(a) as number, change: round(change) as number, text });
        });
      }
      decomposition.sort((p, q) => Math.abs(q.change) - Math.abs(p.change) || p.object.localeCompare(q.object));
      const apart = apartIds
        .map(([object, existsAt]) => {
          const p = existsAt === 'from' ? pf : pt;
          return { object, existsAt, actorTie: p.get(actor)?.get(object) ?? 0, towardTie: p.get(toward)?.get(object) ?? 0 };
        })
        .filter((x) => x.actorTie > 0 || x.towardTie > 0);
      return {
        actor,
        before: round(before),
        after: round(after),
        delta: before === null || after === null ? null : round(after - before),
        evidence: [...evidence],
        decomposition: decomposition.slice(0, DECOMPOSITION_SIZE),
        apart,
      };
    })
    .sort((p, q) => (q.delta ?? Number.NEGATIVE_INFINITY) - (p.delta ?? Number.NEGATIVE_INFINITY) || p.actor.localeCompare(q.actor));
}

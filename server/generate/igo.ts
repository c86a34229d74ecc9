// A synthetic world shaped like the Correlates of War IGO data (v3): about 210 states and 530
// intergovernmental organizations from 1816, membership spells observed every five years up
// to 1965 and every year after, about 19,000 spells, 11,000 to 13,000 memberships active in
// any year after 1990. Deterministic (seeded), like generateWorld; only its shape is real.
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RelationType } from '../../shared/model/schemas.ts';
import { WORLD_SOURCE_ID, type World, type WorldActor, type WorldRelation } from './world.ts';

export interface IgoOptions {
  seed: number;
}

export const IGO_STATES = 210;
export const IGO_ORGS = 530;
/** The data's first and last observed years; spells still running in the last stay open. */
export const IGO_FIRST_YEAR = 1816;
export const IGO_LAST_YEAR = 2014;
/** Up to this year, COW observes memberships every five years; after it, every year. */
export const IGO_YEARLY_FROM = 1965;

/** The first observed year at or after `year`: before 1965 only years divisible by five are. */
export function observedYear(year: number): number {
  return year < IGO_YEARLY_FROM ? Math.ceil(year / 5) * 5 : year;
}

/** Percent of organizations that are near-universal, and medium-sized; the rest are small. */
const UNIVERSAL = 12;
const MEDIUM = 34;

/** Members that do not found an organization join within this many years. */
const LATE_JOIN_YEARS = 8;
/** Share of membership spells that end by the member leaving, and of leavers who come back. */
const LEAVE = 0.3;
const REJOIN = 0.6;

const pad = (n: number) => String(n).padStart(3, '0');
const date = (year: number) => `${year}-01-01`;

export function generateIgoWorld(o: IgoOptions): World {
  const rng = xoroshiro128plus(o.seed);
  const int = (from: number, to: number) => uniformInt(rng, from, to);
  const chance = (p: number) => int(0, 9999) < p * 10_000;

  // States enter the system in waves (the Congress of Vienna system, decolonization, the end
  // of the Soviet Union); a few leave it (unifications, dissolutions).
  const waves: [count: number, from: number, to: number][] = [
    [23, 1816, 1816],
    [40, 1817, 1944],
    [97, 1945, 1965],
    [35, 1966, 1989],
    [15, 1990, 1994],
  ];
  const stateLife: { entry: number; exit: number | null }[] = [];
  for (const [count, from, to] of waves) {
    for (let i = 0; i < count; i++) {
      const entry = int(from, to);
      const exit = entry < 1900 && chance(0.3) ? int(entry + 20, 1944) : entry < 1990 && chance(0.03) ? int(1990, 1993) : null;
      stateLife.push({ entry, exit });
    }
  }
  const states: WorldActor[] = stateLife.map((_, i) => ({ id: `S${pad(i + 1)}`, name: `State ${pad(i + 1)}`, kind: 'state', shortName: null, founded: null, dissolved: null }));

  // Organizations: few before the World Wars, most founded between 1945 and the 1980s; a
  // third of them dissolve.
  const orgWaves: [count: number, from: number, to: number][] = [
    [40, 1816, 1913],
    [50, 1914, 1944],
    [360, 1945, 1985],
    [80, 1986, 2010],
  ];
  const orgLife: { founded: number; dissolved: number | null; share: number }[] = [];
  for (const [count, from, to] of orgWaves) {
    for (let i = 0; i < count; i++) {
      const k = orgLife.length;
      const founded = observedYear(int(from, to));
      const kind = (k * 37) % 100;
      // Organizations founded since the late 1980s are regional: none is near-universal.
      const universal = kind < UNIVERSAL && from < 1986;
      // Near-universal organizations (the UN family) rarely dissolve; others often do.
      const end = chance(universal ? 0.05 : 0.4) ? observedYear(founded + int(10, 60)) : null;
      const dissolved = end !== null && end <= IGO_LAST_YEAR ? end : null;
      // Share of the states of its time it takes in: most organizations are regional and
      // small, a few are near-universal.
      // (By quota, not by chance, so every seed has the same mix.)
      const share = universal ? int(65, 90) / 100 : kind < UNIVERSAL + MEDIUM ? int(12, 26) / 100 : int(1, 6) / 100;
      orgLife.push({ founded, dissolved, share });
    }
  }
  const orgs: WorldActor[] = orgLife.map((g, i) => ({
    id: `O${pad(i + 1)}`,
    name: `Organization ${pad(i + 1)}`,
    kind: 'organization',
    shortName: `IGO${i + 1}`,
    founded: date(g.founded),
    dissolved: g.dissolved === null ? null : date(g.dissolved),
  }));

  const relations: WorldRelation[] = [];
  const spell = (s: number, g: number, start: number, end: number | null) => {
    const type: RelationType = chance(0.9) ? 'MEMBER_OF' : 'OBSERVER_OF';
    relations.push({
      id: `igo-${String(relations.length + 1).padStart(5, '0')}`,
      source: states[s]!.id,
      target: orgs[g]!.id,
      type,
      start: date(start),
      end: end === null ? null : date(end),
      precision: 'year',
      event: false,
      sources: [WORLD_SOURCE_ID],
      note: `Synthetic IGO ${type === 'MEMBER_OF' ? 'membership' : 'observer'} spell.`,
    });
  };
  orgLife.forEach((g, gi) => {
    const closes = g.dissolved ?? Infinity;
    stateLife.forEach((st, si) => {
      const from = Math.max(g.founded, observedYear(st.entry));
      const until = Math.min(closes, st.exit === null ? Infinity : observedYear(st.exit));
      if (from >= until || from > IGO_LAST_YEAR || !chance(g.share)) return;
      // Founding members join at once; others some years later.
      let start = chance(0.5) ? from : observedYear(from + int(1, LATE_JOIN_YEARS));
      while (start < until && start <= IGO_LAST_YEAR) {
        // Some members leave (and may come back later).
        const leaves = chance(LEAVE) ? observedYear(start + int(3, 30)) : Infinity;
        const end = Math.min(until, leaves);
        if (end <= start) break;
        spell(si, gi, start, end > IGO_LAST_YEAR ? null : end);
        if (end === Infinity || end > IGO_LAST_YEAR || end === until || !chance(REJOIN)) break;
        start = observedYear(end + int(2, 15));
      }
    });
  });
  return {
    actors: [...states, ...orgs],
    sources: [{ id: WORLD_SOURCE_ID, title: 'Synthetic world dataset shaped like COW IGO v3', author: 'npm run generate -- --profile igo', publisher: null, published: null, url: null }],
    relations,
  };
}

// A deterministic synthetic world the size of all IGO memberships since 1945: states,
// organizations founded and dissolved, membership spells that start and end, and events.
// Pure: the same options give the same world.
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { fromDayNumber, toDayNumber } from '../../shared/time/time.ts';
import type { RelationType } from '../../shared/model/schemas.ts';

export interface WorldOptions {
  states: number;
  orgs: number;
  spells: number;
  events: number;
  seed: number;
}

export interface WorldActor {
  id: string;
  name: string;
  kind: 'state' | 'organization';
  shortName: string | null;
  founded: string | null;
  dissolved: string | null;
}

export interface WorldRelation {
  id: string;
  source: string;
  target: string;
  type: RelationType;
  start: string;
  end: string | null;
  precision: 'day' | 'month' | 'year';
  event: boolean;
  sources: string[];
  note: string;
}

export interface World {
  actors: WorldActor[];
  sources: { id: string; title: string; author: string | null; publisher: string | null; published: string | null; url: string | null }[];
  relations: WorldRelation[];
}

export const WORLD_SOURCE_ID = 'synthetic-world';
const FIRST_DAY = toDayNumber('1945-01-01');
const LAST_DAY = toDayNumber('2025-12-31');
const YEAR = 365;
const EVENT_TYPES: RelationType[] = ['SOUGHT_AID_FROM', 'REFUSED_AID_TO', 'CONDEMNED', 'EXERCISED_WITH', 'PARTNER_OF'];
const pad = (n: number, width: number) => String(n).padStart(width, '0');

export function generateWorld(o: WorldOptions): World {
  const rng = xoroshiro128plus(o.seed);
  const int = (from: number, to: number) => uniformInt(rng, from, to);
  const chance = (p: number) => int(0, 9999) < p * 10_000;
  const precision = () => (chance(0.7) ? 'day' : chance(0.6) ? 'month' : 'year') as WorldRelation['precision'];
  const widthS = String(o.states).length;
  const widthO = String(o.orgs).length;

  const states: WorldActor[] = Array.from({ length: o.states }, (_, i) => ({
    id: `S${pad(i + 1, widthS)}`,
    name: `State ${pad(i + 1, widthS)}`,
    kind: 'state',
    shortName: null,
    founded: null,
    dissolved: null,
  }));
  const orgDays: { founded: number; dissolved: number | null }[] = [];
  const orgs: WorldActor[] = Array.from({ length: o.orgs }, (_, i) => {
    const founded = int(FIRST_DAY, LAST_DAY - 5 * YEAR);
    const dissolved = chance(0.2) ? Math.min(LAST_DAY, founded + int(5 * YEAR, 40 * YEAR)) : null;
    const ends = dissolved !== null && dissolved < LAST_DAY ? dissolved : null;
    orgDays.push({ founded, dissolved: ends });
    return {
      id: `O${pad(i + 1, widthO)}`,
      name: `Organization ${pad(i + 1, widthO)}`,
      kind: 'organization',
      shortName: `O${i + 1}`,
      founded: fromDayNumber(founded),
      dissolved: ends === null ? null : fromDayNumber(ends),
    };
  });

  const relations: WorldRelation[] = [];
  const widthR = String(o.spells + o.events).length;
  for (let i = 0; i < o.spells; i++) {
    const s = int(0, o.states - 1);
    const g = int(0, o.orgs - 1);
    const life = orgDays[g] as { founded: number; dissolved: number | null };
    const until = life.dissolved ?? LAST_DAY;
    const start = int(life.founded, Math.max(life.founded, until - 30));
    const ends = life.dissolved !== null || chance(0.6);
    const end = ends ? Math.min(until, start + int(YEAR, 30 * YEAR)) : null;
    const roll = int(0, 99);
    const type: RelationType = roll < 85 ? 'MEMBER_OF' : roll < 95 ? 'OBSERVER_OF' : 'FROZE_PARTICIPATION_IN';
    relations.push({
      id: `w-${pad(i + 1, widthR)}`,
      source: (states[s] as WorldActor).id,
      target: (orgs[g] as WorldActor).id,
      type,
      start: fromDayNumber(start),
      end: end !== null && end > start ? fromDayNumber(end) : null,
      precision: precision(),
      event: false,
      sources: [WORLD_SOURCE_ID],
      note: `Synthetic ${type.toLowerCase().replace(/_/g, ' ')} spell.`,
    });
  }
  for (let i = 0; i < o.events; i++) {
    const a = int(0, o.states - 1);
    let b = int(0, o.states - 2);
    if (b >= a) b++;
    const type = EVENT_TYPES[int(0, EVENT_TYPES.length - 1)] as RelationType;
    relations.push({
      id: `w-${pad(o.spells + i + 1, widthR)}`,
      source: (states[a] as WorldActor).id,
      target: (states[b] as WorldActor).id,
      type,
      start: fromDayNumber(int(FIRST_DAY, LAST_DAY)),
      end: null,
      precision: precision(),
      event: true,
      sources: [WORLD_SOURCE_ID],
      note: `Synthetic ${type.toLowerCase().replace(/_/g, ' ')} event.`,
    });
  }
  return {
    actors: [...states, ...orgs],
    sources: [{ id: WORLD_SOURCE_ID, title: 'Synthetic world dataset', author: 'npm run generate', publisher: null, published: null, url: null }],
    relations,
  };
}

// The seed data itself: it loads, every relation is well formed and cites a real source,
// and snapshots at known dates tell the history the articles and the record tell.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeAt } from '../../shared/time/temporal.ts';
import { GrafeoEngine } from '../../server/engine/grafeo/grafeo-engine.ts';
import { RELATION_TYPES, type Relation } from '../../shared/model/schemas.ts';
import { GraphStore } from '../../server/queries/graph-store.ts';
import { loadRegistry } from '../../server/queries/registry.ts';
import { SEEDS_DIR, loadSeeds, type SeedReport } from '../../server/seeding/load-seeds.ts';

let engine: GrafeoEngine;
let store: GraphStore;
let first: SeedReport;
let relations: Relation[];

beforeAll(async () => {
  engine = GrafeoEngine.open();
  store = new GraphStore(engine, loadRegistry());
  first = await loadSeeds(engine);
  relations = await store.relations();
});
afterAll(async () => {
  await engine?.close();
});

/** Relation ids written in the seed files: a row whose endpoint is missing would load nothing. */
function relationIdsInFiles(): string[] {
  return fs
    .readdirSync(SEEDS_DIR)
    .filter((f) => /^[3-9]\d-.*\.cypher$/.test(f))
    .flatMap((f) => [...fs.readFileSync(path.join(SEEDS_DIR, f), 'utf8').matchAll(/\{\s*id:\s*'([^']+)'/g)].map((m) => m[1] as string));
}

const find = (source: string, target: string, type: string) =>
  relations.filter((r) => r.source === source && r.target === target && r.type === type);
const activeHas = (at: string, source: string, target: string, type: string) =>
  activeAt(relations, at).some((r) => r.source === source && r.target === target && r.type === type);

describe('the seeds', () => {
  it('load twice into the same graph', async () => {
    const second = await loadSeeds(engine);
    expect({ actors: second.actors, relations: second.relations, sources: second.sources }).toEqual({
      actors: first.actors,
      relations: first.relations,
      sources: first.sources,
    });
  });

  it('load every relation row the files hold, each id once', () => {
    const ids = relationIdsInFiles();
    expect(new Set(ids).size).toBe(ids.length);
    expect(relations.map((r) => r.id).sort()).toEqual([...ids].sort());
  });

  it('give every relation a known type, a precision, a note, and a start before its end', () => {
    for (const r of relations) {
      expect(RELATION_TYPES).toContain(r.type);
      expect(['day', 'month', 'year']).toContain(r.precision);
      expect(r.note.length, r.id).toBeGreaterThan(10);
      if (r.end) expect(r.start < r.end, r.id).toBe(true);
      if (r.event) expect(r.end, `${r.id} is an event and has no end`).toBeNull();
    }
  });

  it('cite at least one existing source for every relation', async () => {
    const sources = new Set((await store.sources()).map((s) => s.id));
    for (const r of relations) {
      expect(r.sources.length, r.id).toBeGreaterThan(0);
      for (const s of r.sources) expect(sources.has(s), `${r.id} cites unknown source ${s}`).toBe(true);
    }
  });

  it('cite each of the five articles somewhere', () => {
    const cited = new Set(relations.flatMap((r) => r.sources));
    for (const id of ['aviles-2025', 'woodward-2025', 'agazade-2021', 'jafarli-2024', 'dyner-2023']) expect(cited).toContain(id);
  });
});

describe('snapshots tell the history', () => {
  it('Uzbekistan is in the CSTO in 2010 and not in 2013', () => {
    expect(activeHas('2010-06-01', 'UZB', 'CSTO', 'MEMBER_OF')).toBe(true);
    expect(activeHas('2013-06-01', 'UZB', 'CSTO', 'MEMBER_OF')).toBe(false);
  });

  it('Uzbekistan is in GUAM in 2000 and not in 2006', () => {
    expect(activeHas('2000-06-01', 'UZB', 'GUAM', 'MEMBER_OF')).toBe(true);
    expect(activeHas('2006-06-01', 'UZB', 'GUAM', 'MEMBER_OF')).toBe(false);
  });

  it('Azerbaijan and Georgia left the 1992 treaty in 1999', () => {
    expect(activeHas('1997-01-01', 'AZE', 'CST', 'MEMBER_OF')).toBe(true);
    expect(activeHas('1997-01-01', 'GEO', 'CST', 'MEMBER_OF')).toBe(true);
    expect(activeHas('2000-01-01', 'AZE', 'CST', 'MEMBER_OF')).toBe(false);
    expect(activeHas('2000-01-01', 'GEO', 'CST', 'MEMBER_OF')).toBe(false);
  });

  it('Kyrgyzstan is in the EAEU in late 2015 and not in early 2015', () => {
    expect(activeHas('2015-03-01', 'KGZ', 'EAEU', 'MEMBER_OF')).toBe(false);
    expect(activeHas('2015-12-01', 'KGZ', 'EAEU', 'MEMBER_OF')).toBe(true);
    expect(activeHas('2015-03-01', 'ARM', 'EAEU', 'MEMBER_OF')).toBe(true);
  });

  it("Armenia's freeze of its CSTO participation is there in 2025 and not in 2023", () => {
    expect(activeHas('2025-01-01', 'ARM', 'CSTO', 'FROZE_PARTICIPATION_IN')).toBe(true);
    expect(activeHas('2023-01-01', 'ARM', 'CSTO', 'FROZE_PARTICIPATION_IN')).toBe(false);
    // Frozen, not gone: Armenia has not formally left.
    expect(activeHas('2025-01-01', 'ARM', 'CSTO', 'MEMBER_OF')).toBe(true);
  });

  it('the CSTO deployment in Kazakhstan is visible in January 2022 only', () => {
    const [deployment] = find('CSTO', 'KAZ', 'DEPLOYED_TO');
    expect(deployment).toBeDefined();
    expect(deployment?.start.startsWith('2022-01')).toBe(true);
    expect(activeHas('2022-01-10', 'CSTO', 'KAZ', 'DEPLOYED_TO')).toBe(true);
    expect(activeHas('2022-01-01', 'CSTO', 'KAZ', 'DEPLOYED_TO')).toBe(false);
    expect(activeHas('2022-02-01', 'CSTO', 'KAZ', 'DEPLOYED_TO')).toBe(false);
  });

  it("Russia's war on Ukraine runs from 24 February 2022", () => {
    const [war] = find('RUS', 'UKR', 'CONFLICT_WITH').filter((r) => r.start.startsWith('2022'));
    expect(war?.start).toBe('2022-02-24');
    expect(activeHas('2024-08-10', 'RUS', 'UKR', 'CONFLICT_WITH')).toBe(true);
  });

  it('C5+1 has five Central Asian states and the USA from 2015', () => {
    for (const id of ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB', 'USA']) {
      expect(activeHas('2016-01-01', id, 'C5PLUS1', 'MEMBER_OF'), id).toBe(true);
      expect(activeHas('2014-06-01', id, 'C5PLUS1', 'MEMBER_OF'), id).toBe(false);
    }
  });
});

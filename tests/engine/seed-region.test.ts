// The seeds for the wider region (NATO and its partners, the Turkic states, the wars of the
// 1990s, Crimea and Donbas, Karabakh, bases): each relation rests on a source beyond the five
// articles, and snapshots at known dates tell the history the public record tells.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeAt } from '../../shared/time/temporal.ts';
import { GrafeoEngine } from '../../server/engine/grafeo/grafeo-engine.ts';
import type { Relation } from '../../shared/model/schemas.ts';
import { GraphStore } from '../../server/queries/graph-store.ts';
import { loadRegistry } from '../../server/queries/registry.ts';
import { SEEDS_DIR, loadSeeds } from '../../server/seeding/load-seeds.ts';

const REGION_FILES = ['70-nato-and-partnerships.cypher', '75-wars-and-territory.cypher', '80-bases.cypher'];
const ARTICLES = new Set(['aviles-2025', 'woodward-2025', 'agazade-2021', 'jafarli-2024', 'dyner-2023']);

let engine: GrafeoEngine;
let relations: Relation[];
let sourceUrls: Map<string, string | null>;

beforeAll(async () => {
  engine = GrafeoEngine.open();
  const store = new GraphStore(engine, loadRegistry());
  await loadSeeds(engine);
  relations = await store.relations();
  sourceUrls = new Map((await store.sources()).map((s) => [s.id, s.url]));
});
afterAll(async () => {
  await engine?.close();
});

function regionIds(): string[] {
  return REGION_FILES.flatMap((f) =>
    [...fs.readFileSync(path.join(SEEDS_DIR, f), 'utf8').matchAll(/\{id: '([^']+)', from:/g)].map((m) => m[1] as string),
  );
}

const byId = (id: string) => relations.find((r) => r.id === id);
const activeHas = (at: string, source: string, target: string, type: string) =>
  activeAt(relations, at).some((r) => r.source === source && r.target === target && r.type === type);
const activeIds = (at: string) => new Set(activeAt(relations, at).map((r) => r.id));

describe('the region seeds', () => {
  it('load every relation of the region files', () => {
    const ids = regionIds();
    expect(ids.length).toBeGreaterThanOrEqual(60);
    for (const id of ids) expect(byId(id), id).toBeDefined();
  });

  it('cite for every relation a source that is not one of the five articles, with a link', () => {
    for (const id of regionIds()) {
      const outside = (byId(id)?.sources ?? []).filter((s) => !ARTICLES.has(s));
      expect(outside.length, `${id} rests on the articles alone`).toBeGreaterThan(0);
      expect(outside.some((s) => Boolean(sourceUrls.get(s))), `${id} has no linked source`).toBe(true);
    }
  });

  it('state a month or a year, not a day, only when the start is the first of its period', () => {
    for (const id of regionIds()) {
      const r = byId(id);
      if (r?.precision === 'month') expect(r.start.endsWith('-01'), id).toBe(true);
      if (r?.precision === 'year') expect(r.start.endsWith('-01-01'), id).toBe(true);
    }
  });
});

describe('snapshots of the wider region', () => {
  it('Türkiye is in NATO from 18 February 1952', () => {
    expect(activeHas('1952-02-17', 'TUR', 'NATO', 'MEMBER_OF')).toBe(false);
    expect(activeHas('1952-02-18', 'TUR', 'NATO', 'MEMBER_OF')).toBe(true);
    expect(activeHas('2024-01-01', 'TUR', 'NATO', 'MEMBER_OF')).toBe(true);
  });

  it('Ukraine is in the CIS in 2000 and not in 2019', () => {
    expect(activeHas('2000-06-01', 'UKR', 'CIS', 'MEMBER_OF')).toBe(true);
    expect(activeHas('2019-06-01', 'UKR', 'CIS', 'MEMBER_OF')).toBe(false);
    // Moldova has started to leave but had not left when the data was written.
    expect(activeHas('2025-06-01', 'MDA', 'CIS', 'MEMBER_OF')).toBe(true);
  });

  it('Russia is a Partnership for Peace partner in 2000 and not after April 2014', () => {
    expect(activeHas('2000-06-01', 'RUS', 'NATO', 'PARTNER_OF')).toBe(true);
    expect(activeHas('2015-06-01', 'RUS', 'NATO', 'PARTNER_OF')).toBe(false);
    for (const id of ['ARM', 'AZE', 'BLR', 'GEO', 'KAZ', 'KGZ', 'MDA', 'TKM', 'UKR', 'UZB']) {
      expect(activeHas('1995-06-01', id, 'NATO', 'PARTNER_OF'), id).toBe(true);
    }
    // Tajikistan joined last, in 2002.
    expect(activeHas('2001-06-01', 'TJK', 'NATO', 'PARTNER_OF')).toBe(false);
    expect(activeHas('2003-06-01', 'TJK', 'NATO', 'PARTNER_OF')).toBe(true);
  });

  it("Georgia seeks NATO membership from the 2002 Prague summit on; Ukraine's bid lapses from 2010 to 2014", () => {
    expect(activeHas('2002-11-21', 'GEO', 'NATO', 'SEEKS_MEMBERSHIP_IN')).toBe(false);
    expect(activeHas('2002-11-22', 'GEO', 'NATO', 'SEEKS_MEMBERSHIP_IN')).toBe(true);
    expect(activeHas('2020-01-01', 'GEO', 'NATO', 'SEEKS_MEMBERSHIP_IN')).toBe(true);
    expect(activeHas('2008-01-01', 'UKR', 'NATO', 'SEEKS_MEMBERSHIP_IN')).toBe(true);
    expect(activeHas('2012-01-01', 'UKR', 'NATO', 'SEEKS_MEMBERSHIP_IN')).toBe(false);
    expect(activeHas('2016-01-01', 'UKR', 'NATO', 'SEEKS_MEMBERSHIP_IN')).toBe(true);
  });

  it('Armenia and Azerbaijan agreed their NATO action plans in 2005', () => {
    expect(byId('arm-partner-of-nato-ipap-2005')?.start).toBe('2005-12-16');
    expect(byId('aze-partner-of-nato-ipap-2005')?.start).toBe('2005-05-27');
    expect(byId('arm-partner-of-nato-ipap-2005')?.event).toBe(true);
  });

  it('Ukraine and Moldova apply to the EU in 2022 and are candidates from 23 June, one bid at a time', () => {
    const bids = (at: string, id: string) =>
      activeAt(relations, at).filter((r) => r.source === id && r.target === 'EU' && r.type === 'SEEKS_MEMBERSHIP_IN');
    for (const id of ['UKR', 'MDA']) {
      expect(bids('2022-01-01', id), id).toHaveLength(0);
      expect(bids('2022-06-22', id).map((r) => r.end), id).toEqual(['2022-06-23']);
      expect(bids('2022-06-23', id).map((r) => r.start), id).toEqual(['2022-06-23']);
    }
  });

  it('the first Karabakh war ends with the ceasefire of 12 May 1994', () => {
    expect(activeHas('1993-06-01', 'AZE', 'ARM', 'CONFLICT_WITH')).toBe(true);
    expect(activeHas('1994-05-11', 'AZE', 'ARM', 'CONFLICT_WITH')).toBe(true);
    expect(activeHas('1994-05-12', 'AZE', 'ARM', 'CONFLICT_WITH')).toBe(false);
    expect(activeHas('2000-01-01', 'AZE', 'ARM', 'CONFLICT_WITH')).toBe(false);
  });

  it('the Transnistria and Abkhazia wars of the early 1990s are over by 1995', () => {
    expect(activeHas('1992-06-01', 'RUS', 'MDA', 'CONFLICT_WITH')).toBe(true);
    expect(activeHas('1993-01-01', 'RUS', 'MDA', 'CONFLICT_WITH')).toBe(false);
    expect(activeHas('1993-06-01', 'RUS', 'GEO', 'CONFLICT_WITH')).toBe(true);
    expect(activeHas('1995-01-01', 'RUS', 'GEO', 'CONFLICT_WITH')).toBe(false);
    // The peacekeepers they left behind.
    expect(activeHas('2000-01-01', 'RUS', 'MDA', 'DEPLOYED_TO')).toBe(true);
    expect(activeHas('2000-01-01', 'RUS', 'GEO', 'DEPLOYED_TO')).toBe(true);
  });

  it('Crimea is annexed from 18 March 2014, after the seizure that began on 27 February', () => {
    const annexation = byId('rus-conflict-with-ukr-crimea-annexation-2014');
    expect(annexation).toMatchObject({ source: 'RUS', target: 'UKR', type: 'CONFLICT_WITH', start: '2014-03-18', event: true });
    expect(activeIds('2014-03-17').has('rus-conflict-with-ukr-crimea-annexation-2014')).toBe(false);
    expect(activeIds('2014-03-18').has('rus-conflict-with-ukr-crimea-annexation-2014')).toBe(true);
    expect(activeHas('2014-02-26', 'RUS', 'UKR', 'CONFLICT_WITH')).toBe(false);
    expect(activeHas('2014-02-27', 'RUS', 'UKR', 'CONFLICT_WITH')).toBe(true);
  });

  it('Russia is at war with Ukraine without a gap from the Donbas war of 2014 to the invasion of 2022', () => {
    for (const at of ['2014-05-01', '2016-01-01', '2019-06-01', '2022-02-23', '2022-02-24', '2023-01-01']) {
      expect(activeHas(at, 'RUS', 'UKR', 'CONFLICT_WITH'), at).toBe(true);
    }
    expect(byId('rus-conflict-with-ukr-donbas-2014')?.end).toBe('2022-02-24');
  });

  it('Russian peacekeepers are in Karabakh from November 2020 until June 2024', () => {
    expect(activeHas('2020-11-09', 'RUS', 'AZE', 'DEPLOYED_TO')).toBe(false);
    expect(activeHas('2023-09-19', 'RUS', 'AZE', 'DEPLOYED_TO')).toBe(true);
    expect(activeHas('2024-06-12', 'RUS', 'AZE', 'DEPLOYED_TO')).toBe(true);
    expect(activeHas('2024-06-13', 'RUS', 'AZE', 'DEPLOYED_TO')).toBe(false);
    expect(activeHas('2023-10-01', 'ARM', 'AZE', 'CONDEMNED')).toBe(true);
  });

  it('the Turkic states, the Union State and the CSTO rapid-reaction force have their members', () => {
    expect(activeHas('2018-06-01', 'UZB', 'OTS', 'MEMBER_OF')).toBe(false);
    expect(activeHas('2020-06-01', 'UZB', 'OTS', 'MEMBER_OF')).toBe(true);
    expect(activeHas('2022-06-01', 'TKM', 'OTS', 'OBSERVER_OF')).toBe(true);
    for (const id of ['RUS', 'BLR']) expect(activeHas('2001-01-01', id, 'UNION_STATE', 'MEMBER_OF'), id).toBe(true);
    expect(activeHas('2009-07-01', 'KAZ', 'CSTO_CRRF', 'MEMBER_OF')).toBe(true);
    expect(activeHas('2009-07-01', 'BLR', 'CSTO_CRRF', 'MEMBER_OF')).toBe(false);
    expect(activeHas('2010-01-01', 'BLR', 'CSTO_CRRF', 'MEMBER_OF')).toBe(true);
  });

  it('American bases in Central Asia close in 2005 and 2014, and the Afghan war ends in August 2021', () => {
    expect(activeHas('2004-01-01', 'USA', 'UZB', 'DEPLOYED_TO')).toBe(true);
    expect(activeHas('2006-01-01', 'USA', 'UZB', 'DEPLOYED_TO')).toBe(false);
    expect(activeHas('2013-01-01', 'USA', 'KGZ', 'DEPLOYED_TO')).toBe(true);
    expect(activeHas('2015-01-01', 'USA', 'KGZ', 'DEPLOYED_TO')).toBe(false);
    expect(activeHas('2021-08-30', 'USA', 'AFG', 'DEPLOYED_TO')).toBe(true);
    expect(activeHas('2021-08-31', 'USA', 'AFG', 'DEPLOYED_TO')).toBe(false);
    expect(activeHas('2010-01-01', 'NATO', 'AFG', 'DEPLOYED_TO')).toBe(true);
  });
});

// The analysis routes on the seed data: they must tell what the articles tell.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';
import { expectErrorShape, getJson } from './http.ts';

interface Shift {
  actor: string;
  before: number;
  after: number;
  delta: number;
  evidence: string[];
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});
const get = <T>(path: string) => getJson<T>(server.url, path);
const shiftsToward = async (toward: string, from = '2015-01-01', to = '2025-12-31') => {
  const a = await get<{ shifts: Shift[] }>(`/api/shifts?toward=${toward}&from=${from}&to=${to}`);
  expect(a.status).toBe(200);
  return new Map(a.body.shifts.map((s) => [s.actor, s]));
};
const C5 = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'];

describe('GET /api/shifts', () => {
  it('toward China between 2015 and 2025, Tajikistan and Kazakhstan move up', async () => {
    const s = await shiftsToward('CHN');
    expect(s.get('TJK')?.delta).toBeGreaterThan(0);
    expect(s.get('KAZ')?.delta).toBeGreaterThan(0);
    expect(s.get('TJK')?.evidence.length).toBeGreaterThan(0);
  });

  it('toward Russia, Armenia moves down', async () => {
    const s = await shiftsToward('RUS');
    expect(s.get('ARM')?.delta).toBeLessThan(0);
    expect(s.get('ARM')?.evidence).toContain('arm-froze-participation-in-csto-2024');
  });

  it('toward the USA and the EU, Armenia and the Central Asian states of C5+1 move up', async () => {
    for (const target of ['USA', 'EU']) {
      const s = await shiftsToward(target);
      for (const id of ['ARM', ...C5]) expect(s.get(id)?.delta, `${id} toward ${target}`).toBeGreaterThan(0);
    }
  });

  it('ranks by delta and takes weight overrides', async () => {
    const a = await get<{ shifts: Shift[]; weights: { relation: Record<string, number> } }>(
      '/api/shifts?toward=RUS&from=2015-01-01&to=2025-12-31&weights=CONFLICT_WITH:-10',
    );
    const deltas = a.body.shifts.map((s) => s.delta);
    expect(deltas).toEqual([...deltas].sort((x, y) => y - x));
    expect(a.body.weights.relation.CONFLICT_WITH).toBe(-10);
  });

  it('answers 400 for bad weights and 404 for an unknown target', async () => {
    const err = expectErrorShape(await get('/api/shifts?toward=RUS&weights=HUGS:2'), 400, 'bad_request');
    expect(err.message).toMatch(/HUGS/);
    expectErrorShape(await get('/api/shifts?toward=ATL'), 404, 'not_found');
    expectErrorShape(await get('/api/shifts'), 400, 'bad_request');
  });
});

describe('GET /api/path', () => {
  it('finds how Armenia was connected to China in 2020, over relations active then', async () => {
    const a = await get<{ found: boolean; paths: { nodes: string[]; edges: string[] }[] }>('/api/path?from=ARM&to=CHN&at=2020-06-01');
    expect(a.body.found).toBe(true);
    expect(a.body.paths.length).toBeGreaterThan(0);
    const lengths = a.body.paths.map((p) => p.edges.length);
    expect(lengths).toEqual([...lengths].sort());
    for (const p of a.body.paths) {
      expect(p.nodes[0]).toBe('ARM');
      expect(p.nodes[p.nodes.length - 1]).toBe('CHN');
      expect(p.edges.length).toBe(p.nodes.length - 1);
    }
    const active = await get<{ edges: { id: string }[] }>('/api/graph?at=2020-06-01');
    const activeIds = new Set(active.body.edges.map((e) => e.id));
    for (const id of a.body.paths.flatMap((p) => p.edges)) expect(activeIds.has(id)).toBe(true);
  });

  it('answers found: false when only types that do not link them are allowed', async () => {
    const a = await get<{ found: boolean; paths: unknown[] }>('/api/path?from=ARM&to=CHN&at=2020-06-01&types=FUNDS');
    expect(a.body).toMatchObject({ found: false, paths: [] });
  });

  it('answers 400 for bad hops or k, and 404 for an unknown actor', async () => {
    expectErrorShape(await get('/api/path?from=ARM&to=CHN&maxHops=0'), 400, 'bad_request');
    expectErrorShape(await get('/api/path?from=ARM&to=CHN&k=500'), 400, 'bad_request');
    expectErrorShape(await get('/api/path?from=ARM&to=ARM'), 400, 'bad_request');
    expectErrorShape(await get('/api/path?from=ARM&to=XXX'), 404, 'not_found');
  });
});

describe('GET /api/path/history', () => {
  it('says when Armenia and China were first connected, as spans that tile the time line', async () => {
    const a = await get<{ firstConnected: string | null; spans: { start: string; end: string | null; connected: boolean }[] }>(
      '/api/path/history?from=ARM&to=CHN',
    );
    expect(a.status).toBe(200);
    expect(a.body.firstConnected).not.toBeNull();
    const spans = a.body.spans;
    for (let i = 1; i < spans.length; i++) expect(spans[i]?.start).toBe(spans[i - 1]?.end);
    expect(spans[spans.length - 1]?.end).toBeNull();
  });
});

describe('GET /api/centrality', () => {
  it('gives degree and betweenness at a date, and one actor over time', async () => {
    const a = await get<{ actors: { actor: string; degree: number; betweenness: number }[] }>('/api/centrality?at=2022-01-10');
    const kaz = a.body.actors.find((x) => x.actor === 'KAZ');
    expect(kaz?.degree).toBeGreaterThan(3);
    const h = await get<{ points: { date: string; degree: number }[] }>('/api/centrality/history?actor=CSTO');
    expect(h.body.points.find((p) => p.date === '2002-10-07')?.degree).toBeGreaterThan(0);
    expectErrorShape(await get('/api/centrality/history?actor=NOPE'), 404, 'not_found');
  });
});

describe('GET /api/diff', () => {
  it("between the Kazakhstan deployment and the Kursk incursion, Armenia's CSTO ties changed", async () => {
    const a = await get<{ changed: { pair: string[]; before: string[]; after: string[] }[] }>('/api/diff?from=2022-01-10&to=2024-08-10');
    const arm = a.body.changed.find((c) => c.pair.join() === 'ARM,CSTO');
    expect(arm?.after).toContain('FROZE_PARTICIPATION_IN');
    expect(arm?.before).not.toContain('FROZE_PARTICIPATION_IN');
  });
});

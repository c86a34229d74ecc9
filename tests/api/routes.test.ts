// The graph API over real HTTP on the real embedded engine, seeded from seeds/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';
import { expectErrorShape, getJson } from './http.ts';

interface Edge {
  id: string;
  source: string;
  target: string;
  type: string;
  start: string;
  end: string | null;
  event: boolean;
  sources: string[];
}
interface Node {
  id: string;
  name: string;
  kind: string;
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const get = <T>(path: string) => getJson<T>(server.url, path);
const has = (edges: Edge[], source: string, target: string, type: string) =>
  edges.some((e) => e.source === source && e.target === target && e.type === type);

describe('GET /api/health', () => {
  it('says the embedded engine answers and how much it holds', async () => {
    const a = await get<{ status: string; engine: string; actors: number; relations: number }>('/api/health');
    expect(a.status).toBe(200);
    expect(a.body.status).toBe('ok');
    expect(a.body.engine).toBe('grafeo');
    expect(a.body.actors).toBeGreaterThan(20);
    expect(a.body.relations).toBeGreaterThan(60);
  });
});

describe('GET /api/actors', () => {
  it('lists states and organizations with their kind', async () => {
    const a = await get<Node[]>('/api/actors');
    expect(a.status).toBe(200);
    expect(a.body.find((n) => n.id === 'ARM')).toMatchObject({ name: 'Armenia', kind: 'state' });
    expect(a.body.find((n) => n.id === 'CSTO')).toMatchObject({ kind: 'organization' });
  });

  it("gives one actor's relations oldest first, with the sources they cite", async () => {
    const a = await get<{ actor: Node; relations: Edge[]; sources: { id: string; title: string }[] }>('/api/actors/ARM');
    expect(a.status).toBe(200);
    expect(a.body.actor.id).toBe('ARM');
    const starts = a.body.relations.map((r) => r.start);
    expect(starts).toEqual([...starts].sort());
    expect(a.body.relations.every((r) => r.source === 'ARM' || r.target === 'ARM')).toBe(true);
    expect(has(a.body.relations, 'ARM', 'CSTO', 'FROZE_PARTICIPATION_IN')).toBe(true);
    const cited = new Set(a.body.relations.flatMap((r) => r.sources));
    expect(a.body.sources.map((s) => s.id).sort()).toEqual([...cited].sort());
  });

  it('answers 404 in the error shape for an unknown actor', async () => {
    const err = expectErrorShape(await get('/api/actors/XYZ'), 404, 'not_found');
    expect(err.message).toContain('XYZ');
  });

  it('answers 400 for an id that cannot be an actor id', async () => {
    const err = expectErrorShape(await get(`/api/actors/${encodeURIComponent("a'b c")}`), 400, 'bad_request');
    expect(err.message).toMatch(/actor id/);
  });
});

describe('GET /api/graph', () => {
  it('shows Uzbekistan in the CSTO in 2010 and not in 2013', async () => {
    const y2010 = await get<{ at: string; nodes: Node[]; edges: Edge[] }>('/api/graph?at=2010-06-01');
    expect(y2010.status).toBe(200);
    expect(y2010.body.at).toBe('2010-06-01');
    expect(has(y2010.body.edges, 'UZB', 'CSTO', 'MEMBER_OF')).toBe(true);
    const y2013 = await get<{ edges: Edge[] }>('/api/graph?at=2013-06-01');
    expect(has(y2013.body.edges, 'UZB', 'CSTO', 'MEMBER_OF')).toBe(false);
  });

  it('draws every edge between nodes of the same snapshot', async () => {
    const a = await get<{ nodes: Node[]; edges: Edge[] }>('/api/graph?at=2022-01-10');
    const ids = new Set(a.body.nodes.map((n) => n.id));
    expect(a.body.edges.length).toBeGreaterThan(10);
    for (const e of a.body.edges) {
      expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    }
  });

  it('has no CSTO before its 2002 charter', async () => {
    const a = await get<{ nodes: Node[] }>('/api/graph?at=1998-01-01');
    expect(a.body.nodes.some((n) => n.id === 'CSTO')).toBe(false);
  });

  it('filters by relation type', async () => {
    const a = await get<{ edges: Edge[] }>('/api/graph?at=2022-01-10&types=DEPLOYED_TO,SOUGHT_AID_FROM');
    expect(a.body.edges.length).toBeGreaterThan(0);
    expect(new Set(a.body.edges.map((e) => e.type))).toEqual(new Set(['DEPLOYED_TO', 'SOUGHT_AID_FROM']));
  });

  it('shows an event only within the window after it', async () => {
    const near = await get<{ edges: Edge[] }>('/api/graph?at=2022-01-20&window=30&types=SOUGHT_AID_FROM');
    const far = await get<{ edges: Edge[] }>('/api/graph?at=2022-03-20&window=30&types=SOUGHT_AID_FROM');
    expect(has(near.body.edges, 'KAZ', 'CSTO', 'SOUGHT_AID_FROM')).toBe(true);
    expect(has(far.body.edges, 'KAZ', 'CSTO', 'SOUGHT_AID_FROM')).toBe(false);
  });

  it.each([
    ['at=2024-13-01', /at/],
    ['at=2023-02-30', /calendar date/],
    ['at=yesterday', /YYYY-MM-DD/],
    ['at=2020-01-01&at=2021-01-01', /once/],
    ['window=-5', /window/],
    ['window=1e9', /window/],
    ['types=MEMBER_OF,ALLIES_WITH', /unknown relation type "ALLIES_WITH"/],
  ])('answers 400 for %s, saying what is wrong', async (qs, message) => {
    const err = expectErrorShape(await get(`/api/graph?${qs}`), 400, 'bad_request');
    expect(err.message).toMatch(message);
  });
});

describe('GET /api/temporal', () => {
  it('holds every actor and relation with its interval, and every cited source', async () => {
    const health = await get<{ actors: number; relations: number }>('/api/health');
    const a = await get<{ range: { start: string; end: string }; actors: Node[]; relations: Edge[]; sources: { id: string }[] }>(
      '/api/temporal',
    );
    expect(a.status).toBe(200);
    expect(a.body.actors.length).toBe(health.body.actors);
    expect(a.body.relations.length).toBe(health.body.relations);
    expect(a.body.range.start <= '1992-05-15').toBe(true);
    const actorIds = new Set(a.body.actors.map((n) => n.id));
    const sourceIds = new Set(a.body.sources.map((s) => s.id));
    for (const r of a.body.relations) {
      expect(actorIds.has(r.source) && actorIds.has(r.target)).toBe(true);
      for (const s of r.sources) expect(sourceIds.has(s)).toBe(true);
    }
  });
});

describe('GET /api/temporal?format=columns', () => {
  it('decodes to exactly the objects form, and is smaller than it', async () => {
    const { decodeColumns, TemporalColumnsSchema } = await import('../../shared/model/temporal-columns.ts');
    const objects = await fetch(`${server.url}/api/temporal`).then((r) => r.text());
    const columns = await fetch(`${server.url}/api/temporal?format=columns`).then((r) => r.text());
    expect(decodeColumns(TemporalColumnsSchema.parse(JSON.parse(columns)))).toEqual(JSON.parse(objects));
    expect(columns.length).toBeLessThan(objects.length * 0.8);
  });

  it('answers 400 for an unknown format, and 304 when the client holds the same payload', async () => {
    const err = expectErrorShape(await get('/api/temporal?format=xml'), 400, 'bad_request');
    expect(err.message).toMatch(/format must be objects or columns/);
    const first = await fetch(`${server.url}/api/temporal?format=columns`);
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    const again = await fetch(`${server.url}/api/temporal?format=columns`, { headers: { 'if-none-match': etag ?? '' } });
    expect(again.status).toBe(304);
  });
});

describe('GET /api/timeline', () => {
  it('lists sorted, distinct change dates with what changed', async () => {
    const a = await get<{ changes: { date: string; added: string[]; removed: string[] }[] }>('/api/timeline');
    expect(a.status).toBe(200);
    const dates = a.body.changes.map((c) => c.date);
    expect(dates).toEqual([...new Set(dates)].sort());
    expect(a.body.changes.find((c) => c.date === '2002-10-07')?.added.length).toBeGreaterThan(0);
  });
});

describe('GET /api/diff', () => {
  it('names what was added and removed between two dates', async () => {
    const a = await get<{ added: Edge[]; removed: Edge[] }>('/api/diff?from=2010-06-01&to=2013-06-01');
    expect(a.status).toBe(200);
    expect(has(a.body.removed, 'UZB', 'CSTO', 'MEMBER_OF')).toBe(true);
  });

  it('answers 400 when from is after to, or a date is missing', async () => {
    expectErrorShape(await get('/api/diff?from=2013-01-01&to=2010-01-01'), 400, 'bad_request');
    const err = expectErrorShape(await get('/api/diff?from=2013-01-01'), 400, 'bad_request');
    expect(err.message).toMatch(/to is required/);
  });
});

describe('GET /api/sources', () => {
  it('is the bibliography, with the five articles', async () => {
    const a = await get<{ id: string; title: string }[]>('/api/sources');
    const ids = a.body.map((s) => s.id);
    for (const id of ['aviles-2025', 'woodward-2025', 'agazade-2021', 'jafarli-2024', 'dyner-2023']) expect(ids).toContain(id);
  });
});

describe('errors', () => {
  it('an unknown API route answers 404 JSON', async () => {
    expectErrorShape(await get('/api/nope'), 404, 'not_found');
  });

  it('a body that is not JSON answers 400 JSON, without a stack trace', async () => {
    const a = await getJson(server.url, '/api/graph', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expectErrorShape(a, 400, 'bad_request');
  });
});

describe('snapshot cache', () => {
  it('answers the same snapshot for two dates between the same changes, with each date echoed', async () => {
    const a = await get<{ at: string; edges: Edge[] }>('/api/graph?at=2007-01-01');
    const b = await get<{ at: string; edges: Edge[] }>('/api/graph?at=2007-01-02');
    expect(a.body.at).toBe('2007-01-01');
    expect(b.body.at).toBe('2007-01-02');
    expect(b.body.edges).toEqual(a.body.edges);
  });

  it('agrees with the Cypher snapshot query run by the engine, at every change date', async () => {
    const t = await get<{ changes: { date: string }[] }>('/api/timeline');
    for (const { date } of t.body.changes) {
      const api = await get<{ edges: Edge[] }>(`/api/graph?at=${date}`);
      const engine = await server.store.relationsAt(date, 365, null);
      expect(api.body.edges.map((e) => e.id).sort(), date).toEqual(engine.map((r) => r.id).sort());
    }
  });
});

describe('on the wire', () => {
  it('sends the temporal payload gzipped to a client that accepts it', async () => {
    const res = await fetch(`${server.url}/api/temporal`, { headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect((await res.json()).relations.length).toBeGreaterThan(60);
  });

  it('sends it plain to a client that does not accept gzip', async () => {
    const { request } = await import('node:http');
    const body = await new Promise<{ encoding: string | undefined; text: string }>((resolve, reject) => {
      request(`${server.url}/api/temporal`, { headers: { 'accept-encoding': 'identity' } }, (res) => {
        let text = '';
        res.setEncoding('utf8').on('data', (c: string) => (text += c)).on('end', () => resolve({ encoding: res.headers['content-encoding'], text }));
      }).on('error', reject).end();
    });
    expect(body.encoding).toBeUndefined();
    expect(JSON.parse(body.text).relations.length).toBeGreaterThan(60);
  });
});

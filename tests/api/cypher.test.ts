// POST /api/cypher over real HTTP on the seeded embedded engine: rows in the graph API's
// shapes, writes refused (403) with the graph untouched, bounded in rows, time and length,
// rate limited; and the HTTP edge's headers (CSP, request ids, CORS off unless configured).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GrafeoEngine } from '../../server/engine/grafeo/grafeo-engine.ts';
import { ReadOnlyViolation } from '../../server/errors.ts';
import { startConsoleServer, type ConsoleTestServer } from '../support/console-server.ts';
import { expectErrorShape, getJson } from './http.ts';

interface ConsoleAnswer {
  columns: string[];
  rows: Record<string, unknown>[];
  truncated: boolean;
  elapsedMs: number;
  graph: { nodes: { id: string }[]; edges: { id: string; source: string; target: string }[] };
}

let server: ConsoleTestServer;
beforeAll(async () => {
  server = await startConsoleServer({ console: { maxRows: 50, maxQueryLength: 2_000 } });
}, 120_000);
afterAll(async () => {
  await server?.close();
});

const post = <T = ConsoleAnswer>(body: unknown, base = server.url) =>
  getJson<T>(base, '/api/cypher', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('POST /api/cypher reads', () => {
  it('answers columns, rows, truncated and elapsedMs, with nodes and relationships as the graph API draws them', async () => {
    const a = await post({
      query: 'MATCH (a:Actor {id: $id})-[r:MEMBER_OF]->(b:Actor) RETURN a, r, b ORDER BY r.start LIMIT 3',
      params: { id: 'ARM' },
    });
    expect(a.status).toBe(200);
    expect(a.body.columns).toEqual(['a', 'r', 'b']);
    expect(a.body.truncated).toBe(false);
    expect(typeof a.body.elapsedMs).toBe('number');
    const row = a.body.rows[0] as { a: Record<string, unknown>; r: Record<string, unknown>; b: Record<string, unknown> };
    expect(row.a).toMatchObject({ id: 'ARM', name: 'Armenia', kind: 'state' });
    expect(row.r).toMatchObject({ source: 'ARM', target: row.b.id, type: 'MEMBER_OF' });
    expect(row.r.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(a.body.graph.nodes.map((n) => n.id)).toContain('ARM');
    expect(a.body.rows[0]).not.toHaveProperty('a._id');
  });

  it('cuts the rows at the row limit and says so', async () => {
    const a = await post({ query: 'UNWIND range(1, 500) AS x RETURN x' });
    expect(a.status).toBe(200);
    expect(a.body.rows.length).toBe(50);
    expect(a.body.truncated).toBe(true);
  });
});

describe('POST /api/cypher refuses', () => {
  it('a write with 403 naming the clause, and the graph is untouched', async () => {
    const before = await server.store.counts();
    for (const query of [
      "CREATE (:Actor:State {id: 'ZZZ', name: 'Nowhere', kind: 'state'})",
      'MATCH (a:Actor) DETACH DELETE a',
      "MATCH (a:Actor) SET a.name = 'x' RETURN a",
      "MERGE (a:Actor {id: 'ZZZ'}) RETURN a",
      'CREATE INDEX x FOR (a:Actor) ON (a.name)',
    ]) {
      const err = expectErrorShape(await post({ query }), 403, 'read_only');
      expect(err.message).toMatch(/read-only/);
    }
    expect(await server.store.counts()).toEqual(before);
    expect(await server.store.actor('ZZZ')).toBeUndefined();
  });

  it('a syntax error with 400 and where it is', async () => {
    const err = expectErrorShape(await post({ query: 'MATCH (n RETURN n' }), 400, 'bad_request');
    expect(err.message).toMatch(/line 1, column/);
  });

  it('more than one statement', async () => {
    const err = expectErrorShape(await post({ query: 'MATCH (n) RETURN n; MATCH (n) DETACH DELETE n' }), 400, 'bad_request');
    expect(err.message).toMatch(/one statement/);
  });

  it('a query longer than the limit, a missing query, unknown fields, bad parameter names', async () => {
    expect(expectErrorShape(await post({ query: `RETURN '${'x'.repeat(2_100)}'` }), 400, 'bad_request').message).toMatch(/at most 2000/);
    expectErrorShape(await post({}), 400, 'bad_request');
    expectErrorShape(await post({ query: 'RETURN 1', drop: true }), 400, 'bad_request');
    expectErrorShape(await post({ query: 'RETURN 1', params: { 'bad name': 1 } }), 400, 'bad_request');
    expectErrorShape(await post('RETURN 1'), 400, 'bad_request');
  });

  it('a body over the size limit with 413', async () => {
    expectErrorShape(await post({ query: 'x'.repeat(200_000) }), 413, 'payload_too_large');
  });
});

describe('the console is bounded in time', () => {
  it('stops a query that runs past the time limit with a clear error', async () => {
    const slow = await startConsoleServer({ console: { timeoutMs: 300 } });
    try {
      const started = Date.now();
      const err = expectErrorShape(await post({ query: 'MATCH (a), (b), (c), (d), (e) RETURN count(*) AS n' }, slow.url), 422, 'query_timeout');
      expect(err.message).toMatch(/300 ms/);
      expect(Date.now() - started).toBeLessThan(15_000);
      // the server still answers at once
      expect((await getJson(slow.url, '/api/health')).status).toBe(200);
    } finally {
      await slow.close();
    }
  });
});

describe('the embedded engine rolls back a console query even if the parser let a write through', () => {
  it('refuses the write and leaves the graph as it was', async () => {
    const engine = GrafeoEngine.open();
    try {
      await engine.write("CREATE (:Actor {id: 'AAA', name: 'A', kind: 'state'})");
      await expect(
        engine.readBounded("CREATE (:Actor {id: 'BBB', name: 'B', kind: 'state'})", {}, { timeoutMs: 5_000, maxRows: 10 }),
      ).rejects.toBeInstanceOf(ReadOnlyViolation);
      expect(await engine.read('MATCH (a:Actor) RETURN a.id AS id')).toEqual([{ id: 'AAA' }]);
    } finally {
      await engine.close();
    }
  });
});

describe('the console rate limit', () => {
  it('answers 429 JSON once a client has sent its share for the minute', async () => {
    const limited = await startConsoleServer({ console: { rateLimitPerMinute: 2 }, seed: false });
    try {
      expect((await post({ query: 'RETURN 1 AS x' }, limited.url)).status).toBe(200);
      expect((await post({ query: 'RETURN 1 AS x' }, limited.url)).status).toBe(200);
      expectErrorShape(await post({ query: 'RETURN 1 AS x' }, limited.url), 429, 'rate_limited');
    } finally {
      await limited.close();
    }
  });
});

describe('the HTTP edge', () => {
  it('sends helmet headers with a CSP that lets the client load its own scripts and data:/blob: images', async () => {
    const res = await fetch(`${server.url}/api/health`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toMatch(/img-src 'self' data: blob:/);
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('gives every answer a request id, keeping a well-formed one the client sent', async () => {
    expect((await fetch(`${server.url}/api/health`)).headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const res = await fetch(`${server.url}/api/health`, { headers: { 'x-request-id': 'trace-42' } });
    expect(res.headers.get('x-request-id')).toBe('trace-42');
    const bad = await fetch(`${server.url}/api/health`, { headers: { 'x-request-id': 'no spaces <here>' } });
    expect(bad.headers.get('x-request-id')).not.toBe('no spaces <here>');
  });

  it('allows no other origin unless CORS_ORIGIN names it', async () => {
    const res = await fetch(`${server.url}/api/health`, { headers: { origin: 'https://evil.example' } });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const open = await startConsoleServer({ http: { corsOrigins: ['https://ok.example'], importEnabled: true }, seed: false });
    try {
      const ok = await fetch(`${open.url}/api/health`, { headers: { origin: 'https://ok.example' } });
      expect(ok.headers.get('access-control-allow-origin')).toBe('https://ok.example');
      const other = await fetch(`${open.url}/api/health`, { headers: { origin: 'https://evil.example' } });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await open.close();
    }
  });
});

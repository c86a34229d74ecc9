// Property-based: random and hostile strings, numbers, dates, ids and bodies thrown at every
// route. The answer is always JSON; a refusal is a 4xx with a code and a message; never a
// 500, never a stack trace; and the graph holds the same counts afterwards.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startConsoleServer, type ConsoleTestServer } from '../support/console-server.ts';
import { getJson, type Answer } from './http.ts';

let server: ConsoleTestServer;
let before: { actors: number; relations: number };
beforeAll(async () => {
  server = await startConsoleServer();
  before = await server.store.counts();
});
afterAll(async () => {
  expect(await server.store.counts()).toEqual(before);
  await server?.close();
});

const hostileString = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.constantFrom(
    "ARM'}) DETACH DELETE (a) //",
    '../../etc/passwd',
    '%00',
    '<script>alert(1)</script>',
    '{"$ne": null}',
    '1e309',
    '-0',
    'NaN',
    '9'.repeat(400),
    '2024-02-30',
    '0000-00-00',
    '2024-1-1',
    '99999-01-01',
    'MATCH (n) DETACH DELETE n',
    '__proto__',
    'constructor',
    '\u202e\ufeff',
  ),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.integer().map(String),
  fc.double().map(String),
);

/** Whatever came back, it is not a crash: JSON, and a 4xx error has a code and a message. */
function expectHandled(a: Answer, what: string): void {
  expect(a.status, `${what} → ${a.status} ${a.text.slice(0, 300)}`).toBeLessThan(500);
  expect(a.text).not.toMatch(/\n\s+at |node_modules|\.ts:\d+/);
  if (a.status >= 400) {
    const err = (a.body as { error?: { code?: unknown; message?: unknown } }).error;
    expect(typeof err?.code, what).toBe('string');
    expect(typeof err?.message === 'string' && err.message.length > 0, what).toBe(true);
  }
}

const GET_ROUTES: { path: string; params: string[] }[] = [
  { path: '/api/health', params: [] },
  { path: '/api/actors', params: [] },
  { path: '/api/graph', params: ['at', 'window', 'types'] },
  { path: '/api/temporal', params: [] },
  { path: '/api/timeline', params: ['window'] },
  { path: '/api/diff', params: ['from', 'to', 'window'] },
  { path: '/api/sources', params: [] },
  { path: '/api/path', params: ['from', 'to', 'at', 'maxHops', 'types', 'k'] },
  { path: '/api/path/history', params: ['from', 'to', 'maxHops', 'types'] },
  { path: '/api/shifts', params: ['toward', 'from', 'to', 'weights', 'window'] },
  { path: '/api/centrality', params: ['at', 'window'] },
  { path: '/api/centrality/history', params: ['actor', 'window'] },
  { path: '/api/export', params: ['format', 'at', 'window'] },
];

describe('every GET route under hostile query strings', () => {
  it.each(GET_ROUTES.map((r) => [r.path, r] as const))('%s', async (_path, route) => {
    const names = fc.oneof(fc.constantFrom(...(route.params.length ? route.params : ['x'])), fc.string({ maxLength: 12 }));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(names, hostileString), { maxLength: 5 }), async (pairs) => {
        const qs = pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
        const url = `${route.path}?${qs}`;
        expectHandled(await getJson(server.url, url), url);
      }),
      { numRuns: 40 },
    );
  });

  it('/api/actors/:id with hostile ids', async () => {
    await fc.assert(
      fc.asyncProperty(hostileString, async (id) => {
        const url = `/api/actors/${encodeURIComponent(id)}`;
        expectHandled(await getJson(server.url, url), url);
      }),
      { numRuns: 80 },
    );
  });
});

const json = (body: string, type = 'application/json') => ({ method: 'POST', headers: { 'content-type': type }, body });

describe('POST routes under hostile bodies', () => {
  it('/api/cypher with random JSON bodies', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 3 }), async (body) => {
        expectHandled(await getJson(server.url, '/api/cypher', json(JSON.stringify(body))), JSON.stringify(body));
      }),
      { numRuns: 40 },
    );
  });

  it('/api/cypher with random and hostile query text and parameters', async () => {
    const query = fc.oneof(
      hostileString,
      fc.constantFrom(
        'MATCH (n) DETACH DELETE n',
        'CREATE (n) RETURN n',
        'MATCH (n) RETURN n; MATCH (n) DELETE n',
        "CALL dbms.security.createUser('eve', 'x', false)",
        'MATCH (n) RETURN n.',
        'RETURN 1/0',
        'RETURN $x',
        'UNWIND range(1, 100000) AS x RETURN x',
      ),
    );
    const params = fc.option(fc.dictionary(fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }), { nil: undefined });
    await fc.assert(
      fc.asyncProperty(query, params, async (q, p) => {
        const body = JSON.stringify(p === undefined ? { query: q } : { query: q, params: p });
        expectHandled(await getJson(server.url, '/api/cypher', json(body)), body);
      }),
      { numRuns: 40 },
    );
  });

  it('/api/cypher and /api/import with bodies that are not JSON, or of another type', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 200 }), fc.constantFrom('application/json', 'text/plain', 'text/csv', 'application/zip', 'application/x-www-form-urlencoded'), fc.constantFrom('/api/cypher', '/api/import?dryRun=true'), async (body, type, path) => {
        expectHandled(await getJson(server.url, path, json(body, type)), `${path} ${type} ${JSON.stringify(body)}`);
      }),
      { numRuns: 40 },
    );
  });
});

// Imports from clients one cannot trust: zip bombs, floods of bad rows, two imports at once,
// a server reachable from elsewhere (a token, or no import at all), and slow bodies.
import net from 'node:net';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { loadConfig, type HttpConfig } from '../../server/config.ts';
import { GrafeoEngine } from '../../server/engine/grafeo/grafeo-engine.ts';
import { createLogger } from '../../server/logger.ts';
import { importConflictOf } from '../../server/io/import-conflicts.ts';
import { csvFilesFromZip } from '../../server/io/unzip-csv.ts';
import { openGraph } from '../../server/open-graph.ts';
import { listen, type TestServer } from '../support/listen.ts';
import { expectErrorShape, getJson } from './http.ts';

const SMALL_SEEDS = new URL('../fixtures/seeds/', import.meta.url).pathname;

async function serve(http?: HttpConfig, limits?: Parameters<typeof listen>[2]): Promise<TestServer> {
  const graph = await openGraph({ engine: { kind: 'grafeo', dataDir: undefined }, load: { seeds: SMALL_SEEDS } });
  return listen(createApp({ graph, logger: createLogger('silent'), http }), graph, limits);
}

const post = (base: string, body: BodyInit, type: string, query = '', headers: Record<string, string> = {}) =>
  getJson<Record<string, unknown>>(base, `/api/import${query}`, { method: 'POST', headers: { 'content-type': type, ...headers }, body });

let open: TestServer;
beforeAll(async () => {
  open = await serve();
});
afterAll(async () => {
  await open?.close();
});

describe('zip uploads', () => {
  it('refuses many members named relations.csv in folders, without inflating them', async () => {
    const members: Record<string, Uint8Array> = {};
    for (let i = 0; i < 120; i++) members[`d${i}/relations.csv`] = new Uint8Array(64 * 1024).fill(65);
    const zip = zipSync(members, { level: 1 });
    const before = process.memoryUsage().rss;
    const err = expectErrorShape(await post(open.url, zip, 'application/zip', '?dryRun=true'), 400, 'bad_request');
    expect(err.message).toMatch(/no relations\.csv at its top level/);
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  });

  it('refuses top-level CSV files that together inflate past the cap, counting as it inflates', () => {
    // The cap is 50 MB; a smaller one here keeps the test fast, the counting is the same.
    const mb = new Uint8Array(1024 * 1024).fill(10);
    const zip = zipSync({ 'relations.csv': mb, 'actors.csv': mb, 'sources.csv': mb }, { level: 1 });
    expect(() => csvFilesFromZip(zip, 2.5 * 1024 * 1024)).toThrow(/larger than 2.5 MB once unzipped/);
    expect(csvFilesFromZip(zip, 3 * 1024 * 1024).relations).toHaveLength(1024 * 1024);
    // A member whose header claims it is small is counted by what it really inflates to.
    const liar = zipSync({ 'relations.csv': new Uint8Array(4 * 1024 * 1024) }, { level: 1 });
    const view = new DataView(liar.buffer, liar.byteOffset);
    view.setUint32(22, 10, true); // local header: uncompressed size
    expect(() => csvFilesFromZip(liar, 2.5 * 1024 * 1024)).toThrow(/larger than/);
  });

  it('refuses a zip that holds relations.csv twice', async () => {
    // fflate's zipSync keys by name, so build the two members under different names and rename one.
    const zip = zipSync({ 'relations.csv': strToU8('a\n'), 'relations.csX': strToU8('b\n') });
    const text = Buffer.from(zip).toString('latin1').replaceAll('relations.csX', 'relations.csv');
    const err = expectErrorShape(await post(open.url, Buffer.from(text, 'latin1'), 'application/zip'), 400, 'bad_request');
    expect(err.message).toMatch(/relations\.csv more than once/);
  });
});

describe('import reports', () => {
  it('list the first 1,000 bad rows and count them all', async () => {
    const rows = Array.from({ length: 1_500 }, (_, i) => `AAA,BBB,NOT_A_TYPE,2000-01-01,src-${i}`);
    const answer = await post(open.url, ['source,target,type,start,sources', ...rows].join('\n'), 'text/csv');
    const err = expectErrorShape(answer, 422, 'import_rejected');
    expect(err.message).toMatch(/1500 rows are invalid.*first 1000 are listed/);
    const details = (answer.body as { error: { details: { rejected: unknown[]; rejectedCount: number } } }).error.details;
    expect(details.rejected).toHaveLength(1_000);
    expect(details.rejectedCount).toBe(1_500);
    const skipped = await post(open.url, ['source,target,type,start,sources', ...rows].join('\n'), 'text/csv', '?skipInvalid=true&dryRun=true');
    expect(skipped.status).toBe(200);
    expect(skipped.body.rejected).toHaveLength(1_000);
    expect(skipped.body.rejectedCount).toBe(1_500);
  });
});

describe('imports at the same time', () => {
  it('run one at a time: a second one meanwhile answers 409 saying to retry, never 500', async () => {
    const actors = ['id,name,kind', ...Array.from({ length: 300 }, (_, i) => `X${i},Actor ${i},state`)].join('\n');
    const relations = ['source,target,type,start,sources', ...Array.from({ length: 1_500 }, (_, i) => `X${i % 300},X${(i * 7 + 1) % 300},PARTNER_OF,2000-01-${String(1 + (i % 28)).padStart(2, '0')},s1`)].join('\n');
    const body = JSON.stringify({ relations, actors, sources: 'id,title\ns1,One source', skipInvalid: true });
    const answers = await Promise.all([1, 2, 3].map(() => post(open.url, body, 'application/json')));
    expect(answers.every((a) => a.status === 200 || a.status === 409)).toBe(true);
    expect(answers.some((a) => a.status === 200)).toBe(true);
    for (const a of answers.filter((x) => x.status !== 200)) expect(expectErrorShape(a, 409, 'import_busy').message).toMatch(/retry/i);
    // Once it has finished, the next one goes through.
    expect((await post(open.url, body, 'application/json')).status).toBe(200);
  });

  it("turn the engine's write conflict and constraint violation into 409s that say what to do", async () => {
    const engine = GrafeoEngine.open();
    try {
      await engine.applySchema(['CREATE CONSTRAINT actor_id_unique IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE']);
      await engine.writeAll([{ query: "CREATE (:Actor {id: 'X'})" }]);
      const violation = await engine.writeAll([{ query: "CREATE (:Actor {id: 'X'})" }]).catch((e: unknown) => e);
      const c = importConflictOf(violation);
      expect([c?.status, c?.code]).toEqual([409, 'constraint_violation']);
      expect(c?.message).toMatch(/constraint.*'id'.*"X"/);
      // Two transactions writing the same key at once.
      const write = (name: string) => engine.writeAll([{ query: "MERGE (s:Source {id: 'same'}) SET s.title = $name", params: { name } }, { query: 'UNWIND range(1, 500) AS i MERGE (:Actor {id: $name + toString(i)})', params: { name } }]);
      const results = await Promise.allSettled([write('a'), write('b')]);
      const failed = results.find((r) => r.status === 'rejected');
      if (failed) {
        const w = importConflictOf(failed.reason);
        expect([w?.status, w?.code]).toEqual([409, 'write_conflict']);
        expect(w?.message).toMatch(/Retry/);
      }
      expect(importConflictOf(new Error('something else'))).toBeNull();
    } finally {
      await engine.close();
    }
  });
});

describe('a server reachable from elsewhere', () => {
  it('turns import off without IMPORT_TOKEN, saying how to turn it on', async () => {
    const config = loadConfig({ HOST: '0.0.0.0' });
    const server = await serve(config.http);
    try {
      const err = expectErrorShape(await post(server.url, 'source,target,type,start,sources\n', 'text/csv'), 403, 'import_disabled');
      expect(err.message).toMatch(/IMPORT_TOKEN.*Authorization: Bearer/);
    } finally {
      await server.close();
    }
  });

  it('with IMPORT_TOKEN, imports only with the token, checked before the body is read', async () => {
    const token = 'a-long-enough-secret-token';
    const server = await serve(loadConfig({ HOST: '0.0.0.0', IMPORT_TOKEN: token }).http);
    const csv = 'source,target,type,start,sources\nAAA,BBB,PARTNER_OF,2001-01-01,src-a\n';
    try {
      expectErrorShape(await post(server.url, csv, 'text/csv', '?dryRun=true'), 401, 'import_unauthorized');
      expectErrorShape(await post(server.url, csv, 'text/csv', '?dryRun=true', { authorization: 'Bearer wrong' }), 401, 'import_unauthorized');
      // A body past the upload limit is not even read without the token.
      expectErrorShape(await post(server.url, 'x'.repeat(21 * 1024 * 1024), 'text/csv', '', { authorization: `Bearer ${token}x` }), 401, 'import_unauthorized');
      const ok = await post(server.url, csv, 'text/csv', '?dryRun=true', { authorization: `Bearer ${token}` });
      expect(ok.status, ok.text).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('can have its console switched off', async () => {
    const server = await serve(loadConfig({ CONSOLE_ENABLED: 'false' }).http);
    try {
      const answer = await getJson(server.url, '/api/cypher', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'RETURN 1 AS x' }) });
      expect(expectErrorShape(answer, 403, 'console_disabled').message).toMatch(/CONSOLE_ENABLED/);
      expect((await getJson(server.url, '/api/health')).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});

describe('HTTP server limits', () => {
  it('cuts off a body that arrives too slowly', async () => {
    const server = await serve(undefined, { headersTimeoutMs: 500, requestTimeoutMs: 800, keepAliveTimeoutMs: 500, maxConnections: 10 });
    try {
      const { port } = new URL(server.url);
      const started = performance.now();
      const reply = await new Promise<string>((resolve, reject) => {
        const socket = net.connect(Number(port), '127.0.0.1', () => {
          // Headers promise 1,000 bytes; only a few ever come.
          socket.write('POST /api/import HTTP/1.1\r\nHost: x\r\nContent-Type: text/csv\r\nContent-Length: 1000\r\n\r\nsource,');
        });
        let text = '';
        socket.on('data', (d) => (text += d.toString()));
        socket.on('close', () => resolve(text));
        socket.on('error', reject);
      });
      expect(reply).toMatch(/^HTTP\/1\.1 408/);
      expect(performance.now() - started).toBeLessThan(10_000);
    } finally {
      await server.close();
    }
  });

  it('has limits of its own by default, well under Node’s 300 s', () => {
    const { server } = loadConfig({});
    expect(server.requestTimeoutMs).toBeLessThanOrEqual(60_000);
    expect(server.headersTimeoutMs).toBeLessThanOrEqual(server.requestTimeoutMs);
    expect(server.keepAliveTimeoutMs).toBeGreaterThan(0);
    expect(server.maxConnections).toBeGreaterThan(0);
    expect(loadConfig({ HTTP_REQUEST_TIMEOUT_MS: '1000' }).server.requestTimeoutMs).toBe(1000);
  });
});

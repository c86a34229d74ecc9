// The console holds even when its checker is fooled (issue 12): the text that is checked is the
// text that runs, queries run in sandbox processes over a read-only copy of the graph that
// cannot read files, and a query is stopped for real at its memory or time limit, its slot
// free at once; one client holds only its share of the slots; answers are capped in bytes;
// a pathological query is refused before the parser, which stays up.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONSOLE, type ConsoleConfig } from '../../server/config.ts';
import type { ReadOnlyChecker } from '../../server/console/checker.ts';
import { runConsole } from '../../server/console/run-console.ts';
import { GrafeoEngine } from '../../server/engine/grafeo/grafeo-engine.ts';
import { ReadOnlyViolation } from '../../server/errors.ts';
import { loadRegistry } from '../../server/queries/registry.ts';
import { loadSeeds } from '../../server/seeding/load-seeds.ts';
import { startConsoleServer, type ConsoleTestServer } from '../support/console-server.ts';
import { expectErrorShape, getJson } from './http.ts';

const post = <T = { rows: Record<string, unknown>[]; truncated: boolean; truncatedReason?: string }>(base: string, body: unknown) =>
  getJson<T>(base, '/api/cypher', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

/** The first check starts Neo4j's parser in its worker: pay that in a hook, not in a test. */
const warm = async (base: string) => expect((await post(base, { query: 'RETURN 0 AS warm' })).status).toBe(200);

const HOSTNAME = fs.readFileSync('/etc/hostname', 'utf8').trim();

describe('the checker/engine differential of issue 12', () => {
  let server: ConsoleTestServer;
  beforeAll(async () => {
    server = await startConsoleServer({ seed: false });
    await warm(server.url);
  }, 120_000);
  afterAll(() => server?.close());

  it('the comment trick that read /etc/hostname is refused, and the file is not in the answer', async () => {
    const query = '// \rRETURN \'\nLOAD CSV FROM "/etc/hostname" AS l RETURN l //\'\n//\r AS x';
    const a = await post(server.url, { query });
    expect(a.text).not.toContain(`"${HOSTNAME}"`);
    expect(expectErrorShape(a, 403, 'read_only').message).toMatch(/does not read files/);
  });

  it('a carriage return ends a comment for both parsers: the text after it is code, as checked', async () => {
    const a = await post<{ columns: string[] }>(server.url, { query: 'RETURN 1 AS a // x\r, 2 AS b' });
    expect(a.status).toBe(200);
    expect(a.body.columns).toEqual(['a', 'b']);
  });
});

describe('defence in depth: with a checker that approves everything', () => {
  const approveAll = { check: async () => ({ ok: true }) } as unknown as ReadOnlyChecker;
  const settings: ConsoleConfig = { ...DEFAULT_CONSOLE, timeoutMs: 30_000 };
  let engine: GrafeoEngine;
  beforeAll(async () => {
    engine = GrafeoEngine.open();
    await loadSeeds(engine, { registry: loadRegistry() });
  });
  afterAll(() => engine?.close());

  const counts = async () => engine.read('MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS nodes, count(r) AS rels');

  it('file reads, schema changes and writes still fail, and the server graph is unchanged', async () => {
    const before = await counts();
    for (const query of [
      'LOAD CSV FROM "/etc/hostname" AS l RETURN l',
      'load /* x */ csv from "/etc/passwd" as l return l',
      'CREATE CONSTRAINT actor_name FOR (a:Actor) REQUIRE a.name IS UNIQUE',
      'CREATE INDEX actor_kind FOR (a:Actor) ON (a.kind)',
      'DROP INDEX actor_kind',
      "CREATE (:Actor {id: 'ZZZ', name: 'Nowhere', kind: 'state'})",
      'MATCH (a:Actor) DETACH DELETE a',
      "MATCH (a:Actor) SET a.name = 'x'",
    ]) {
      await expect(runConsole(engine, approveAll, settings, { query }), query).rejects.toBeInstanceOf(ReadOnlyViolation);
    }
    expect(await counts()).toEqual(before);
    // The schema is as it was: an import's writes still work.
    await engine.write("CREATE (:Actor {id: 'NEW', name: 'New', kind: 'state'})");
    await engine.write("MATCH (a:Actor {id: 'NEW'}) DETACH DELETE a");
  });

  it('the sandbox refuses a file read on its own, below the console service', async () => {
    await expect(engine.readBounded("LOAD CSV FROM '/etc/hostname' AS l RETURN l", {}, { timeoutMs: 30_000, maxRows: 10 })).rejects.toThrow(
      /does not read files/,
    );
  });

  it('sees the graph as it is after a write (the copy is made again)', async () => {
    const q = "MATCH (a:Actor {id: 'LATER'}) RETURN a.name AS name";
    expect((await engine.readBounded(q, {}, { timeoutMs: 30_000, maxRows: 10 })).rows).toEqual([]);
    await engine.write("CREATE (:Actor {id: 'LATER', name: 'Later', kind: 'state'})");
    expect((await engine.readBounded(q, {}, { timeoutMs: 30_000, maxRows: 10 })).rows).toEqual([{ name: 'Later' }]);
  });

  it('runs its processes as nobody, in an empty folder, when the server runs as root', async () => {
    await engine.readBounded('RETURN 1 AS x', {}, { timeoutMs: 30_000, maxRows: 1 });
    const pool = (engine as unknown as { sandbox: { children: { proc: { pid: number } }[] } }).sandbox;
    const pid = pool.children[0]!.proc.pid;
    const uid = Number(/^Uid:\s+(\d+)/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))![1]);
    expect(uid).toBe(process.getuid!() === 0 ? 65534 : process.getuid!());
    const cwd = fs.readlinkSync(`/proc/${pid}/cwd`);
    expect(fs.readdirSync(cwd)).toEqual([]);
  });
});

describe('memory and time limits stop the query for real', () => {
  let server: ConsoleTestServer;
  beforeAll(async () => {
    // A query's process starts at some 120 MB (Node, tsx, the engine, the graph).
    server = await startConsoleServer({ console: { timeoutMs: 120_000, maxMemoryMb: 170 } });
    await warm(server.url);
  }, 120_000);
  afterAll(() => server?.close());

  it.each([
    ['UNWIND range(1, 1000000000) AS x RETURN count(x)'],
    ['MATCH (a), (b), (c) RETURN a, b, c'],
  ])('%s answers a clear error or a cut answer while the server stays small and answers', async (query) => {
    const before = process.memoryUsage.rss();
    let peak = before;
    let healthy = 0;
    let done = false;
    const answer = post(server.url, { query }).finally(() => (done = true));
    // While it runs, the server answers and its own memory stays where it was.
    while (!done) {
      const h = await getJson(server.url, '/api/health');
      if (h.status === 200) healthy++;
      peak = Math.max(peak, process.memoryUsage.rss());
    }
    const a = await answer;
    if (a.status === 200) expect(a.body.truncated).toBe(true);
    else {
      const err = expectErrorShape(a, 422, 'query_too_large');
      expect(err.message).toMatch(/memory limit \(170 MB\).*Narrow it/);
    }
    expect(healthy).toBeGreaterThan(0);
    expect(peak - before).toBeLessThan(250 * 1024 * 1024);
  }, 180_000);
});

describe('a timeout frees its slot at once', () => {
  let server: ConsoleTestServer;
  beforeAll(async () => {
    server = await startConsoleServer({ console: { timeoutMs: 1_500 } });
    await warm(server.url);
  }, 120_000);
  afterAll(() => server?.close());

  it('two queries stopped at their time limit, and the next query runs right after', async () => {
    const slow = { query: 'MATCH (a), (b), (c), (d), (e) RETURN count(*) AS n' };
    const answers = await Promise.all([post(server.url, slow), post(server.url, slow)]);
    for (const a of answers) expect(expectErrorShape(a, 422, 'query_timeout').message).toMatch(/1500 ms/);
    const next = await post<{ rows: { x: number }[] }>(server.url, { query: 'RETURN 1 AS x' });
    expect(next.status).toBe(200);
    expect(next.body.rows).toEqual([{ x: 1 }]);
  }, 120_000);
});

describe('one client holds only its share of the slots', () => {
  it('while one client runs four slow queries, two of them run and another client is answered at once', async () => {
    const engine = GrafeoEngine.open();
    await loadSeeds(engine, { registry: loadRegistry() });
    const limits = (client: string) => ({ timeoutMs: 120_000, maxRows: 10, client, slotsPerClient: 2 });
    const settled: boolean[] = [];
    const greedy = [0, 1, 2, 3].map((i) =>
      engine.readBounded('MATCH (a), (b), (c), (d), (e) RETURN count(*) AS n', {}, limits('greedy')).then(
        () => (settled[i] = true),
        () => (settled[i] = true),
      ),
    );
    const other = await engine.readBounded('RETURN 1 AS x', {}, limits('other'));
    expect(other.rows).toEqual([{ x: 1 }]);
    expect(settled.filter(Boolean)).toEqual([]);
    const pool = (engine as unknown as { sandbox: { perClient: Map<string, number>; waiting: unknown[] } }).sandbox;
    expect(pool.perClient.get('greedy')).toBe(2);
    expect(pool.waiting.length).toBe(2);
    await engine.close(); // stops the greedy client's queries
    await Promise.all(greedy);
  }, 180_000);
});

describe('the answer size and the parse are bounded', () => {
  let server: ConsoleTestServer;
  beforeAll(async () => {
    server = await startConsoleServer({ seed: false, console: { maxBytes: 100_000 } });
    await warm(server.url);
  }, 120_000);
  afterAll(() => server?.close());

  it('cuts the rows at the byte limit and says why', async () => {
    // Each row holds a string of 2^15 characters: three fit in 100,000 bytes.
    const a = await post(server.url, { query: "UNWIND range(1, 10) AS i RETURN i, reduce(s = 'x', k IN range(1, 15) | s + s) AS big" });
    expect(a.status).toBe(200);
    expect(a.body.rows.length).toBe(3);
    expect(a.body.truncated).toBe(true);
    expect(a.body.truncatedReason).toMatch(/100000 bytes/);
  });

  it('a row too big for any answer gives an empty cut answer, not a 500', async () => {
    const a = await post(server.url, { query: "RETURN reduce(s = 'x', k IN range(1, 22) | s + s) AS big" });
    expect(a.status).toBe(200);
    expect(a.body.rows).toEqual([]);
    expect(a.body.truncated).toBe(true);
  });

  it.each([
    ['10 KB of 1+1+...', `RETURN 1${'+1'.repeat(4_990)} AS n`, /tokens/],
    ['deeply nested parentheses', `RETURN ${'('.repeat(2_000)}1${')'.repeat(2_000)} AS n`, /nests brackets 2000 deep/],
  ])('%s: 400 saying what happened, and the next query answers at once', async (_label, query, message) => {
    const err = expectErrorShape(await post(server.url, { query }), 400, 'query_too_complex');
    expect(err.message).toMatch(message);
    expect(err.message).not.toMatch(/call stack/);
    const next = await post<{ rows: unknown[] }>(server.url, { query: 'RETURN 2 AS y' });
    expect(next.status).toBe(200);
  });
});

// Import and export over real HTTP on the embedded engine: the CSV export imports back into a
// fresh engine as the same graph; imports are all or nothing, idempotent, and keep text intact.
import fs from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { openGraph } from '../../server/open-graph.ts';
import { GrafeoEngine } from '../../server/engine/grafeo/grafeo-engine.ts';
import { importGraph } from '../../server/io/import-graph.ts';
import { createLogger } from '../../server/logger.ts';
import { GraphStore } from '../../server/queries/graph-store.ts';
import { loadRegistry } from '../../server/queries/registry.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { expectErrorShape, getJson } from './http.ts';

const fixture = (name: string) => fs.readFileSync(new URL(`../fixtures/io/${name}`, import.meta.url), 'utf8');
const SMALL_SEEDS = new URL('../fixtures/seeds/', import.meta.url).pathname;
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  htmlEntities: true,
  isArray: (name, _p, _l, isAttribute) => !isAttribute && ['node', 'edge', 'attvalue', 'spell', 'data'].includes(name),
});

let seeded: TestServer;
let small: TestServer;
beforeAll(async () => {
  [seeded, small] = await Promise.all([startTestServer(), startTestServer({ seedsDir: SMALL_SEEDS })]);
});
afterAll(async () => {
  await Promise.all([seeded?.close(), small?.close()]);
});

async function download(base: string, path: string): Promise<{ status: number; type: string | null; disposition: string | null; bytes: Uint8Array }> {
  const res = await fetch(base + path);
  return { status: res.status, type: res.headers.get('content-type'), disposition: res.headers.get('content-disposition'), bytes: new Uint8Array(await res.arrayBuffer()) };
}

const post = (base: string, path: string, body: BodyInit, type: string) => getJson<Record<string, unknown>>(base, path, { method: 'POST', headers: { 'content-type': type }, body });
const postJson = (base: string, body: unknown) => post(base, '/api/import', JSON.stringify(body), 'application/json');

describe('GET /api/export?format=csv', () => {
  it('imports back into a fresh engine as the same graph', async () => {
    const zip = await download(seeded.url, '/api/export?format=csv');
    expect(zip.status).toBe(200);
    expect(zip.type).toBe('application/zip');
    expect(zip.disposition).toMatch(/^attachment; filename="alliance-graph\.zip"$/);
    const files = unzipSync(zip.bytes);
    const text = (name: string) => strFromU8(files[name] as Uint8Array);

    const registry = loadRegistry();
    const engine = GrafeoEngine.open();
    try {
      const fresh = new GraphStore(engine, registry);
      const report = await importGraph(fresh, registry, { relations: text('relations.csv'), actors: text('actors.csv'), sources: text('sources.csv') });
      expect(report.rejected).toEqual([]);
      const [a, b] = [seeded.store, fresh];
      expect(await b.actors()).toEqual(await a.actors());
      expect(await b.sources()).toEqual(await a.sources());
      expect(await b.relations()).toEqual(await a.relations());
      expect(await b.counts()).toEqual(await a.counts());
    } finally {
      await engine.close();
    }
  });
});

describe('importing a long file', () => {
  it('reports progress as batches are written, up to every row', async () => {
    const registry = loadRegistry();
    const engine = GrafeoEngine.open();
    try {
      const actors = 'id,name,kind\nAAA,A,state\nBBB,B,state\n';
      const sources = 'id,title\ns1,S\n';
      const rows = Array.from({ length: 1200 }, (_, i) => `r${i},AAA,BBB,PARTNER_OF,2000-01-01,s1`);
      const relations = `id,source,target,type,start,sources\n${rows.join('\n')}\n`;
      const seen: [number, number][] = [];
      const report = await importGraph(new GraphStore(engine, registry), registry, { relations, actors, sources }, { onProgress: (d, t) => seen.push([d, t]) });
      expect(report.graph).toEqual({ actors: 2, relations: 1200 });
      expect(seen.map(([d]) => d)).toEqual([1, 3, 503, 1003, 1203]);
      expect(new Set(seen.map(([, t]) => t))).toEqual(new Set([1203]));
    } finally {
      await engine.close();
    }
  });
});

describe('POST /api/import', () => {
  const files = { relations: fixture('relations.csv'), actors: fixture('actors.csv'), sources: fixture('sources.csv') };

  it('loads CSV given as JSON fields, and loading it again changes nothing', async () => {
    const before = await getJson<{ edges: { id: string }[] }>(small.url, '/api/graph?at=2005-01-01');
    expect(before.body.edges.map((e) => e.id)).not.toContain('aaa-member-of-org-2000-01-01');
    const first = await postJson(small.url, files);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ status: 'loaded', loaded: { relations: 3, actors: 3, sources: 2 }, rejected: [] });
    const counts = first.body.graph;
    const again = await postJson(small.url, files);
    expect(again.body.graph).toEqual(counts);
    const all = await small.store.relations();
    expect(all.filter((r) => r.id === 'aaa-member-of-org-2000-01-01')).toHaveLength(1);
    // The cached snapshot and temporal payload show the imported relation at once.
    const graph = await getJson<{ edges: { id: string }[] }>(small.url, '/api/graph?at=2005-01-01');
    expect(graph.body.edges.map((e) => e.id)).toContain('aaa-member-of-org-2000-01-01');
  });

  it('keeps quotes, <, &, commas, newlines and non-Latin letters through import and every export', async () => {
    await postJson(small.url, files);
    const name = 'Alpha "the first" <land> & co, ltd';
    const note = 'Note with "quotes", <tags> & ampersands\nand a newline; 中文 and عربى';
    expect((await small.store.actor('AAA'))?.name).toBe(name);
    expect((await small.store.actor('BBB'))?.name).toBe('Бета-страна');

    const gexf = parser.parse(strFromU8((await download(small.url, '/api/export?format=gexf')).bytes));
    const node = gexf.gexf.graph.nodes.node.find((n: { id: string }) => n.id === 'AAA');
    expect(node.label).toBe(name);
    const edge = gexf.gexf.graph.edges.edge.find((e: { id: string }) => e.id === 'aaa-member-of-org-2000-01-01');
    expect(edge.attvalues.attvalue.find((v: { for: string }) => v.for === 'note').value).toBe(note);
    expect(edge.spells.spell).toEqual([{ start: '2000-01-01', endopen: '2010-06-15' }]);

    const graphml = parser.parse(strFromU8((await download(small.url, '/api/export?format=graphml&at=2005-01-01')).bytes));
    const gEdge = graphml.graphml.graph.edge.find((e: { id: string }) => e.id === 'aaa-member-of-org-2000-01-01');
    expect(gEdge.data.find((d: { key: string }) => d.key === 'e_note')['#text']).toBe(note);

    const zip = unzipSync((await download(small.url, '/api/export?format=csv')).bytes);
    expect(strFromU8(zip['actors.csv'] as Uint8Array)).toContain('"Alpha ""the first"" <land> & co, ltd"');

    const json = await getJson<{ elements: { nodes: { data: { id: string; name: string } }[] } }>(small.url, '/api/export?format=json');
    expect(json.body.elements.nodes.find((n) => n.data.id === 'BBB')?.data.name).toBe('Бета-страна');
  });

  it('loads nothing when a row is invalid, and lists every bad row by line', async () => {
    const before = await small.store.counts();
    const answer = await postJson(small.url, { relations: fixture('relations-invalid.csv'), sources: files.sources, actors: files.actors });
    const err = expectErrorShape(answer, 422, 'import_rejected') as { details?: { rejected: { line: number }[] } };
    expect(err.details?.rejected.map((r) => r.line)).toEqual([3, 4, 5, 6, 7]);
    expect(await small.store.counts()).toEqual(before);
  });

  it('with skipInvalid loads the good rows and reports the rest', async () => {
    const answer = await post(small.url, '/api/import?skipInvalid=true', fixture('relations-invalid.csv'), 'text/csv');
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ status: 'loaded', loaded: { relations: 2 } });
    expect((answer.body.rejected as unknown[]).length).toBe(5);
  });

  it('checks without writing on dryRun', async () => {
    const before = await small.store.counts();
    const csv = 'source,target,type,start,sources\nCCC,AAA,PARTNER_OF,2019-01-01,src-a\n';
    const answer = await post(small.url, '/api/import?dryRun=true', csv, 'text/csv');
    expect(answer.body).toMatchObject({ status: 'checked', loaded: { relations: 1 } });
    expect(await small.store.counts()).toEqual(before);
  });

  it('takes the zip the CSV export writes (its files at the top level)', async () => {
    const zip = zipSync({ 'relations.csv': strToU8('source,target,type,start,sources\nCCC,BBB,FUNDS,2019-01-01,src-a\n') });
    const answer = await post(small.url, '/api/import', zip, 'application/zip');
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ loaded: { relations: 1 } });
    expect((await small.store.relationsOf('CCC')).some((r) => r.type === 'FUNDS')).toBe(true);
  });

  it('answers 400 for a body it cannot read', async () => {
    expectErrorShape(await postJson(small.url, { actors: 'id,name,kind\n' }), 400, 'bad_request');
    expectErrorShape(await post(small.url, '/api/import', 'hello', 'text/plain'), 400, 'bad_request');
    expectErrorShape(await post(small.url, '/api/import', new Uint8Array([1, 2, 3]), 'application/zip'), 400, 'bad_request');
  });
});

describe('GET /api/export', () => {
  it.each([
    ['gexf', 'application/gexf+xml', 'alliance-graph.gexf'],
    ['graphml&at=2010-06-01', 'application/graphml+xml', 'alliance-graph-2010-06-01.graphml'],
    ['json', 'application/json', 'alliance-graph.json'],
  ])('format=%s downloads as an attachment', async (format, type, file) => {
    const a = await download(seeded.url, `/api/export?format=${format}`);
    expect(a.status).toBe(200);
    expect(a.type).toContain(type);
    expect(a.disposition).toBe(`attachment; filename="${file}"`);
  });

  it('GraphML without a date is today\'s snapshot', async () => {
    const a = await download(seeded.url, '/api/export?format=graphml');
    expect(a.disposition).toBe(`attachment; filename="alliance-graph-${new Date().toISOString().slice(0, 10)}.graphml"`);
  });

  it('the GEXF holds every actor and relation of the graph', async () => {
    const doc = parser.parse(strFromU8((await download(seeded.url, '/api/export?format=gexf')).bytes));
    const counts = await seeded.store.counts();
    expect(doc.gexf.graph.nodes.node).toHaveLength(counts.actors);
    expect(doc.gexf.graph.edges.edge).toHaveLength(counts.relations);
    for (const e of doc.gexf.graph.edges.edge) expect(e.spells.spell[0].start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it.each([
    ['', /format/],
    ['format=pdf', /format must be one of/],
    ['format=gexf&at=2010-01-01', /at applies to graphml and json only/],
    ['format=graphml&at=2010-02-30', /calendar date/],
  ])('answers 400 for "%s"', async (qs, message) => {
    const err = expectErrorShape(await getJson(seeded.url, `/api/export?${qs}`), 400, 'bad_request');
    expect(err.message).toMatch(message);
  });
});

describe('IMPORT_ENABLED=false', () => {
  it('refuses an import with 403 and leaves the graph as it was', async () => {
    const graph = await openGraph({ engine: { kind: 'grafeo', dataDir: undefined } });
    const { store } = graph;
    const app = createApp({ graph, logger: createLogger('silent'), http: { corsOrigins: [], importEnabled: false } });
    const server = await new Promise<import('node:http').Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    try {
      const { port } = server.address() as import('node:net').AddressInfo;
      const res = await fetch(`http://127.0.0.1:${port}/api/import`, {
        method: 'POST',
        headers: { 'content-type': 'text/csv' },
        body: 'source,target,type,start,sources\nARM,CSTO,MEMBER_OF,2002-10-07,x\n',
      });
      expect(res.status).toBe(403);
      expect((await res.json()).error.code).toBe('import_disabled');
      expect(await store.counts()).toEqual({ actors: 0, relations: 0 });
    } finally {
      server.closeAllConnections();
      server.close();
      await graph.close();
    }
  });
});

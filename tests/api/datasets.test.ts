// Importing the field's datasets over HTTP (POST /api/import?format=...) on the seeded
// embedded engine, and ranking shifts with each measure (GET /api/shifts?method=...).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatasetReportBody } from '../../shared/contracts/answers.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { expectErrorShape, getJson } from './http.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

// Kazakhstan and China in the SCO (a seed organization: the seeds already have Kazakhstan in
// it) and in CICA, an IGO only the dataset has, which Kazakhstan joins in 2012.
const STATE_YEAR = [
  'ccode,year,state,sco,cica',
  '705,2010,KZK,0,0',
  '705,2011,KZK,0,0',
  '705,2012,KZK,1,1',
  '710,2010,CHN,1,1',
  '710,2011,CHN,1,1',
  '710,2012,CHN,1,1',
  '2,2010,USA,0,0',
  '2,2011,USA,0,0',
  '2,2012,USA,0,0',
].join('\n');

type Report = { status: string; loaded: { relations: number; actors: number }; rejectedCount: number; graph: { relations: number; actors: number } };
const importIgo = (body: string, query = '') =>
  getJson<Report>(server.url, `/api/import?format=cow-igo${query}`, { method: 'POST', headers: { 'content-type': 'text/csv' }, body });

describe('POST /api/import?format=', () => {
  it('checks without writing on a dry run, then loads, and a second import changes nothing', async () => {
    const before = (await getJson<{ relations: number }>(server.url, '/api/health')).body.relations;
    const dry = await importIgo(STATE_YEAR, '&dryRun=true');
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ status: 'checked', loaded: { relations: 4 }, graph: { relations: before } });
    const first = await importIgo(STATE_YEAR);
    expect(first.body).toMatchObject({ status: 'loaded', loaded: { relations: 4 } });
    // Both answers have the shape the contract (and the OpenAPI document) promise.
    expect(DatasetReportBody.safeParse(dry.body).error).toBeUndefined();
    expect(DatasetReportBody.safeParse(first.body).error).toBeUndefined();
    expect(first.body.graph.relations).toBe(before + 4);
    // The first import creates the new relations, the second merges them: both read the same.
    const created = (await getJson(server.url, '/api/actors/KAZ')).body;
    const again = await importIgo(STATE_YEAR);
    expect(again.body.graph).toEqual(first.body.graph);
    expect((await getJson(server.url, '/api/actors/KAZ')).body).toEqual(created);
    // KZK is our KAZ, and the SCO column joined the seed's SCO.
    const kaz = await getJson<{ relations: { id: string; target: string; type: string; start: string }[] }>(server.url, '/api/actors/KAZ');
    expect(kaz.body.relations.filter((r) => r.start === '2012-01-01').map((r) => [r.target, r.type]).sort()).toEqual([['IGO-CICA', 'MEMBER_OF'], ['SCO', 'MEMBER_OF']]);
  });

  it('refuses the whole file over one bad line, by number, unless skipInvalid', async () => {
    const bad = `${STATE_YEAR}\n2,2013,USA,0,x`;
    const refused = await importIgo(bad);
    expectErrorShape(refused, 422, 'import_rejected');
    expect(refused.text).toContain('"line":11');
    const skipped = await importIgo(bad, '&skipInvalid=true');
    expect(skipped.body).toMatchObject({ status: 'loaded', rejectedCount: 1 });
    expect(DatasetReportBody.safeParse(skipped.body).error).toBeUndefined();
  });

  it('answers 400 for an unknown format', async () => {
    expectErrorShape(await importIgo(STATE_YEAR, '&format=xyz'), 400, 'bad_request');
    const res = await getJson(server.url, '/api/import?format=xyz', { method: 'POST', headers: { 'content-type': 'text/csv' }, body: 'a' });
    expectErrorShape(res, 400, 'bad_request');
  });
});

describe('GET /api/shifts?method=', () => {
  type Shifts = { method?: string; shifts: { actor: string; delta: number | null; evidence: string[]; decomposition?: { text: string }[] }[] };
  const shifts = (q: string) => getJson<Shifts>(server.url, `/api/shifts?toward=CHN&from=2011-06-01&to=2012-06-01&objects=organizations${q}`);

  for (const method of ['s', 'kappa', 'jaccard']) {
    it(`${method}: Kazakhstan moved toward China by joining CICA, and the decomposition says so`, async () => {
      const res = await shifts(`&method=${method}`);
      expect(res.status).toBe(200);
      const kaz = res.body.shifts.find((s) => s.actor === 'KAZ');
      expect(kaz?.delta).toBeGreaterThan(0);
      expect(kaz?.decomposition?.[0]?.text).toMatch(/^joined CICA: \+0\.\d{3}$/);
      expect(kaz?.evidence.length).toBeGreaterThan(0);
    });
  }

  it('the squared form of S and relativeTo answer; alignment stays the default', async () => {
    const sq = await shifts('&method=s&sMetric=sq&relativeTo=USA');
    expect(sq.status).toBe(200);
    expect(sq.body).toMatchObject({ method: 's', sMetric: 'sq', relativeTo: 'USA' });
    const plain = await shifts('');
    expect(plain.status).toBe(200);
    expect(plain.body).toHaveProperty('weights');
  });

  it('answers 400 for an unknown method or a relativeTo without a measure, 404 for an unknown actor', async () => {
    expectErrorShape(await shifts('&method=tau'), 400, 'bad_request');
    expectErrorShape(await shifts('&relativeTo=USA'), 400, 'bad_request');
    expectErrorShape(await shifts('&method=s&relativeTo=NOPE'), 404, 'not_found');
  });
});

// Every JSON answer fits its contract: each GET endpoint, asked with its documented examples
// on the seed data, answers 200 with a body its contract's schema parses (the schema the
// client checks answers with); so do a bad parameter (the error shape) and an import dry run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorBody, TemporalColumnsBody, TemporalObjectsBody } from '../../shared/contracts/answers.ts';
import type { Contract } from '../../server/contracts/contract.ts';
import { CONTRACTS } from '../../server/contracts/endpoints.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { getJson } from './http.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

/** The endpoint's path and query filled with its examples. */
function exampleUrl(op: Contract): string {
  const examples = op.examples ?? {};
  const path = op.path.replace(/:([A-Za-z0-9_]+)/g, (_m, name: string) => encodeURIComponent(examples[name] ?? ''));
  const query = new URLSearchParams(Object.entries(examples).filter(([name]) => op.query?.shape[name] !== undefined));
  return query.size > 0 ? `${path}?${query.toString().replace(/%2C/g, ',')}` : path;
}

const jsonGets = CONTRACTS.filter((op) => op.method === 'get' && op.answers['200']?.schema !== undefined);

describe('every JSON answer fits its contract', () => {
  it('covers the JSON endpoints', () => {
    expect(jsonGets.length).toBeGreaterThan(10);
  });

  it.each(jsonGets.map((op) => [`${op.method.toUpperCase()} ${op.path}`, op] as const))('%s', async (_name, op) => {
    const answer = await getJson(server.url, exampleUrl(op));
    expect(answer.status).toBe(200);
    const parsed = op.answers['200']?.schema?.safeParse(answer.body);
    expect(parsed?.error?.issues ?? []).toEqual([]);
  });

  it('GET /api/temporal in both forms', async () => {
    expect(TemporalObjectsBody.safeParse((await getJson(server.url, '/api/temporal')).body).error?.issues ?? []).toEqual([]);
    expect(TemporalColumnsBody.safeParse((await getJson(server.url, '/api/temporal?format=columns')).body).error?.issues ?? []).toEqual([]);
  });

  it('a bad parameter answers the error contract', async () => {
    const answer = await getJson(server.url, '/api/graph?at=2010-02-30');
    expect(answer.status).toBe(400);
    expect(ErrorBody.safeParse(answer.body).success).toBe(true);
  });

  it('POST /api/import (dry run) with its documented example', async () => {
    const op = CONTRACTS.find((o) => o.method === 'post' && o.path === '/api/import');
    const answer = await getJson(server.url, '/api/import?dryRun=true', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(op?.body?.example),
    });
    expect(answer.status).toBe(200);
    expect(op?.answers['200']?.schema?.safeParse(answer.body).error?.issues ?? []).toEqual([]);
  });
});

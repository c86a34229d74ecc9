// The OpenAPI document: every contract, so every route the app mounts, is in it, its examples
// parse with the very schemas the routes use, and /api/docs renders it with scripts served as files.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiDocument, openApiPath } from '../../server/openapi/document.ts';
import { CONTRACTS } from '../../server/contracts/endpoints.ts';
import type { ParameterObject } from '../../server/openapi/query-params.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { getJson } from './http.ts';

const doc = openApiDocument() as { openapi: string; paths: Record<string, Record<string, { parameters?: ParameterObject[]; requestBody?: unknown }>> };
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ seedsDir: new URL('../fixtures/seeds/', import.meta.url).pathname });
});
afterAll(async () => {
  await server?.close();
});

describe('the OpenAPI document', () => {
  // tests/api/registration.test.ts holds the contracts to the routes the app really mounts.
  it('describes every contract, so every API route the app mounts, and no other', () => {
    const documented = Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`));
    expect(documented.length).toBeGreaterThan(10);
    expect(CONTRACTS.map((c) => `${c.method.toUpperCase()} ${openApiPath(c.path)}`).sort()).toEqual(documented.sort());
  });

  it('is OpenAPI 3.1 with an operation id for every operation', () => {
    expect(doc.openapi).toBe('3.1.0');
    const ids = Object.values(doc.paths).flatMap((ops) => Object.values(ops).map((o) => (o as { operationId: string }).operationId));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(CONTRACTS.map((op) => [`${op.method.toUpperCase()} ${op.path}`, op] as const))('%s: its examples parse with the route\'s schemas', (_name, op) => {
    const params = doc.paths[openApiPath(op.path)]?.[op.method]?.parameters ?? [];
    const example = (where: 'query' | 'path') =>
      Object.fromEntries(params.filter((p) => p.in === where && p.example !== undefined).map((p) => [p.name, p.example]));
    if (op.query) expect(op.query.safeParse(example('query')).error?.issues ?? []).toEqual([]);
    if (op.params) expect(op.params.safeParse(example('path')).error?.issues ?? []).toEqual([]);
    for (const p of params) if (p.required) expect(p.example, `${p.name} needs an example`).toBeDefined();
    if (op.body) expect(op.body.schema.safeParse(op.body.example).error?.issues ?? []).toEqual([]);
    for (const a of Object.values(op.answers)) {
      if (a.example !== undefined && a.schema) expect(a.schema.safeParse(a.example).error?.issues ?? []).toEqual([]);
    }
  });

  it('describes query values as what they mean: whole numbers, dates, lists of known types', () => {
    const graph = doc.paths['/api/graph']?.get?.parameters ?? [];
    const byName = Object.fromEntries(graph.map((p) => [p.name, p]));
    expect(byName.window?.schema).toMatchObject({ type: 'integer', minimum: 0, maximum: 36_500 });
    expect(byName.at?.schema).toMatchObject({ type: 'string', pattern: expect.stringContaining('\\d{4}') });
    expect(byName.types).toMatchObject({ style: 'form', explode: false, schema: { type: 'array', items: { enum: expect.arrayContaining(['MEMBER_OF']) } } });
    expect(byName.at?.required).toBe(false);
    expect(doc.paths['/api/diff']?.get?.parameters?.find((p) => p.name === 'from')?.required).toBe(true);
    expect(doc.paths['/api/actors/{id}']?.get?.parameters?.[0]).toMatchObject({ name: 'id', in: 'path', required: true });
  });
});

describe('GET /api/openapi.json and /api/docs', () => {
  it('serves the document', async () => {
    const a = await getJson<{ openapi: string; paths: object }>(server.url, '/api/openapi.json');
    expect(a.status).toBe(200);
    expect(a.body.openapi).toBe('3.1.0');
    expect(Object.keys(a.body.paths)).toContain('/api/export');
  });

  it('renders it with Swagger UI, every script a file', async () => {
    const page = await fetch(`${server.url}/api/docs`);
    expect(page.status).toBe(200);
    const html = await page.text();
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(body?.trim()).toBe('');
      const src = /src="([^"]+)"/.exec(attributes ?? '')?.[1];
      const res = await fetch(server.url + src);
      expect(res.status, src).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/javascript/);
      await res.arrayBuffer();
    }
    const css = await fetch(`${server.url}/api/docs/swagger-ui.css`);
    expect(css.status).toBe(200);
    await css.arrayBuffer();
    expect((await fetch(`${server.url}/api/docs/index.html`)).status).toBe(404);
  });
});

describe('references in the document', () => {
  it('all point at components that exist', () => {
    const text = JSON.stringify(doc);
    const refs = [...text.matchAll(/"\$ref":"([^"]+)"/g)].map((m) => m[1] as string);
    expect(refs.length).toBeGreaterThan(0);
    const schemas = (doc as unknown as { components: { schemas: Record<string, unknown> } }).components.schemas;
    for (const ref of refs) {
      expect(ref).toMatch(/^#\/components\/schemas\//);
      expect(schemas[ref.replace('#/components/schemas/', '')]).toBeDefined();
    }
  });
});

// Routes register from their contracts: every API route the app mounts was registered from
// the contract with its method and path, and every contract is mounted once, so the list the
// OpenAPI document is built from cannot drift from the routes. register() itself parses input
// with the contract's schemas (a 400 naming the field) and, when the app checks answers, holds
// each JSON answer to the contract's schema for its status.
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import express, { type Express } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createApp } from '../../server/app.ts';
import { DEFAULT_HTTP } from '../../server/config.ts';
import { contract, json, type Contract } from '../../server/contracts/contract.ts';
import { CONTRACTS } from '../../server/contracts/endpoints.ts';
import { errorHandler } from '../../server/http/error-handler.ts';
import { contractOf, register } from '../../server/http/register.ts';
import { createLogger, type Logger } from '../../server/logger.ts';
import { openGraph, type OpenGraph } from '../../server/open-graph.ts';
import { getJson } from './http.ts';

interface Layer {
  route?: { path: string | string[]; methods: Record<string, boolean>; stack: { handle: unknown }[] };
  handle: { stack?: Layer[] };
  rawPath?: unknown;
}

interface Mounted {
  route: string;
  contract: Contract | undefined;
}

/** Every method and path the app routes, with the contract its handlers were registered from. */
function mountedRoutes(app: Express): Mounted[] {
  const out: Mounted[] = [];
  const walk = (stack: Layer[], prefix: string) => {
    for (const layer of stack) {
      if (layer.route) {
        const paths = Array.isArray(layer.route.path) ? layer.route.path : [layer.route.path];
        const contract = layer.route.stack.map((l) => contractOf(l.handle)).find((c) => c !== undefined);
        for (const p of paths) for (const m of Object.keys(layer.route.methods)) if (m !== '_all') out.push({ route: `${m.toUpperCase()} ${prefix}${p}`, contract });
      } else if (layer.handle.stack) {
        walk(layer.handle.stack, prefix + (typeof layer.rawPath === 'string' && layer.rawPath !== '/' ? layer.rawPath : ''));
      }
    }
  };
  walk((app as unknown as { router: { stack: Layer[] } }).router.stack, '');
  return out;
}

let graph: OpenGraph;
beforeAll(async () => {
  graph = await openGraph({ engine: { kind: 'grafeo', dataDir: undefined }, load: { seeds: new URL('../fixtures/seeds/', import.meta.url).pathname } });
});
afterAll(async () => {
  await graph?.close();
});

describe('routes and contracts', () => {
  it.each([true, false])('every API route is registered from its contract, and every contract is mounted once (console on: %s)', (consoleEnabled) => {
    const app = createApp({ graph, logger: createLogger('silent'), clientDir: '/nonexistent', http: { ...DEFAULT_HTTP, consoleEnabled } });
    // Under tests every answer of the app is held to its contract (NODE_ENV=test).
    expect(app.locals.checkAnswers).toBe(true);
    const api = mountedRoutes(app).filter((m) => m.route.split(' ')[1]?.startsWith('/api/'));
    for (const m of api) {
      expect(m.contract, `${m.route} is mounted without a contract`).toBeDefined();
      expect(`${m.contract?.method.toUpperCase()} ${m.contract?.path}`).toBe(m.route);
    }
    expect(api.map((m) => m.route).sort()).toEqual(CONTRACTS.map((c) => `${c.method.toUpperCase()} ${c.path}`).sort());
    expect(new Set(api.map((m) => m.contract)).size).toBe(CONTRACTS.length);
  });
});

describe('register()', () => {
  const Probe = contract({
    method: 'get',
    path: '/api/probe',
    tag: 'test',
    summary: 'A probe',
    query: z.object({ n: z.string().regex(/^\d+$/, 'n must be a whole number').transform(Number) }),
    answers: { '200': json('Twice n.', z.object({ twice: z.number().int() })) },
  });

  async function serve(checkAnswers: boolean, answer: (n: number) => unknown): Promise<{ url: string; logged: string[]; close: () => Promise<void> }> {
    const logged: string[] = [];
    const logger = { ...createLogger('silent'), error: (m: string) => void logged.push(m) } as Logger;
    const app = express();
    app.locals.checkAnswers = checkAnswers;
    const api = express.Router();
    register(api, Probe, ({ query }) => answer(query.n) as { twice: number });
    app.use('/api', api);
    app.use(errorHandler(logger));
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as AddressInfo;
    return { url: `http://127.0.0.1:${port}`, logged, close: () => new Promise((resolve) => server.close(() => resolve())) };
  }

  it('hands the handler the parsed query and sends what it returns', async () => {
    const s = await serve(true, (n) => ({ twice: n * 2 }));
    try {
      expect(await getJson(s.url, '/api/probe?n=21')).toMatchObject({ status: 200, body: { twice: 42 } });
    } finally {
      await s.close();
    }
  });

  it('answers 400 naming the bad field before the handler runs', async () => {
    let ran = false;
    const s = await serve(true, () => {
      ran = true;
      return { twice: 0 };
    });
    try {
      const a = await getJson<{ error: { code: string; message: string } }>(s.url, '/api/probe?n=x');
      expect(a.status).toBe(400);
      expect(a.body.error).toMatchObject({ code: 'bad_request', message: 'Invalid query: n: n must be a whole number' });
      expect(ran).toBe(false);
    } finally {
      await s.close();
    }
  });

  it('holds answers to the contract when checking, and only then', async () => {
    const checked = await serve(true, (n) => ({ twice: `${n * 2}` }));
    try {
      const a = await getJson<{ error: { code: string } }>(checked.url, '/api/probe?n=1');
      expect(a.status).toBe(500);
      expect(a.body.error.code).toBe('internal');
      expect(checked.logged.join('\n')).toContain('GET /api/probe answered 200 outside its contract: twice:');
    } finally {
      await checked.close();
    }
    const unchecked = await serve(false, (n) => ({ twice: `${n * 2}` }));
    try {
      expect(await getJson(unchecked.url, '/api/probe?n=1')).toMatchObject({ status: 200, body: { twice: '2' } });
    } finally {
      await unchecked.close();
    }
  });
});

describe('the contracts and the OpenAPI document', () => {
  it("read no private internals of zod (_def, _zod): its public API only", () => {
    const root = new URL('../../', import.meta.url).pathname;
    const files = ['server', 'shared'].flatMap((dir) =>
      (fs.readdirSync(path.join(root, dir), { recursive: true }) as string[]).filter((f) => /\.(ts|mjs)$/.test(f)).map((f) => path.join(root, dir, f)),
    );
    expect(files.length).toBeGreaterThan(50);
    const readers = files.filter((f) => /\.(_def|_zod)\b/.test(fs.readFileSync(f, 'utf8')));
    expect(readers).toEqual([]);
  });
});

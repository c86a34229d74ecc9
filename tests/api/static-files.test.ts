// The built client as the server hands it out: assets (named by a hash of their content) may
// be kept by the browser for good, and the page is asked for again on each visit.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { createLogger } from '../../server/logger.ts';
import { openGraph } from '../../server/open-graph.ts';
import { listen, type TestServer } from '../support/listen.ts';

let server: TestServer;
let dir = '';

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-client-'));
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>explorer</title>');
  fs.writeFileSync(path.join(dir, 'assets', 'index-AbC123.js'), 'console.log(1);');
  const graph = await openGraph({ engine: { kind: 'grafeo', dataDir: undefined } });
  server = await listen(createApp({ graph, logger: createLogger('silent'), clientDir: dir }), graph);
});

afterAll(async () => {
  await server?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the built client', () => {
  it('lets the browser keep a hashed asset for good', async () => {
    const res = await fetch(`${server.url}/assets/index-AbC123.js`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('console.log(1);');
    const cache = res.headers.get('cache-control') ?? '';
    expect(cache).toContain('immutable');
    expect(cache).toContain('max-age=31536000');
  });

  it('asks for the page again on every visit, links with a view included', async () => {
    for (const p of ['/', '/?at=2010-06-01']) {
      const res = await fetch(`${server.url}${p}`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('<title>explorer</title>');
      expect(res.headers.get('cache-control')).toBe('public, max-age=0');
    }
  });
});

// Layout positions are data: computed once on the server, stored on the actors, sent with the
// temporal payload in both forms, kept across a restart in GRAPH_DATA_DIR, and untouched for
// existing actors when an import adds new ones.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { openGraph } from '../../server/open-graph.ts';
import { loadConfig } from '../../server/config.ts';
import type { Positions } from '../../server/layout/force-layout.ts';
import { createLogger } from '../../server/logger.ts';
import { decodeColumns, TemporalColumnsSchema } from '../../shared/model/temporal-columns.ts';
import { listen, type TestServer } from '../support/listen.ts';
import { startTestServer } from '../support/server.ts';
import { getJson } from './http.ts';

interface Objects {
  actors: { id: string }[];
  positions: Positions;
}

async function temporal(base: string): Promise<Objects> {
  const answer = await getJson<Objects>(base, '/api/temporal');
  expect(answer.status).toBe(200);
  return answer.body;
}

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe('positions in the temporal payload', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('every actor has a position, the same in the objects and the columns form', async () => {
    const objects = await temporal(server.url);
    expect(objects.actors.length).toBeGreaterThan(20);
    for (const a of objects.actors) {
      const p = objects.positions[a.id];
      expect(p, a.id).toBeDefined();
      expect(Number.isFinite(p!.x) && Number.isFinite(p!.y)).toBe(true);
    }
    const columns = await getJson(server.url, '/api/temporal?format=columns');
    expect(decodeColumns(TemporalColumnsSchema.parse(columns.body)).positions).toEqual(objects.positions);
  });

  it('no two actors are drawn on top of each other', async () => {
    const { positions } = await temporal(server.url);
    const points = Object.values(positions);
    for (let i = 0; i < points.length; i++) for (let j = i + 1; j < points.length; j++) expect(distance(points[i]!, points[j]!)).toBeGreaterThan(20);
  });

  it('importing an actor leaves every existing position as it was and puts the new one next to its neighbours', async () => {
    const before = await temporal(server.url);
    const answer = await getJson(server.url, '/api/import', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        actors: 'id,name,kind\nXNW,Newland,state\n',
        relations: [
          'source,target,type,start,sources',
          'XNW,CSTO,MEMBER_OF,2015-01-01,csto-charter-2002',
          'XNW,KAZ,PARTNER_OF,2016-01-01,csto-charter-2002',
        ].join('\n'),
      }),
    });
    expect(answer.status, answer.text).toBe(200);
    const after = await temporal(server.url);
    for (const a of before.actors) expect(after.positions[a.id], a.id).toEqual(before.positions[a.id]);
    const mine = after.positions.XNW!;
    expect(mine).toBeDefined();
    const neighbours = [before.positions.CSTO!, before.positions.KAZ!];
    const mean = { x: (neighbours[0]!.x + neighbours[1]!.x) / 2, y: (neighbours[0]!.y + neighbours[1]!.y) / 2 };
    // Near its neighbours: closer to their mean than most actors are to each other.
    const spread = Object.values(before.positions).map((p) => distance(p, mean)).sort((a, b) => a - b);
    expect(distance(mine, mean)).toBeLessThan(100);
    expect(distance(mine, mean)).toBeLessThan(spread[Math.floor(spread.length / 2)]!);
  });
});

describe('positions across a restart with GRAPH_DATA_DIR', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-positions-'));
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Starts as `npm start` does: open the engine in dir, seed, serve. */
  async function start(): Promise<TestServer> {
    const config = loadConfig({ GRAPH_DATA_DIR: dir, SEED_ON_START: 'true' });
    const graph = await openGraph({ engine: config.engine, load: { seeds: config.seedsDir } });
    return listen(createApp({ graph, logger: createLogger('silent') }), graph);
  }

  it('serves the positions it stored, including those given to imported actors', async () => {
    const first = await start();
    let stored: Positions;
    try {
      const answer = await getJson(first.url, '/api/import', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ actors: 'id,name,kind\nXNW,Newland,state\n', relations: 'source,target,type,start,sources\nXNW,RUS,PARTNER_OF,2015-01-01,csto-charter-2002\n' }),
      });
      expect(answer.status, answer.text).toBe(200);
      stored = (await temporal(first.url)).positions;
      expect(stored.XNW).toBeDefined();
    } finally {
      await first.close();
    }
    // A full layout of the graph as it is now would move everyone (Newland changes the
    // picture); a restart must serve what was stored instead.
    const second = await start();
    try {
      expect((await temporal(second.url)).positions).toEqual(stored);
    } finally {
      await second.close();
    }
  });
});

// Embedded Grafeo: the contract, persistence in GRAPH_DATA_DIR, and repair after a failed load.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GrafeoEngine } from '../../server/engine/grafeo/grafeo-engine.ts';
import { GraphStore } from '../../server/queries/graph-store.ts';
import { loadRegistry } from '../../server/queries/registry.ts';
import { loadSeeds } from '../../server/seeding/load-seeds.ts';
import { engineContract, FIXTURE_SEEDS } from './contract.ts';

engineContract('Grafeo (in memory)', async () => GrafeoEngine.open());

describe('Grafeo persistence', () => {
  it('keeps the graph in GRAPH_DATA_DIR across a restart', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-graph-'));
    try {
      const first = GrafeoEngine.open(dir);
      await loadSeeds(first, { dir: FIXTURE_SEEDS });
      await first.close();
      const second = GrafeoEngine.open(dir);
      const store = new GraphStore(second, loadRegistry());
      expect(await store.counts()).toEqual({ actors: 4, relations: 3 });
      await second.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a seed folder with a broken statement loads nothing of its data', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-seeds-'));
    try {
      for (const f of fs.readdirSync(FIXTURE_SEEDS)) fs.copyFileSync(path.join(FIXTURE_SEEDS, f), path.join(dir, f));
      fs.writeFileSync(path.join(dir, '99-broken.cypher'), 'MATCH (a:Actor) SET a.name = ;\n');
      const engine = GrafeoEngine.open();
      await expect(loadSeeds(engine, { dir })).rejects.toThrow();
      const store = new GraphStore(engine, loadRegistry());
      expect(await store.counts()).toEqual({ actors: 0, relations: 0 });
      await engine.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

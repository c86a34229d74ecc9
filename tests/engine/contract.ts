// The engine contract: what every GraphEngine must do, run against embedded Grafeo always
// and against Neo4j when NEO4J_URI is set. Uses the small fixture graph.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphEngine } from '../../server/engine/graph-engine.ts';
import { GraphStore } from '../../server/queries/graph-store.ts';
import { loadRegistry } from '../../server/queries/registry.ts';
import { loadSeeds } from '../../server/seeding/load-seeds.ts';

export const FIXTURE_SEEDS = fileURLToPath(new URL('../fixtures/seeds/', import.meta.url));

export function engineContract(label: string, open: () => Promise<GraphEngine>): void {
  describe(`${label} engine contract`, () => {
    let engine: GraphEngine;
    let store: GraphStore;
    beforeAll(async () => {
      engine = await open();
      store = new GraphStore(engine, loadRegistry());
      await loadSeeds(engine, { dir: FIXTURE_SEEDS });
    });
    afterAll(async () => {
      await engine?.close();
    });

    it('loads seeds twice and holds the same graph', async () => {
      const before = await store.counts();
      await loadSeeds(engine, { dir: FIXTURE_SEEDS });
      expect(await store.counts()).toEqual(before);
      expect(before).toEqual({ actors: 4, relations: 3 });
    });

    it('returns dates as YYYY-MM-DD text and lists as arrays', async () => {
      const rels = await store.relations();
      expect(rels.map((r) => [r.id, r.start, r.end])).toEqual([
        ['aaa-org', '2000-01-01', '2010-06-15'],
        ['bbb-org', '2005-03-01', null],
        ['ccc-asks-org', '2010-06-15', null],
      ]);
      expect(rels[0]?.sources).toEqual(['src-a']);
    });

    it('keeps names with quotes and semicolons intact', async () => {
      const names = (await store.actors()).map((a) => a.name);
      expect(names).toContain("Gamma's land");
      expect(names).toContain('Betaland; with a semicolon');
    });

    it('answers the snapshot query with half-open intervals and event windows', async () => {
      expect((await store.relationsAt('2010-06-14', 365, null)).map((r) => r.id)).toEqual(['aaa-org', 'bbb-org']);
      expect((await store.relationsAt('2010-06-15', 365, null)).map((r) => r.id)).toEqual(['bbb-org', 'ccc-asks-org']);
      expect((await store.relationsAt('2011-06-15', 365, null)).map((r) => r.id)).toEqual(['bbb-org']);
      expect((await store.relationsAt('2010-06-15', 365, ['SOUGHT_AID_FROM'])).map((r) => r.id)).toEqual(['ccc-asks-org']);
    });

    it('knows when organizations exist', async () => {
      expect((await store.actorsAt('1999-12-31')).map((a) => a.id)).toEqual(['AAA', 'BBB', 'CCC']);
      expect((await store.actorsAt('2000-01-01')).map((a) => a.id)).toEqual(['AAA', 'BBB', 'CCC', 'ORG']);
    });

    it('finds every relation of one actor in either direction', async () => {
      expect((await store.relationsOf('ORG')).map((r) => r.id)).toEqual(['aaa-org', 'bbb-org', 'ccc-asks-org']);
      expect(await store.actor('NOPE')).toBeUndefined();
    });

    it('rolls back a write transaction whole when one statement fails', async () => {
      const before = await store.counts();
      await expect(
        engine.writeAll([
          { query: "CREATE (:Actor:State {id: 'ZZZ', name: 'Half', kind: 'state'})" },
          { query: 'THIS IS NOT CYPHER' },
        ]),
      ).rejects.toThrow();
      expect(await store.counts()).toEqual(before);
      expect(await store.actor('ZZZ')).toBeUndefined();
    });

    it('passes parameters, never text, into queries', async () => {
      const hostile = "ARM'}) DETACH DELETE (a) //";
      expect(await store.actor(hostile)).toBeUndefined();
      expect((await store.counts()).actors).toBe(4);
    });
  });
}

// Neo4j: the same contract when NEO4J_URI points at a server (none runs in CI here, so it
// is skipped and says so), and a clear error when the configured server cannot be reached.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.ts';
import { createEngine } from '../../server/engine/create-engine.ts';
import { Neo4jEngine } from '../../server/engine/neo4j/neo4j-engine.ts';
import { EngineUnavailable } from '../../server/errors.ts';
import { engineContract } from './contract.ts';

const uri = process.env.NEO4J_URI;

if (uri) {
  engineContract(`Neo4j (${uri})`, async () => {
    const engine = await createEngine(loadConfig(process.env).engine);
    // The contract starts from an empty graph: this suite is for a throwaway database.
    await engine.write('MATCH (n) DETACH DELETE n');
    return engine;
  });
} else {
  describe('Neo4j engine contract', () => {
    it.skip('needs NEO4J_URI (and NEO4J_USER/NEO4J_PASSWORD) pointing at a throwaway Neo4j 5; none is set', () => {});
  });
}

describe('Neo4j unreachable', () => {
  it('fails at start with EngineUnavailable that says what to check, and keeps the address for the log', async () => {
    const engine = new Neo4jEngine({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'x' });
    try {
      const err = await engine.verify().then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(EngineUnavailable);
      // Anonymous clients read the message: it names what to check, not where Neo4j is.
      expect((err as Error).message).toMatch(/NEO4J_URI/);
      expect((err as Error).message).not.toMatch(/127\.0\.0\.1/);
      expect((err as EngineUnavailable).logDetail).toMatch(/bolt:\/\/127\.0\.0\.1:1/);
    } finally {
      await engine.close();
    }
  });
});

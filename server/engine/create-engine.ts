// Picks the engine the configuration names: Neo4j when NEO4J_URI is set, else embedded Grafeo.
import type { EngineConfig } from '../config.ts';
import type { GraphEngine } from './graph-engine.ts';
import { GrafeoEngine } from './grafeo/grafeo-engine.ts';
import { Neo4jEngine } from './neo4j/neo4j-engine.ts';

export async function createEngine(config: EngineConfig): Promise<GraphEngine> {
  if (config.kind === 'grafeo') return GrafeoEngine.open(config.dataDir);
  const engine = new Neo4jEngine(config);
  try {
    await engine.verify();
  } catch (err) {
    await engine.close();
    throw err;
  }
  return engine;
}

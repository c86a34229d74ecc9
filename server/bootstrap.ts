// Opens the configured engine and, when asked, loads the seeds (idempotent, so a restart or
// a load that died halfway is repaired by the next start).
import type { Config } from './config.ts';
import { createEngine } from './engine/create-engine.ts';
import type { Logger } from './logger.ts';
import { GraphStore } from './queries/graph-store.ts';
import { loadRegistry } from './queries/registry.ts';
import { loadSeeds } from './seeding/load-seeds.ts';

export async function openStore(config: Config, logger: Logger): Promise<GraphStore> {
  const registry = loadRegistry();
  const engine = await createEngine(config.engine);
  try {
    if (config.seedOnStart) {
      const report = await loadSeeds(engine, { registry, dir: config.seedsDir });
      logger.info(`seeded ${engine.name}: ${report.actors} actors, ${report.relations} relations, ${report.sources} sources`);
    }
  } catch (err) {
    await engine.close();
    throw err;
  }
  return new GraphStore(engine, registry);
}

// Opens the configured engine and, when asked, loads the seeds (idempotent, so a restart or
// a load that died halfway is repaired by the next start).
import type { Config } from './config.ts';
import { createEngine } from './engine/create-engine.ts';
import type { Logger } from './logger.ts';
import { GraphStore } from './queries/graph-store.ts';
import { loadRegistry } from './queries/registry.ts';
import { placeActors } from './layout/place-actors.ts';
import { loadSeeds } from './seeding/load-seeds.ts';

export async function openStore(config: Config, logger: Logger): Promise<GraphStore> {
  const registry = loadRegistry();
  const engine = await createEngine(config.engine);
  try {
    if (config.seedOnStart) {
      const report = await loadSeeds(engine, { registry, dir: config.seedsDir });
      logger.info(`seeded ${engine.name}: ${report.actors} actors, ${report.relations} relations, ${report.sources} sources`);
    } else {
      // A graph loaded some other way (or before positions were kept) gets them now.
      const layout = await placeActors(engine, registry);
      if (layout.placed > 0) logger.info(`laid out ${layout.placed} actors (${layout.mode}) in ${layout.ms} ms`);
    }
  } catch (err) {
    await engine.close();
    throw err;
  }
  return new GraphStore(engine, registry);
}

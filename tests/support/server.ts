// Starts the real app on port 0 over the real embedded engine, seeded from seeds/ (or a
// fixture folder), for API and browser tests.
import { createApp } from '../../server/app.ts';
import { GrafeoEngine } from '../../server/engine/grafeo/grafeo-engine.ts';
import { createLogger } from '../../server/logger.ts';
import { GraphStore } from '../../server/queries/graph-store.ts';
import { loadRegistry, type QueryRegistry } from '../../server/queries/registry.ts';
import { loadSeeds } from '../../server/seeding/load-seeds.ts';
import { listen, type TestServer } from './listen.ts';

export type { TestServer };

export async function startTestServer(
  options: { seedsDir?: string; load?: (engine: GrafeoEngine, registry: QueryRegistry) => Promise<unknown> } = {},
): Promise<TestServer> {
  const registry = loadRegistry();
  const engine = GrafeoEngine.open();
  if (options.load) await options.load(engine, registry);
  else await loadSeeds(engine, { dir: options.seedsDir, registry });
  const store = new GraphStore(engine, registry);
  const app = createApp({ store, logger: createLogger('silent') });
  return listen(app, store, engine);
}

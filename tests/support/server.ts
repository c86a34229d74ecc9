// Starts the real app on port 0 over the real embedded engine, seeded from seeds/ (or a
// fixture folder), for API and browser tests.
import { createApp } from '../../server/app.ts';
import type { GraphEngine } from '../../server/engine/graph-engine.ts';
import { createLogger } from '../../server/logger.ts';
import { openGraph } from '../../server/open-graph.ts';
import type { QueryRegistry } from '../../server/queries/registry.ts';
import { listen, type TestServer } from './listen.ts';

export type { TestServer };

export async function startTestServer(
  options: { seedsDir?: string; load?: (engine: GraphEngine, registry: QueryRegistry) => Promise<unknown> } = {},
): Promise<TestServer> {
  const graph = await openGraph({ engine: { kind: 'grafeo', dataDir: undefined }, load: options.load ?? { seeds: options.seedsDir } });
  const app = createApp({ graph, logger: createLogger('silent') });
  return listen(app, graph);
}

// Starts the real app on port 0 over the real embedded engine, seeded from seeds/ (or a
// fixture folder), for API and browser tests.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createApp } from '../../server/app.ts';
import { GrafeoEngine } from '../../server/engine/grafeo/grafeo-engine.ts';
import { createLogger } from '../../server/logger.ts';
import { GraphStore } from '../../server/queries/graph-store.ts';
import { loadRegistry, type QueryRegistry } from '../../server/queries/registry.ts';
import { loadSeeds } from '../../server/seeding/load-seeds.ts';

export interface TestServer {
  url: string;
  store: GraphStore;
  close(): Promise<void>;
}

export async function startTestServer(
  options: { seedsDir?: string; load?: (engine: GrafeoEngine, registry: QueryRegistry) => Promise<unknown> } = {},
): Promise<TestServer> {
  const registry = loadRegistry();
  const engine = GrafeoEngine.open();
  if (options.load) await options.load(engine, registry);
  else await loadSeeds(engine, { dir: options.seedsDir, registry });
  const store = new GraphStore(engine, registry);
  const app = createApp({ store, logger: createLogger('silent') });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    store,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await engine.close();
    },
  };
}

// Starts the real app on a free port over the real embedded engine, seeded from seeds/ (or a
// fixture folder), for API and browser tests.
import { createApp } from '../../server/app.ts';
import type { GraphEngine } from '../../server/engine/graph-engine.ts';
import { createLogger } from '../../server/logger.ts';
import { openGraph } from '../../server/open-graph.ts';
import type { QueryRegistry } from '../../server/queries/registry.ts';
import { listen, type TestServer } from './listen.ts';

export type { TestServer };

/** The port of the last server started with { samePort: true } in this process. */
let lastPort = 0;

/**
 * `samePort`: listen where the previous such server did, once it has closed. The browser files
 * use it: one origin for all of a worker's files keeps Chromium's cache of the client bundle
 * (and V8's code for it) valid from one file to the next.
 */
export async function startTestServer(
  options: { seedsDir?: string; load?: (engine: GraphEngine, registry: QueryRegistry) => Promise<unknown>; samePort?: boolean } = {},
): Promise<TestServer> {
  const graph = await openGraph({ engine: { kind: 'grafeo', dataDir: undefined }, load: options.load ?? { seeds: options.seedsDir } });
  const app = createApp({ graph, logger: createLogger('silent') });
  const server = await listen(app, graph, undefined, options.samePort ? lastPort : 0);
  if (options.samePort) lastPort = Number(new URL(server.url).port);
  return server;
}

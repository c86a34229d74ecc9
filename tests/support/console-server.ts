// Starts the real app on port 0 over a seeded embedded engine with chosen console and HTTP
// settings, for the console, hostile-input and fault tests.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createApp } from '../../server/app.ts';
import { DEFAULT_CONSOLE, DEFAULT_HTTP, type ConsoleConfig, type HttpConfig } from '../../server/config.ts';
import { GrafeoEngine } from '../../server/engine/grafeo/grafeo-engine.ts';
import type { GraphEngine } from '../../server/engine/graph-engine.ts';
import { createLogger, type Logger } from '../../server/logger.ts';
import { GraphStore } from '../../server/queries/graph-store.ts';
import { loadRegistry } from '../../server/queries/registry.ts';
import { loadSeeds } from '../../server/seeding/load-seeds.ts';

export interface ConsoleTestServer {
  url: string;
  store: GraphStore;
  close(): Promise<void>;
}

export async function startConsoleServer(
  options: { console?: Partial<ConsoleConfig>; http?: HttpConfig; engine?: GraphEngine; seed?: boolean; logger?: Logger; clientDir?: string } = {},
): Promise<ConsoleTestServer> {
  const registry = loadRegistry();
  const engine = options.engine ?? GrafeoEngine.open();
  if (options.seed !== false) await loadSeeds(engine, { registry });
  const store = new GraphStore(engine, registry);
  const app = createApp({
    store,
    logger: options.logger ?? createLogger('silent'),
    console: { ...DEFAULT_CONSOLE, rateLimitPerMinute: 0, ...options.console },
    http: options.http ?? DEFAULT_HTTP,
    ...(options.clientDir ? { clientDir: options.clientDir } : {}),
  });
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

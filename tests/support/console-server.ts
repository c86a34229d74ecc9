// Starts the real app on port 0 over a seeded embedded engine with chosen console and HTTP
// settings, for the console, hostile-input and fault tests.
import { createApp } from '../../server/app.ts';
import { DEFAULT_CONSOLE, DEFAULT_HTTP, type ConsoleConfig, type HttpConfig } from '../../server/config.ts';
import type { GraphEngine } from '../../server/engine/graph-engine.ts';
import { createLogger, type Logger } from '../../server/logger.ts';
import { openGraph } from '../../server/open-graph.ts';
import { listen, type TestServer } from './listen.ts';

export type ConsoleTestServer = TestServer;

export async function startConsoleServer(
  options: { console?: Partial<ConsoleConfig>; http?: HttpConfig; engine?: GraphEngine; seed?: boolean; logger?: Logger; clientDir?: string; warm?: boolean } = {},
): Promise<ConsoleTestServer> {
  const graph = await openGraph({
    engine: options.engine ?? { kind: 'grafeo', dataDir: undefined },
    load: options.seed !== false ? { seeds: undefined } : undefined,
  });
  const app = createApp({
    graph,
    logger: options.logger ?? createLogger('silent'),
    console: { ...DEFAULT_CONSOLE, rateLimitPerMinute: 0, ...options.console },
    http: options.http ?? DEFAULT_HTTP,
    ...(options.clientDir ? { clientDir: options.clientDir } : {}),
  });
  const server = await listen(app, graph);
  // Start Neo4j's parser (shared by the process) and a sandbox process now, in the caller's
  // hook, so that a test's own time is not spent on them; not where a rate limit would count it.
  const settings = { ...DEFAULT_CONSOLE, rateLimitPerMinute: 0, ...options.console };
  if (options.warm !== false && settings.rateLimitPerMinute === 0) {
    await fetch(`${server.url}/api/cypher`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'RETURN 0 AS warm' }) });
  }
  return server;
}

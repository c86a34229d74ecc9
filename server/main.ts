// Starts the explorer: configuration, engine (seeded), HTTP server; closes both on SIGTERM/SIGINT.
// With Neo4j unreachable at start the server still listens, answers 503 (health 'degraded')
// naming what to check, and keeps trying to connect with backoff until Neo4j is there.
import { createApp } from './app.ts';
import { openStore } from './bootstrap.ts';
import { loadConfig, type Config } from './config.ts';
import { DeferredEngine } from './engine/deferred-engine.ts';
import { redactUri } from './engine/neo4j/neo4j-engine.ts';
import { retryWithBackoff } from './engine/retry.ts';
import { createHttpServer } from './http/http-server.ts';
import { createLogger, type Logger } from './logger.ts';
import { GraphStore } from './queries/graph-store.ts';
import { loadRegistry } from './queries/registry.ts';

const SHUTDOWN_GRACE_MS = 10_000;

/** A store whose Neo4j engine is connected (and seeded) in the background, retried with backoff. */
function openNeo4jInBackground(config: Config, logger: Logger, signal: AbortSignal): GraphStore {
  const uri = config.engine.kind === 'neo4j' ? redactUri(config.engine.uri) : '';
  // What anonymous clients read in the 503 names no address and no driver message: those go to the log.
  const notYet = 'Neo4j is not connected yet. Check that it is running and that NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD are right (the server log names the address and the cause).';
  const deferred = new DeferredEngine('neo4j', notYet);
  retryWithBackoff(() => openStore(config, logger), {
    signal,
    initialMs: 500,
    maxMs: 30_000,
    onRetry: (attempt, delayMs, err) => {
      const reason = err instanceof Error ? err.message : String(err);
      deferred.setReason(`${notYet} Retrying: attempt ${attempt}, next in ${Math.round(delayMs / 1000)} s.`);
      logger.error(`Neo4j at ${uri} not ready, retrying in ${delayMs} ms: ${reason}`);
    },
  }).then(
    (store) => {
      if (signal.aborted) {
        void store.engine.close();
        return;
      }
      deferred.attach(store.engine);
      logger.info(`connected to Neo4j at ${uri}`);
    },
    () => undefined, // aborted by shutdown
  );
  return new GraphStore(deferred, loadRegistry());
}

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const starting = new AbortController();
  const store = config.engine.kind === 'neo4j' ? openNeo4jInBackground(config, logger, starting.signal) : await openStore(config, logger);
  const app = createApp({ store, logger, console: config.console, http: config.http, analysis: config.analysis });
  const server = createHttpServer(app, config.server);
  server.listen(config.port, config.host, () => {
    const where = config.engine.kind === 'neo4j' ? redactUri(config.engine.uri) : (config.engine.dataDir ?? 'memory');
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    logger.info(`alliance explorer on http://localhost:${port} (engine: ${store.engine.name}, ${where})`);
  });
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info(`${signal}: closing`);
    starting.abort();
    setTimeout(() => {
      logger.error(`could not close within ${SHUTDOWN_GRACE_MS} ms; exiting`);
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
    server.close(() => {
      store.engine.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
    server.closeAllConnections();
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});

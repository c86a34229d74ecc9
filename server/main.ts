// Starts the explorer: configuration, engine (seeded), HTTP server; closes both on SIGTERM/SIGINT.
// With Neo4j unreachable at start the server still listens, answers 503 (health 'degraded')
// naming what to check, and keeps trying to connect with backoff until Neo4j is there.
import { createApp } from './app.ts';
import { loadConfig, type Config } from './config.ts';
import { DeferredEngine } from './engine/deferred-engine.ts';
import { redactUri } from './engine/neo4j/neo4j-engine.ts';
import { retryWithBackoff } from './engine/retry.ts';
import { createHttpServer } from './http/http-server.ts';
import { createLogger, type Logger } from './logger.ts';
import { openEngine, openGraph, type GraphLoad, type OpenGraph } from './open-graph.ts';
import { loadRegistry, type QueryRegistry } from './queries/registry.ts';
import type { SeedReport } from './seeding/load-seeds.ts';

const SHUTDOWN_GRACE_MS = 10_000;

function seedsToLoad(config: Config): GraphLoad | undefined {
  return config.seedOnStart ? { seeds: config.seedsDir } : undefined;
}

function logSeeded(logger: Logger, engine: string, report: SeedReport | undefined): void {
  if (report) logger.info(`seeded ${engine}: ${report.actors} actors, ${report.relations} relations, ${report.sources} sources`);
}

/** A graph whose Neo4j engine is connected (and seeded) in the background, retried with backoff. */
async function openNeo4jInBackground(config: Config, logger: Logger, registry: QueryRegistry, signal: AbortSignal): Promise<OpenGraph> {
  const uri = config.engine.kind === 'neo4j' ? redactUri(config.engine.uri) : '';
  // What anonymous clients read in the 503 names no address and no driver message: those go to the log.
  const notYet = 'Neo4j is not connected yet. Check that it is running and that NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD are right (the server log names the address and the cause).';
  const deferred = new DeferredEngine('neo4j', notYet);
  retryWithBackoff(() => openEngine(config.engine, registry, seedsToLoad(config)), {
    signal,
    initialMs: 500,
    maxMs: 30_000,
    onRetry: (attempt, delayMs, err) => {
      const reason = err instanceof Error ? err.message : String(err);
      deferred.setReason(`${notYet} Retrying: attempt ${attempt}, next in ${Math.round(delayMs / 1000)} s.`);
      logger.error(`Neo4j at ${uri} not ready, retrying in ${delayMs} ms: ${reason}`);
    },
  }).then(
    ({ engine, seeded }) => {
      if (signal.aborted) {
        void engine.close();
        return;
      }
      logSeeded(logger, engine.name, seeded);
      deferred.attach(engine);
      logger.info(`connected to Neo4j at ${uri}`);
    },
    () => undefined, // aborted by shutdown
  );
  return openGraph({ engine: deferred, registry });
}

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const starting = new AbortController();
  const registry = loadRegistry();
  let graph: OpenGraph;
  if (config.engine.kind === 'neo4j') graph = await openNeo4jInBackground(config, logger, registry, starting.signal);
  else {
    graph = await openGraph({ engine: config.engine, registry, load: seedsToLoad(config) });
    logSeeded(logger, graph.store.engineName, graph.seeded);
  }
  const app = createApp({ graph, logger, console: config.console, http: config.http, analysis: config.analysis });
  const server = createHttpServer(app, config.server);
  server.listen(config.port, config.host, () => {
    const where = config.engine.kind === 'neo4j' ? redactUri(config.engine.uri) : (config.engine.dataDir ?? 'memory');
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    logger.info(`alliance explorer on http://localhost:${port} (engine: ${graph.store.engineName}, ${where})`);
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
      graph.close().then(
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

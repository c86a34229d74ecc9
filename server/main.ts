// Starts the explorer: configuration, engine (seeded), HTTP server; closes both on SIGTERM/SIGINT.
import { createApp } from './app.ts';
import { openStore } from './bootstrap.ts';
import { loadConfig } from './config.ts';
import { createLogger } from './logger.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const store = await openStore(config, logger);
  const app = createApp({ store, logger });
  const server = app.listen(config.port, config.host, () => {
    const where = config.engine.kind === 'neo4j' ? config.engine.uri : (config.engine.dataDir ?? 'memory');
    logger.info(`alliance explorer on http://localhost:${config.port} (engine: ${store.engine.name}, ${where})`);
  });
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info(`${signal}: closing`);
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

// Builds the Express app from its dependencies; server/main.ts listens. Tests build it on
// port 0 with the real embedded engine.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import compression from 'compression';
import express, { type Express } from 'express';
import { errorHandler, notFoundHandler } from './http/error-handler.ts';
// console + HTTP edge (security headers, CORS, request logs, POST /api/cypher)
import { DEFAULT_ANALYSIS, DEFAULT_CONSOLE, DEFAULT_HTTP, type AnalysisConfig, type ConsoleConfig, type HttpConfig } from './config.ts';
import { AnalysisPool } from './analysis/worker/analysis-pool.ts';
import { cors, securityHeaders } from './http/security.ts';
import { requestLog } from './http/request-log.ts';
import { cypherRoutes } from './routes/cypher.ts';
import type { Logger } from './logger.ts';
import type { OpenGraph } from './open-graph.ts';
import { actorRoutes } from './routes/actors.ts';
import { docsRoutes } from './routes/docs.ts';
import { analysisRoutes } from './routes/analysis.ts';
import { graphRoutes } from './routes/graph.ts';
import { healthRoutes } from './routes/health.ts';
import { ioRoutes } from './routes/io.ts';
import { sourceRoutes } from './routes/sources.ts';

export const CLIENT_DIST = fileURLToPath(new URL('../client/dist/', import.meta.url));

export interface AppDeps {
  /** The store the routes read through and the console's own read-only access (server/open-graph.ts). */
  graph: Pick<OpenGraph, 'store' | 'console'>;
  logger: Logger;
  clientDir?: string;
  /** Console bounds (defaults: DEFAULT_CONSOLE). */
  console?: ConsoleConfig;
  /** CORS origins (default: none). */
  http?: HttpConfig;
  /** Bounds of heavy analysis in worker threads (default: DEFAULT_ANALYSIS). */
  analysis?: AnalysisConfig;
  /**
   * Hold every JSON answer to its contract's schema (server/http/register.ts); a mismatch is
   * a 500 and a log line. Default: under tests and in development (NODE_ENV test or
   * development), not in production, where it would only cost time.
   */
  checkAnswers?: boolean;
}

const CHECKED_BY_DEFAULT = new Set(['test', 'development']);

export function createApp({
  graph,
  logger,
  clientDir = CLIENT_DIST,
  console: consoleConfig = DEFAULT_CONSOLE,
  http = DEFAULT_HTTP,
  analysis = DEFAULT_ANALYSIS,
  checkAnswers = CHECKED_BY_DEFAULT.has(process.env.NODE_ENV ?? ''),
}: AppDeps): Express {
  const { store } = graph;
  const app = express();
  app.locals.checkAnswers = checkAnswers;
  app.disable('x-powered-by');
  // HTTP edge: request ids and logs, security headers, CORS only when configured.
  app.use(...requestLog(logger), securityHeaders(), cors(http));
  app.set('query parser', 'simple');
  // gzip on the wire: the temporal payload is the bulk of what the explorer loads.
  app.use(compression());
  app.use(express.json({ limit: '100kb' }));

  // Every API route registers from its contract (server/contracts/, server/http/register.ts).
  const api = express.Router();
  api.use(healthRoutes(store));
  api.use(actorRoutes(store));
  api.use(graphRoutes(store));
  api.use(sourceRoutes(store));
  api.use(analysisRoutes(store, new AnalysisPool(analysis)));
  api.use(ioRoutes(store, undefined, http));
  api.use(docsRoutes());
  api.use(cypherRoutes(graph.console, consoleConfig, { enabled: http.consoleEnabled !== false })); // read-only console
  api.use(notFoundHandler());
  app.use('/api', api);

  if (fs.existsSync(path.join(clientDir, 'index.html'))) {
    // Vite names each built asset by a hash of its content: a browser may keep one for good (no
    // request on the next visit, and its compiled code is reused). The page itself is asked
    // again each time, so a new build is seen at once.
    app.use('/assets', express.static(path.join(clientDir, 'assets'), { immutable: true, maxAge: '365d', dotfiles: 'ignore' }));
    app.use(express.static(clientDir, { index: 'index.html', dotfiles: 'ignore' }));
    app.get(/^\/(?!api\/).*/, (_req, res) => res.sendFile(path.join(clientDir, 'index.html')));
  } else {
    app.get('/', (_req, res) => {
      res.type('text').send('The explorer has not been built: run `npm run build:client`. The API is under /api.');
    });
  }
  app.use(notFoundHandler());
  app.use(errorHandler(logger));
  return app;
}

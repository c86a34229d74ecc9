// The HTTP server around the app, with limits of our own rather than Node's (which hold a
// slow body for 300 s and take any number of connections): a client gets so long to send
// its headers and its whole request, an idle keep-alive connection is closed, and past a
// number of open connections new ones are refused.
import http from 'node:http';
import type { Express } from 'express';

export interface ServerLimits {
  /** Time to receive a request's headers. */
  headersTimeoutMs: number;
  /** Time to receive a whole request, body included. */
  requestTimeoutMs: number;
  /** How long an idle keep-alive connection stays open. */
  keepAliveTimeoutMs: number;
  /** Open connections at most; more are refused. */
  maxConnections: number;
}

export const DEFAULT_SERVER_LIMITS: ServerLimits = { headersTimeoutMs: 20_000, requestTimeoutMs: 60_000, keepAliveTimeoutMs: 5_000, maxConnections: 1_000 };

export function createHttpServer(app: Express, limits: ServerLimits = DEFAULT_SERVER_LIMITS): http.Server {
  const server = http.createServer(
    {
      // Node wants the header limit no longer than the request limit.
      headersTimeout: Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs),
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      // How often Node looks for requests past their limits (its default, 30 s, would let a short limit run long).
      connectionsCheckingInterval: Math.max(50, Math.min(30_000, Math.floor(Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs) / 4))),
    },
    app,
  );
  server.maxConnections = limits.maxConnections;
  return server;
}

// Serves an app on 127.0.0.1 at a free port; close() stops the server, then closes the graph.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Express } from 'express';
import type { OpenGraph } from '../../server/open-graph.ts';
import type { GraphStore } from '../../server/queries/graph-store.ts';
import { createHttpServer, type ServerLimits } from '../../server/http/http-server.ts';

export interface TestServer {
  url: string;
  store: GraphStore;
  close(): Promise<void>;
}

/**
 * Serves `app` as server/main.ts does, with the same limits (or those given), at `port` when it
 * is free and at any free port otherwise.
 */
export async function listen(app: Express, graph: OpenGraph, limits?: ServerLimits, port = 0): Promise<TestServer> {
  const server: Server = createHttpServer(app, limits);
  const on = (p: number) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(p, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  await on(port).catch((err: NodeJS.ErrnoException) => {
    if (port === 0 || err.code !== 'EADDRINUSE') throw err;
    return on(0);
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    store: graph.store,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await graph.close();
    },
  };
}

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

/** Serves `app` as server/main.ts does, with the same limits (or those given). */
export async function listen(app: Express, graph: OpenGraph, limits?: ServerLimits): Promise<TestServer> {
  const server: Server = createHttpServer(app, limits);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    store: graph.store,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await graph.close();
    },
  };
}

// Serves an app on 127.0.0.1 at a free port; close() stops the server, then closes the graph.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Express } from 'express';
import type { OpenGraph } from '../../server/open-graph.ts';
import type { GraphStore } from '../../server/queries/graph-store.ts';

export interface TestServer {
  url: string;
  store: GraphStore;
  close(): Promise<void>;
}

export async function listen(app: Express, graph: OpenGraph): Promise<TestServer> {
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
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

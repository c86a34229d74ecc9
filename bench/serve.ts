// The server the bench measures, in a process of its own so its memory (RSS) is the
// server's alone: `tsx bench/serve.ts seed|world|igo`, prints {"port": n} once it listens.
import type { AddressInfo } from 'node:net';
import { createApp } from '../server/app.ts';
import { loadWorld } from '../server/generate/load-world.ts';
import { generateIgoWorld } from '../server/generate/igo.ts';
import { generateWorld } from '../server/generate/world.ts';
import { createLogger } from '../server/logger.ts';
import { openGraph } from '../server/open-graph.ts';
import { IGO_OPTIONS, WORLD_OPTIONS } from './world-options.ts';

const which = process.argv[2];
const graph = await openGraph({
  engine: { kind: 'grafeo', dataDir: undefined },
  load:
    which === 'world'
      ? (engine, registry) => loadWorld(engine, registry, generateWorld(WORLD_OPTIONS))
      : which === 'igo'
        ? (engine, registry) => loadWorld(engine, registry, generateIgoWorld(IGO_OPTIONS))
        : { seeds: undefined },
});
const app = createApp({ graph, logger: createLogger('silent') });
const server = app.listen(0, '127.0.0.1', () => {
  console.log(JSON.stringify({ port: (server.address() as AddressInfo).port }));
});
process.on('SIGTERM', () => {
  server.closeAllConnections();
  server.close(() => void graph.close().then(() => process.exit(0)));
});

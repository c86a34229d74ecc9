// The server the bench measures, in a process of its own so its memory (RSS) is the
// server's alone: `tsx bench/serve.ts seed|world|igo`, prints {"port": n} once it listens.
import type { AddressInfo } from 'node:net';
import { createApp } from '../server/app.ts';
import { GrafeoEngine } from '../server/engine/grafeo/grafeo-engine.ts';
import { loadWorld } from '../server/generate/load-world.ts';
import { generateIgoWorld } from '../server/generate/igo.ts';
import { generateWorld } from '../server/generate/world.ts';
import { createLogger } from '../server/logger.ts';
import { GraphStore } from '../server/queries/graph-store.ts';
import { loadRegistry } from '../server/queries/registry.ts';
import { loadSeeds } from '../server/seeding/load-seeds.ts';
import { IGO_OPTIONS, WORLD_OPTIONS } from './world-options.ts';

const which = process.argv[2];
const registry = loadRegistry();
const engine = GrafeoEngine.open();
if (which === 'world') await loadWorld(engine, registry, generateWorld(WORLD_OPTIONS));
else if (which === 'igo') await loadWorld(engine, registry, generateIgoWorld(IGO_OPTIONS));
else await loadSeeds(engine, { registry });
const app = createApp({ store: new GraphStore(engine, registry), logger: createLogger('silent') });
const server = app.listen(0, '127.0.0.1', () => {
  console.log(JSON.stringify({ port: (server.address() as AddressInfo).port }));
});
process.on('SIGTERM', () => {
  server.closeAllConnections();
  server.close(() => void engine.close().then(() => process.exit(0)));
});

// Worker thread entry for the layout: ForceAtlas2 over a world-sized graph takes a second or
// more of CPU, so it runs here, off the event loop. Loads the TypeScript layout through tsx,
// answers one { positions } (or { error }) for the one LayoutInput it is given.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
try {
  const { forceLayout } = await import('./force-layout.ts');
  parentPort.postMessage({ positions: forceLayout(workerData) });
} catch (err) {
  parentPort.postMessage({ error: err instanceof Error ? err.message : String(err) });
}

// The worker thread that computes centrality histories off the server's event loop (see
// analysis-pool.ts): one task at a time, posted back with its id. Plain JS so that Node starts
// it as is; it loads the TypeScript analysis through tsx, as the server itself runs.
import { parentPort } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

const { centralityHistory } = await tsImport('../centrality-history.ts', import.meta.url);

parentPort.on('message', ({ id, relations, actor, windowDays }) => {
  try {
    parentPort.postMessage({ id, points: centralityHistory(relations, actor, windowDays) });
  } catch (err) {
    parentPort.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
});

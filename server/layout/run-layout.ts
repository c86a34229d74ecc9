// Runs forceLayout in a worker thread, so a server laying out a dataset keeps answering.
import { Worker } from 'node:worker_threads';
import type { LayoutInput, Positions } from './force-layout.ts';

export function layoutInWorker(input: LayoutInput): Promise<Positions> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./layout-worker.mjs', import.meta.url), { workerData: input });
    let settled = false;
    worker.once('message', (msg: { positions?: Positions; error?: string }) => {
      settled = true;
      void worker.terminate();
      if (msg.positions) resolve(msg.positions);
      else reject(new Error(`layout failed: ${msg.error ?? 'no answer'}`));
    });
    worker.once('error', (err) => {
      settled = true;
      reject(err);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`layout worker exited (${code}) without an answer`));
    });
  });
}

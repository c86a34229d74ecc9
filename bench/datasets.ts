// `npm run bench:datasets`: imports a file in the exact layout and size of COW IGO v3's
// state-year file (bench/igo-file.ts: 15,600 rows x 537 columns) into the embedded engine,
// streaming, and reports the time and the process's peak memory; then serves that graph and
// times `/api/shifts?method=s` (210 states, every organization at both dates).
// BENCH_SEEDS=1 imports into the seeded graph, as a running server would (new actors are then
// placed next to their neighbours instead of laying out the whole graph).
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../server/app.ts';
import { openGraph } from '../server/open-graph.ts';
import { importDataset } from '../server/io/formats/import-dataset.ts';
import { createLogger } from '../server/logger.ts';
import { writeIgoStateYear } from './igo-file.ts';
import { repeat, time } from './stats.ts';

const n = Number(process.env.BENCH_N ?? 20);
const file = path.join(os.tmpdir(), `bench-state_year_formatv3-${process.pid}.csv`);
const bytes = writeIgoStateYear(file);

let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
// The share of a core a busy loop gets right now: on a shared machine the import's wall time
// is its CPU time over about this share, whatever the import does.
function cpuShare(ms: number): number {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  while (performance.now() - t0 < ms);
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000 / (performance.now() - t0);
}
const spinShare = cpuShare(2000);
const graph = await openGraph({ engine: { kind: 'grafeo', dataDir: undefined }, load: process.env.BENCH_SEEDS ? { seeds: undefined } : undefined });
const { store, registry } = graph;
const cpu0 = process.cpuUsage();
let readMs = 0;
const t0 = performance.now();
const report = await importDataset(store, registry, 'cow-igo', [{ name: path.basename(file), stream: fs.createReadStream(file) }], {
  onProgress: (done) => {
    if (readMs === 0 && done > 0) readMs = performance.now() - t0;
  },
});
const importMs = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
clearInterval(sampler);
fs.rmSync(file);

const app = createApp({ graph, logger: createLogger('silent') });
const server = app.listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const url = `${base}/api/shifts?toward=CHN&from=2000-01-01&to=2014-01-01&method=s&objects=organizations`;
const get = async () => {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  return res.json() as Promise<{ shifts: unknown[] }>;
};
let states = 0;
const firstMs = await time(async () => (states = (await get()).shifts.length));
// CPU time too: on a shared machine the wall clock measures the neighbours as well.
const cpuShifts0 = process.cpuUsage();
const shifts = await repeat(n, get);
const cpuShifts = process.cpuUsage(cpuShifts0);
server.closeAllConnections();
server.close();
await graph.close();

const figures = {
  file: { mb: Math.round(bytes / 1e5) / 10, rows: report.rows },
  import: {
    wallS: Math.round(importMs / 100) / 10,
    firstWriteAtS: Math.round(readMs / 100) / 10,
    cpuS: Math.round((cpu.user + cpu.system) / 1e5) / 10,
    // CPU over wall for the import (its threads together) and for a busy loop just before.
    cpuShare: Math.round(((cpu.user + cpu.system) / 1000 / importMs) * 100) / 100,
    spinShare: Math.round(spinShare * 100) / 100,
    seeded: Boolean(process.env.BENCH_SEEDS),
    peakRssMb: Math.round(peakRss / 1e6),
    relations: report.loaded.relations,
    actors: report.loaded.actors,
  },
  shiftsS: { states, firstMs: Math.round(firstMs), ...shifts, cpuMsPerRequest: Math.round((cpuShifts.user + cpuShifts.system) / 1000 / n) },
  cores: os.cpus().length,
  load1: Math.round((os.loadavg()[0] ?? 0) * 10) / 10,
};
console.log(JSON.stringify(figures, null, 2));

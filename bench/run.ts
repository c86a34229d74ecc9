// `npm run bench [-- --quick] [-- --json]`: loads the seed data into the embedded engine and
// times the load, the API over HTTP and the slider in headless Chromium. Prints a table, or
// with --json one JSON object on its last line. Targets are in the README; this only measures.
import os from 'node:os';
import { createApp } from '../server/app.ts';
import { GrafeoEngine } from '../server/engine/grafeo/grafeo-engine.ts';
import { createLogger } from '../server/logger.ts';
import { GraphStore } from '../server/queries/graph-store.ts';
import { loadRegistry } from '../server/queries/registry.ts';
import { loadSeeds } from '../server/seeding/load-seeds.ts';
import { benchBrowser } from './browser-bench.ts';
import { benchHttp } from './http-bench.ts';
import { summarize, time } from './stats.ts';

const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const json = args.has('--json');
const log = (line: string) => {
  if (!json) console.log(line);
};

async function benchSeed() {
  const registry = loadRegistry();
  const loads: number[] = [];
  for (let i = 0; i < (quick ? 3 : 10); i++) {
    const engine = GrafeoEngine.open();
    loads.push(await time(() => loadSeeds(engine, { registry })));
    await engine.close();
  }
  const engine = GrafeoEngine.open();
  const report = await loadSeeds(engine, { registry });
  const store = new GraphStore(engine, registry);
  const app = createApp({ store, logger: createLogger('silent') });
  const server = await new Promise<import('node:http').Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as import('node:net').AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  try {
    const load = summarize(loads);
    const http = await benchHttp(base, quick ? 20 : 100, { from: 'ARM', to: 'CHN', toward: 'CHN' });
    const browser = await benchBrowser(base, { steps: quick ? 60 : 300 });
    return {
      relations: report.relations,
      actors: report.actors,
      load: { ...load, relationsPerSecond: Math.round(report.relations / (load.p50 / 1000)) },
      http,
      browser,
      rssMb: Math.round(process.memoryUsage().rss / 1e6),
    };
  } finally {
    server.closeAllConnections();
    server.close();
    await engine.close();
  }
}

const machine = { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown', memGb: Math.round(os.totalmem() / 1e9), node: process.version };
log(`machine: ${machine.cpus} x ${machine.cpuModel}, ${machine.memGb} GB, Node ${machine.node}`);
const seed = await benchSeed();
const f = (s: { p50: number; p95: number }) => `p50 ${s.p50} ms, p95 ${s.p95} ms`;
log(`seed data: ${seed.actors} actors, ${seed.relations} relations`);
log(`  load into Grafeo        ${f(seed.load)} (${seed.load.relationsPerSecond} relations/s)`);
log(`  GET /api/health         ${f(seed.http.health)}`);
log(`  GET /api/graph?at=      ${f(seed.http.graph)} (${seed.http.graphOverHealth}x health)`);
log(`  GET /api/temporal       ${f(seed.http.temporal)}, ${seed.http.temporal.bytes} bytes, ${seed.http.temporal.gzipBytes} gzipped`);
log(`  GET /api/path           ${f(seed.http.path)}`);
log(`  GET /api/path/history   ${f(seed.http.pathHistory)}`);
log(`  GET /api/shifts         ${f(seed.http.shifts)}`);
if (seed.browser) {
  log(`  first network drawn     ${seed.browser.firstDrawMs} ms after navigation`);
  log(`  slider step to frame    ${f(seed.browser.step)} over ${seed.browser.step.n} steps`);
}
log(`  server RSS              ${seed.rssMb} MB`);
if (json) console.log(JSON.stringify({ seed, machine }));

// `npm run bench [-- --quick] [-- --json] [-- --only seed,world,igo]`: for the seed data, a
// generated world (200 states, 500 organizations, 40,000 spells, 10,000 events) and the IGO
// profile (shaped like COW IGO v3), times the load into the embedded engine and the layout,
// the API over HTTP and the explorer in headless Chromium, and prints each figure as median
// and 95th percentile. With --json, one JSON object on the last line. It only measures:
// the targets and the figures of a run are in the README.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import type { GraphEngine } from '../server/engine/graph-engine.ts';
import { loadWorld } from '../server/generate/load-world.ts';
import { generateIgoWorld } from '../server/generate/igo.ts';
import { generateWorld } from '../server/generate/world.ts';
import type { PlacementReport } from '../server/layout/place-actors.ts';
import { openGraph, type OpenGraph } from '../server/open-graph.ts';
import { loadRegistry, type QueryRegistry } from '../server/queries/registry.ts';
import { loadSeeds } from '../server/seeding/load-seeds.ts';
import { benchBrowser, type BrowserFigures } from './browser-bench.ts';
import { benchHttp, type HttpFigures } from './http-bench.ts';
import { summarize, time, type Summary } from './stats.ts';
import { IGO_OPTIONS, WORLD_OPTIONS } from './world-options.ts';

const argv = process.argv.slice(2);
const args = new Set(argv);
const onlyAt = argv.indexOf('--only');
const only = new Set(onlyAt >= 0 ? (argv[onlyAt + 1] ?? '').split(',') : ['seed', 'world', 'igo']);
const quick = args.has('--quick');
const json = args.has('--json');
const log = (line: string) => {
  if (!json) console.log(line);
};

type Dataset = 'seed' | 'world' | 'igo';

interface DatasetFigures {
  actors: number;
  relations: number;
  load: Summary & { relationsPerSecond: number };
  /** The server's layout of the whole dataset (ForceAtlas2, server/layout), part of each load. */
  layout: Summary;
  http: HttpFigures;
  browser: BrowserFigures | { error: string } | null;
  /** The server process's resident memory after the run. */
  serverRssMb: number;
}

/** Starts bench/serve.ts in its own process; answers its address, its RSS reader and a stop. */
async function serveChild(which: Dataset): Promise<{ base: string; rssMb(): number; close(): void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./serve.ts', import.meta.url)), which], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /\{"port":(\d+)\}/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.on('exit', (code) => reject(new Error(`bench server exited (${code}) before listening`)));
  });
  return {
    base: `http://127.0.0.1:${port}`,
    rssMb() {
      const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
      return Math.round(kb / 1024);
    },
    close() {
      child.kill('SIGTERM');
    },
  };
}

async function benchDataset(
  label: string,
  which: Dataset,
  load: (engine: GraphEngine, registry: QueryRegistry) => Promise<PlacementReport>,
  o: { loads: number; requests: number; steps: number; query: { from: string; to: string; toward: string } },
): Promise<DatasetFigures> {
  const registry = loadRegistry();
  const loads: number[] = [];
  const layouts: number[] = [];
  let graph: OpenGraph | null = null;
  for (let i = 0; i < o.loads; i++) {
    await graph?.close();
    // The load and the layout are timed apart, on a fresh in-memory engine each time.
    let total = 0;
    let layout = 0;
    graph = await openGraph({
      engine: { kind: 'grafeo', dataDir: undefined },
      registry,
      load: async (engine, r) => {
        total = await time(async () => {
          layout = (await load(engine, r)).ms;
        });
      },
    });
    loads.push(total - layout);
    layouts.push(layout);
  }
  if (!graph) throw new Error('no load ran');
  const counts = await graph.store.counts();
  await graph.close();
  const { base, close, rssMb } = await serveChild(which);
  try {
    log(`${label}: ${counts.actors} actors, ${counts.relations} relations`);
    const loadSummary = summarize(loads);
    const http = await benchHttp(base, o.requests, o.query);
    let browser: DatasetFigures['browser'];
    try {
      browser = await benchBrowser(base, { steps: o.steps });
    } catch (err) {
      browser = { error: err instanceof Error ? err.message.split('\n')[0] ?? String(err) : String(err) };
    }
    const figures: DatasetFigures = {
      ...counts,
      load: { ...loadSummary, relationsPerSecond: Math.round(counts.relations / (loadSummary.p50 / 1000)) },
      layout: summarize(layouts),
      http,
      browser,
      serverRssMb: rssMb(),
    };
    report(figures);
    return figures;
  } finally {
    close();
  }
}

const f = (s: { p50: number; p95: number }) => `p50 ${s.p50} ms, p95 ${s.p95} ms`;
function report(d: DatasetFigures): void {
  log(`  load into Grafeo          ${f(d.load)} (${d.load.relationsPerSecond} relations/s)`);
  log(`  layout on the server      ${f(d.layout)} (ForceAtlas2, once per dataset)`);
  log(`  GET /api/health           ${f(d.http.health)}`);
  log(`  GET /api/graph, cached    ${f(d.http.graphCached)} (${d.http.cachedOverHealth}x health)`);
  log(`  GET /api/graph, uncached  ${f(d.http.graphUncached)}`);
  log(`  GET /api/temporal         first ${d.http.temporalFirstMs} ms, then ${f(d.http.temporal)}; ${d.http.temporalBytes} bytes, ${d.http.temporalGzipBytes} gzipped`);
  log(`    ?format=columns         first ${d.http.columnsFirstMs} ms, then ${f(d.http.columns)}; ${d.http.columnsBytes} bytes, ${d.http.columnsGzipBytes} gzipped (what the explorer loads)`);
  log(`  GET /api/path             ${f(d.http.path)}`);
  log(`  GET /api/path/history     ${f(d.http.pathHistory)}`);
  log(`  GET /api/shifts           ${f(d.http.shifts)}`);
  if (d.browser && 'error' in d.browser) log(`  browser                   failed: ${d.browser.error}`);
  else if (d.browser) {
    log(`  first network drawn       ${d.browser.firstDrawMs} ms after navigation (in the page; ${d.browser.firstDrawSeenMs} ms as seen through the protocol)`);
    log(`  slider step to frame      ${f(d.browser.step)} over ${d.browser.step.n} steps (input to next drawn frame)`);
    log(`  slider step, work         ${f(d.browser.stepWork)} (input handler + drawing, without the wait for vsync)`);
    log(`  one-year step to frame    ${f(d.browser.yearStep)} over ${d.browser.yearStep.n} steps (what Play does)`);
    log(`  pan/zoom frame            ${f(d.browser.panZoomFrame)} over ${d.browser.panZoomFrame.n} frames (mouse drag and wheel)`);
  }
  log(`  server RSS                ${d.serverRssMb} MB`);
}

const machine = { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown', memGb: Math.round(os.totalmem() / 1e9), node: process.version };
log(`machine: ${machine.cpus} x ${machine.cpuModel}, ${machine.memGb} GB, Node ${machine.node}${quick ? ' (quick run)' : ''}`);

const figures: Partial<Record<Dataset, DatasetFigures>> = {};
if (only.has('seed')) {
  figures.seed = await benchDataset('seed data', 'seed', async (engine, registry) => (await loadSeeds(engine, { registry })).layout, {
    loads: quick ? 3 : 10,
    requests: quick ? 20 : 100,
    steps: quick ? 60 : 300,
    query: { from: 'ARM', to: 'CHN', toward: 'CHN' },
  });
}
if (only.has('world')) {
  const world = generateWorld(WORLD_OPTIONS);
  figures.world = await benchDataset(
    `world (${WORLD_OPTIONS.states} states, ${WORLD_OPTIONS.orgs} organizations, ${WORLD_OPTIONS.spells} spells, ${WORLD_OPTIONS.events} events)`,
    'world',
    (engine, registry) => loadWorld(engine, registry, world),
    { loads: quick ? 1 : 3, requests: quick ? 10 : 50, steps: quick ? 30 : 200, query: { from: 'S001', to: 'S150', toward: 'S001' } },
  );
}
if (only.has('igo')) {
  const igo = generateIgoWorld(IGO_OPTIONS);
  figures.igo = await benchDataset(
    `IGO profile (shaped like COW IGO v3; ${igo.relations.length} spells, seed ${IGO_OPTIONS.seed})`,
    'igo',
    (engine, registry) => loadWorld(engine, registry, igo),
    { loads: quick ? 1 : 3, requests: quick ? 10 : 50, steps: quick ? 30 : 200, query: { from: 'S001', to: 'S150', toward: 'S001' } },
  );
}
if (json) console.log(JSON.stringify({ ...figures, machine }));

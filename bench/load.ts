// `npm run load`: drives the real server on 127.0.0.1 with autocannon, 64 connections, over
// the graph, path and console routes for a bounded time, and prints throughput, p50/p99
// latency, errors and the server's memory before and after. Fails (exit 1) on any error,
// any non-2xx answer, or memory growth beyond noise. LOAD_SECONDS sets each run's length.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const HOST = '127.0.0.1'; // loopback only, never anything else
const CONNECTIONS = 64;
const SECONDS = Math.max(1, Math.min(120, Number(process.env.LOAD_SECONDS ?? 10)));
/** Growth of the server's resident memory over round 2 that still counts as noise (GC heap sizing). */
const GROWTH_ALLOWED_MB = 64;

interface Target {
  name: string;
  method: 'GET' | 'POST';
  path: string;
  body?: string;
}

const TARGETS: Target[] = [
  { name: 'graph', method: 'GET', path: '/api/graph?at=2020-01-01' },
  { name: 'path', method: 'GET', path: '/api/path?from=ARM&to=CHN&at=2020-01-01' },
  {
    name: 'console',
    method: 'POST',
    path: '/api/cypher',
    body: JSON.stringify({ query: 'MATCH (a:Actor {id: $id})-[r]-(b:Actor) RETURN a, r, b LIMIT 25', params: { id: 'ARM' } }),
  },
];

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, HOST, () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

function rssMb(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
    return Math.round((kb / 1024) * 10) / 10;
  } catch {
    return NaN;
  }
}

function load(url: string, t: Target, seconds: number): Promise<autocannon.Result> {
  return autocannon({
    url: url + t.path,
    method: t.method,
    connections: CONNECTIONS,
    duration: seconds,
    timeout: 20,
    headers: t.body ? { 'content-type': 'application/json' } : {},
    ...(t.body ? { body: t.body } : {}),
  });
}

async function main(): Promise<void> {
  const port = await freePort();
  const url = `http://${HOST}:${port}`;
  const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, HOST, PORT: String(port), LOG_LEVEL: 'silent', CONSOLE_RATE_LIMIT: '0', NEO4J_URI: '', GRAPH_DATA_DIR: '' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const stopServer = () => new Promise<number | null>((resolve) => {
    if (server.exitCode !== null) return resolve(server.exitCode);
    server.on('exit', (code) => resolve(code));
    server.kill('SIGTERM');
  });
  try {
    for (let i = 0; ; i++) {
      if (server.exitCode !== null || i > 600) throw new Error('the server did not start');
      try {
        if ((await fetch(`${url}/api/health`)).ok) break;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    const targets: Target[] = [];
    for (const t of TARGETS) {
      const res = await fetch(url + t.path, { method: t.method, headers: t.body ? { 'content-type': 'application/json' } : {}, body: t.body });
      if (res.status === 404 && t.name === 'path') {
        console.log(`skipping ${t.name}: ${t.path} answers 404 (not there yet)`);
        continue;
      }
      if (!res.ok) throw new Error(`${t.name} ${t.path} answers ${res.status}: ${(await res.text()).slice(0, 200)}`);
      targets.push(t);
    }

    console.log(`server memory at start: ${rssMb(server.pid!)} MB RSS`);
    let failed = false;
    let before = NaN;
    // Round 1 warms the server up (JIT, heap, caches); a leak shows as growth over round 2.
    for (const round of [1, 2]) {
    if (round === 2) {
      await new Promise((r) => setTimeout(r, 1_000));
      before = rssMb(server.pid!);
      console.log(`\nserver memory after round 1: ${before} MB RSS`);
    }
    console.log(`\nround ${round}: ${SECONDS} s per route, ${CONNECTIONS} connections`);
    console.log(`route     req/s     p50 ms   p99 ms   requests  errors  timeouts  non-2xx`);
    for (const t of targets) {
      const r = await load(url, t, SECONDS);
      const bad = r.errors + r.timeouts + r.non2xx;
      if (bad > 0) failed = true;
      console.log(
        `${t.name.padEnd(9)} ${r.requests.average.toFixed(0).padStart(6)}   ${String(r.latency.p50).padStart(6)}   ${String(r.latency.p99).padStart(6)}   ${String(r.requests.total).padStart(8)}  ${String(r.errors).padStart(6)}  ${String(r.timeouts).padStart(8)}  ${String(r.non2xx).padStart(7)}`,
      );
    }
    }
    await new Promise((r) => setTimeout(r, 1_000));
    const after = rssMb(server.pid!);
    const growth = Math.round((after - before) * 10) / 10;
    console.log(`\nserver memory: ${before} MB after round 1, ${after} MB after round 2 (${growth >= 0 ? '+' : ''}${growth} MB; allowed +${GROWTH_ALLOWED_MB} MB)`);
    if (growth > GROWTH_ALLOWED_MB) failed = true;
    const code = await stopServer();
    console.log(`server closed on SIGTERM with exit code ${code}`);
    if (code !== 0) failed = true;
    console.log(failed ? 'LOAD FAILED' : 'load passed: no errors, memory steady');
    process.exitCode = failed ? 1 : 0;
  } catch (err) {
    await stopServer();
    throw err;
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
});

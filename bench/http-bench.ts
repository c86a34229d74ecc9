// Times the API over real HTTP on loopback, one request at a time, against a running app.
import { gzipSync } from 'node:zlib';
import { repeat, summarize, time, type Summary } from './stats.ts';

export interface HttpFigures {
  health: Summary;
  graphCached: Summary;
  graphUncached: Summary;
  cachedOverHealth: number;
  temporalFirstMs: number;
  temporal: Summary;
  temporalBytes: number;
  temporalGzipBytes: number;
  columnsFirstMs: number;
  columns: Summary;
  columnsBytes: number;
  columnsGzipBytes: number;
  path: Summary;
  pathHistory: Summary;
  shifts: Summary;
}

async function fetchOk(url: string): Promise<string> {
  const res = await fetch(url);
  const text = await res.text();
  if (!res.ok) throw new Error(`${url} answered ${res.status}: ${text.slice(0, 200)}`);
  return text;
}

const round = (x: number) => Math.round(x * 100) / 100;

export async function benchHttp(base: string, n: number, q: { from: string; to: string; toward: string }): Promise<HttpFigures> {
  // The first request loads the whole graph into the cache; it is reported on its own.
  let body = '';
  const temporalFirstMs = round(await time(async () => (body = await fetchOk(`${base}/api/temporal`))));
  const temporal = await repeat(Math.max(3, Math.floor(n / 4)), () => fetchOk(`${base}/api/temporal`));
  let columnsBody = '';
  const columnsFirstMs = round(await time(async () => (columnsBody = await fetchOk(`${base}/api/temporal?format=columns`))));
  const columns = await repeat(Math.max(3, Math.floor(n / 4)), () => fetchOk(`${base}/api/temporal?format=columns`));
  await fetchOk(`${base}/api/health`);
  const health = await repeat(n, () => fetchOk(`${base}/api/health`));
  await fetchOk(`${base}/api/graph?at=2010-06-01`);
  const graphCached = await repeat(n, () => fetchOk(`${base}/api/graph?at=2010-06-01`));
  // Each request a date in an epoch not asked before: the snapshot is computed afresh.
  const changes = (JSON.parse(await fetchOk(`${base}/api/timeline`)) as { changes: { date: string }[] }).changes.map((c) => c.date);
  const step = Math.max(1, Math.floor(changes.length / (n + 1)));
  const fresh = Array.from({ length: n }, (_, i) => changes[(i + 1) * step] ?? changes[changes.length - 1] ?? '2000-01-01');
  const uncached: number[] = [];
  for (const date of fresh) uncached.push(await time(() => fetchOk(`${base}/api/graph?at=${date}`)));
  const dates = ['1995-01-01', '2005-06-01', '2010-06-01', '2015-01-01', '2022-01-10', '2024-08-10'];
  let i = 0;
  const path = await repeat(n, () => fetchOk(`${base}/api/path?from=${q.from}&to=${q.to}&at=${dates[i++ % dates.length]}`));
  const pathHistory = await repeat(Math.max(2, Math.floor(n / 10)), () => fetchOk(`${base}/api/path/history?from=${q.from}&to=${q.to}`));
  const shifts = await repeat(n, () => fetchOk(`${base}/api/shifts?toward=${q.toward}&from=2015-01-01&to=2025-01-01`));
  return {
    health,
    graphCached,
    graphUncached: summarize(uncached),
    cachedOverHealth: round(graphCached.p50 / health.p50),
    temporalFirstMs,
    temporal,
    temporalBytes: Buffer.byteLength(body),
    temporalGzipBytes: gzipSync(body).length,
    columnsFirstMs,
    columns,
    columnsBytes: Buffer.byteLength(columnsBody),
    columnsGzipBytes: gzipSync(columnsBody).length,
    path,
    pathHistory,
    shifts,
  };
}

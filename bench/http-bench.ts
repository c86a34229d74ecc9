// Times the API over real HTTP on loopback, one request at a time, against a running app.
import { gzipSync } from 'node:zlib';
import { repeat, type Summary } from './stats.ts';

export interface HttpFigures {
  health: Summary;
  graph: Summary;
  temporal: Summary & { bytes: number; gzipBytes: number };
  path: Summary;
  pathHistory: Summary;
  shifts: Summary;
  graphOverHealth: number;
}

async function fetchOk(url: string): Promise<string> {
  const res = await fetch(url);
  const text = await res.text();
  if (!res.ok) throw new Error(`${url} answered ${res.status}: ${text.slice(0, 200)}`);
  return text;
}

export async function benchHttp(base: string, n: number, q: { from: string; to: string; toward: string }): Promise<HttpFigures> {
  const dates = ['1995-01-01', '2005-06-01', '2010-06-01', '2015-01-01', '2022-01-10', '2024-08-10'];
  let i = 0;
  await fetchOk(`${base}/api/health`); // warm up
  const health = await repeat(n, () => fetchOk(`${base}/api/health`));
  const graph = await repeat(n, () => fetchOk(`${base}/api/graph?at=${dates[i++ % dates.length]}`));
  const body = await fetchOk(`${base}/api/temporal`);
  const temporal = await repeat(Math.max(3, Math.floor(n / 4)), () => fetchOk(`${base}/api/temporal`));
  const path = await repeat(n, () => fetchOk(`${base}/api/path?from=${q.from}&to=${q.to}&at=${dates[i++ % dates.length]}`));
  const pathHistory = await repeat(Math.max(3, Math.floor(n / 4)), () => fetchOk(`${base}/api/path/history?from=${q.from}&to=${q.to}`));
  const shifts = await repeat(n, () => fetchOk(`${base}/api/shifts?toward=${q.toward}&from=2015-01-01&to=2025-01-01`));
  return {
    health,
    graph,
    temporal: { ...temporal, bytes: Buffer.byteLength(body), gzipBytes: gzipSync(body).length },
    path,
    pathHistory,
    shifts,
    graphOverHealth: Math.round((graph.p50 / health.p50) * 100) / 100,
  };
}

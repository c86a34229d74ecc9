// Writes a file in the exact layout of COW IGO v3's state_year_formatv3.csv, at its size:
// `ccode,year,state` and 534 IGO columns, 15,600 rows (210 states over 1816-2014, every fifth
// year to 1965, every year after), cells 1/2/3/0/-9/-1 in runs as the real data has them.
// Deterministic (seeded), so every bench run reads the same bytes.
import fs from 'node:fs';
import { CowStates, loadCowStates } from '../server/io/formats/cow-states.ts';

export const IGO_COLUMNS = 534;
export const IGO_ROWS = 15_600;
export const IGO_STATES = 210;

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const IGO_YEARS: number[] = [...Array.from({ length: 30 }, (_, i) => 1816 + 5 * i).filter((y) => y <= 1965), ...Array.from({ length: 49 }, (_, i) => 1966 + i)];

/** Writes the file; returns its size in bytes. */
export function writeIgoStateYear(file: string, seed = 16): number {
  const rand = rng(seed);
  // 210 distinct COW codes whose id does not change over time, so each is one state.
  const states = new CowStates();
  const codes = [...new Set(loadCowStates().map((e) => e.ccode))].filter((c) => states.idOf(c, 1816) === states.idOf(c, 2014)).slice(0, IGO_STATES);
  const orgs = Array.from({ length: IGO_COLUMNS }, (_, j) => (j === 0 ? 'SCO' : j === 1 ? 'NATO' : `igo${String(j).padStart(3, '0')}`));
  const orgStart = orgs.map(() => Math.floor(rand() * IGO_YEARS.length));
  const orgEnd = orgs.map((_, j) => (rand() < 0.3 ? Math.min(IGO_YEARS.length, (orgStart[j] as number) + 5 + Math.floor(rand() * 30)) : IGO_YEARS.length));
  const orgReach = orgs.map(() => 0.05 + rand() * 0.5);
  // Rows per state: entries staggered so the total is IGO_ROWS.
  const perState = Math.floor(IGO_ROWS / codes.length);
  let extra = IGO_ROWS - perState * codes.length;
  const fd = fs.openSync(file, 'w');
  let bytes = 0;
  const write = (s: string) => (bytes += fs.writeSync(fd, s));
  write(`ccode,year,state,${orgs.join(',')}\n`);
  codes.forEach((ccode) => {
    const n = Math.min(IGO_YEARS.length, perState + (extra-- > 0 ? 1 : 0));
    const first = IGO_YEARS.length - n;
    const status = orgs.map(() => 0);
    const lines: string[] = [];
    for (let k = first; k < IGO_YEARS.length; k++) {
      const cells: string[] = [String(ccode), String(IGO_YEARS[k]), `S${ccode}`];
      for (let j = 0; j < orgs.length; j++) {
        if (k < (orgStart[j] as number) || k >= (orgEnd[j] as number)) {
          status[j] = 0;
          cells.push('-1');
          continue;
        }
        const r = rand();
        if (status[j] === 0 && r < (orgReach[j] as number) * 0.12) status[j] = r < 0.004 ? 3 : r < 0.008 ? 2 : 1;
        else if (status[j] !== 0 && r < 0.01) status[j] = 0;
        else if (status[j] === 3 && r < 0.05) status[j] = 1;
        cells.push(r > 0.9995 ? '-9' : String(status[j]));
      }
      lines.push(cells.join(','));
    }
    write(`${lines.join('\n')}\n`);
  });
  fs.closeSync(fd);
  return bytes;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
  const out = process.argv[2] ?? 'state_year_formatv3.csv';
  console.log(`${out}: ${(writeIgoStateYear(out) / 1e6).toFixed(1)} MB`);
}

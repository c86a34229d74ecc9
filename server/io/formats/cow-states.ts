// COW state codes (ccode) to the project's state ids: ISO 3166-1 alpha-3 as in the seeds, so
// imported data merges with them (COW's KZK is our KAZ). States that no longer exist keep a
// stable id: the ISO 3166-3 code where there is one (SUN, YUG, DDR, CSK, YMD, VDR), else
// `COW-` and COW's own abbreviation (COW-HAN for Hanover). One ccode may name different
// entities over time (365: Russia, the USSR 1922-1991, Russia again), hence `from`/`until`
// years (until exclusive). The table is cow-states.csv beside this file; add rows there.
import fs from 'node:fs';
import { z } from 'zod';
import { parseCsv } from '../csv-text.ts';

export interface StateEntry {
  ccode: number;
  cow: string;
  id: string;
  name: string;
  from: number | null;
  until: number | null;
}

const year = z
  .string()
  .transform((s) => s.trim())
  .pipe(z.union([z.literal('').transform(() => null), z.string().regex(/^\d{4}$/).transform(Number)]));
const Row = z.object({
  ccode: z.string().regex(/^\d{1,4}$/).transform(Number),
  cow: z.string().min(1),
  id: z.string().regex(/^[A-Z]{3}$|^COW-[A-Z]{3}$/),
  name: z.string().min(1),
  from: year,
  until: year,
});

export const COW_STATES_FILE = new URL('./cow-states.csv', import.meta.url);

export function loadCowStates(text: string = fs.readFileSync(COW_STATES_FILE, 'utf8')): StateEntry[] {
  return parseCsv(text).records.map((r) => Row.parse(r.cells));
}

export class CowStates {
  private readonly byCode = new Map<number, StateEntry[]>();
  readonly names = new Map<string, string>();

  constructor(entries: readonly StateEntry[] = loadCowStates()) {
    for (const e of entries) {
      const list = this.byCode.get(e.ccode) ?? [];
      list.push(e);
      this.byCode.set(e.ccode, list);
      if (!this.names.has(e.id)) this.names.set(e.id, e.name);
    }
  }

  /** The state id for a COW code in a year, or null when the table does not know the code. */
  idOf(ccode: number, year: number): string | null {
    const list = this.byCode.get(ccode);
    if (!list) return null;
    const hit = list.find((e) => (e.from === null || e.from <= year) && (e.until === null || year < e.until));
    return (hit ?? list[list.length - 1])?.id ?? null;
  }
}

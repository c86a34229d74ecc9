// COW Intergovernmental Organizations v3 (Pevehouse, Nordstrom, McManus & Jamison 2020).
// State-year file (state_year_formatv3.csv): `ccode, year, state`, then one column per IGO
// named by its abbreviation; cells 1 full member, 2 associate, 3 observer, 0 not a member,
// -9 missing, -1 state or IGO not in existence. Years 1816-2014, every fifth year to 1965,
// every year after. IGO-year file (igo_year_formatv3.csv: `ioname, orgname, year`, a column
// per state, ...): read here only for the organizations' full names.
//
// Spells: one per run of observed years with the same status: full and associate membership
// as MEMBER_OF (level 3 and 2), observer as OBSERVER_OF (level 1), precision `year`. A spell
// covers exactly its observed years, [first year, last year + 1); a run continues across a
// five-year gap when the status is the same on both sides, and a change inside a gap is only
// known to the gap, which the spell's note says. Missing data (-9), non-existence (-1) and a
// year without the state's row all break a spell. A spell still running in the data's last
// year is left open.
import type { Readable } from 'node:stream';
import { CowStates } from './cow-states.ts';
import { forEachLine, intCell, splitCsvLine } from './csv-lines.ts';
import { relation, type DatasetActor, type DatasetPlan, type DatasetProblem, type DatasetRelation } from './dataset-plan.ts';
import { datasetActorId, IGO_TO_ACTOR } from './org-map.ts';

export const COW_IGO_SOURCE = {
  id: 'cow-igo-v3',
  title: 'Correlates of War Intergovernmental Organizations, version 3.0',
  author: 'Jon C. W. Pevehouse, Timothy Nordstrom, Roseanne W. McManus, Anne Spencer Jamison',
  publisher: 'Correlates of War Project',
  published: '2020',
  url: 'https://correlatesofwar.org/data-sets/IGOs/',
};

const FIRST_YEAR = 1800;
const SLOTS = 301; // 1800-2100

// Ranks stored per (state, IGO, year): 0 no row; a higher rank wins when two COW codes map
// onto one state id in the same year (West Germany and Germany in 1990).
const RANK: Record<string, number> = { '-1': 1, '-9': 2, '0': 3, '3': 4, '2': 5, '1': 6 };
const TIE = { 4: { type: 'OBSERVER_OF', level: 1, what: 'observer' }, 5: { type: 'MEMBER_OF', level: 2, what: 'associate member' }, 6: { type: 'MEMBER_OF', level: 3, what: 'full member' } } as const;
const BREAK: Record<number, string> = { 0: 'the state has no row', 1: 'the state or the organization does not exist (-1)', 2: 'the data are missing (-9)', 3: 'not a member (0)' };

export interface NamedStream {
  name: string;
  stream: Readable;
}

export class CowIgoReader {
  private readonly states: CowStates;
  private orgs: string[] = [];
  private readonly grid = new Map<string, Uint8Array>();
  private orgFirst: number[] = [];
  private orgLast: number[] = [];
  private readonly years = new Set<number>();
  private readonly names = new Map<string, string>();
  readonly rejected: DatasetProblem[] = [];
  rows = 0;

  constructor(states: CowStates = new CowStates()) {
    this.states = states;
  }

  async read(file: NamedStream, onLine?: (line: number) => void): Promise<void> {
    let kind: 'state-year' | 'igo-year' | null = null;
    let header: string[] = [];
    let nameCols = { ioname: -1, orgname: -1 };
    await forEachLine(file.stream, (text, line) => {
      if (kind === 'state-year' && line > 1) {
        this.rows += 1;
        if (onLine && this.rows % 1000 === 0) onLine(this.rows);
        return this.stateYearLine(file.name, header, text, line);
      }
      const cells = splitCsvLine(text);
      if (line === 1 || kind === null) {
        header = cells;
        if (header[0] === 'ccode' && header[1] === 'year' && header[2] === 'state') {
          kind = 'state-year';
          this.startOrgs(header.slice(3));
        } else if (header.includes('ioname') && header.includes('orgname')) {
          kind = 'igo-year';
          nameCols = { ioname: header.indexOf('ioname'), orgname: header.indexOf('orgname') };
        } else {
          this.problem(file.name, line, '(header)', 'expected the COW IGO v3 state-year header (ccode,year,state,<one column per IGO>) or the IGO-year header (ioname,orgname,year,...)');
          kind = 'igo-year';
          nameCols = { ioname: -1, orgname: -1 };
        }
        return;
      }
      this.rows += 1;
      if (onLine && this.rows % 1000 === 0) onLine(this.rows);
      if (kind === 'igo-year') {
        const io = cells[nameCols.ioname];
        const org = cells[nameCols.orgname];
        if (io && org && !this.names.has(io.toUpperCase())) this.names.set(io.toUpperCase(), org);
        return;
      }
      this.stateYearRow(file.name, header, cells, line);
    });
  }

  private startOrgs(orgs: string[]): void {
    if (this.orgs.length > 0 && orgs.join(',') !== this.orgs.join(',')) throw new Error('two state-year files with different IGO columns');
    this.orgs = orgs;
    this.orgFirst = orgs.map(() => Number.POSITIVE_INFINITY);
    this.orgLast = orgs.map(() => Number.NEGATIVE_INFINITY);
  }

  private problem(file: string, line: number, field: string, message: string): void {
    this.rejected.push({ file, line, errors: [{ field, message }] });
  }

  /**
   * A state-year line. The whole file is 8 million cells: a line of bare cells is read in
   * place, without a string per cell; any other line (quotes, spaces, a cell that is not a
   * code, a wrong count) goes the general way, which also words the errors.
   */
  private stateYearLine(file: string, header: string[], text: string, line: number): void {
    const slow = () => this.stateYearRow(file, header, splitCsvLine(text), line);
    if (text.includes('"') || /\s/.test(text)) return slow();
    const c1 = text.indexOf(',');
    const c2 = c1 < 0 ? -1 : text.indexOf(',', c1 + 1);
    const c3 = c2 < 0 ? -1 : text.indexOf(',', c2 + 1);
    if (c3 < 0) return slow();
    const ranks = new Uint8Array(this.orgs.length);
    let at = c3 + 1;
    for (let j = 0; j < ranks.length; j++) {
      let end = text.indexOf(',', at);
      if (end < 0) end = text.length;
      const r = rankAt(text, at, end);
      if (r === 0 || (end === text.length) !== (j === ranks.length - 1)) return slow();
      ranks[j] = r;
      at = end + 1;
    }
    const ccode = intCell(text.slice(0, c1));
    const year = intCell(text.slice(c1 + 1, c2));
    const id = ccode === null || year === null || year < FIRST_YEAR || year >= FIRST_YEAR + SLOTS ? null : this.states.idOf(ccode, year);
    if (id === null || year === null) return slow();
    this.put(id, year, ranks);
  }

  private stateYearRow(file: string, header: string[], cells: string[], line: number): void {
    if (cells.length !== header.length) return this.problem(file, line, '(row)', `the row has ${cells.length} cells, the header ${header.length}`);
    const ccode = intCell(cells[0]);
    const year = intCell(cells[1]);
    if (ccode === null) return this.problem(file, line, 'ccode', `expected a COW state code, got "${cells[0]}"`);
    if (year === null || year < FIRST_YEAR || year >= FIRST_YEAR + SLOTS) return this.problem(file, line, 'year', `expected a year from ${FIRST_YEAR} to ${FIRST_YEAR + SLOTS - 1}, got "${cells[1]}"`);
    const id = this.states.idOf(ccode, year);
    if (id === null) return this.problem(file, line, 'ccode', `unknown COW state code ${ccode} (${cells[2]}): add it to server/io/formats/cow-states.csv`);
    const ranks = new Uint8Array(this.orgs.length);
    const errors: { field: string; message: string }[] = [];
    for (let j = 0; j < this.orgs.length; j++) {
      const r = RANK[cells[j + 3] as string];
      if (r === undefined) errors.push({ field: this.orgs[j] as string, message: `expected 1, 2, 3, 0, -9 or -1, got "${cells[j + 3]}"` });
      else ranks[j] = r;
    }
    if (errors.length > 0) return void this.rejected.push({ file, line, errors: errors.slice(0, 5) });
    this.put(id, year, ranks);
  }

  private put(id: string, year: number, ranks: Uint8Array): void {
    let g = this.grid.get(id);
    if (!g) this.grid.set(id, (g = new Uint8Array(this.orgs.length * SLOTS)));
    const slot = year - FIRST_YEAR;
    for (let j = 0; j < ranks.length; j++) {
      const r = ranks[j] as number;
      const at = j * SLOTS + slot;
      if (r > (g[at] as number)) g[at] = r;
      if (r !== 1) {
        if (year < (this.orgFirst[j] as number)) this.orgFirst[j] = year;
        if (year > (this.orgLast[j] as number)) this.orgLast[j] = year;
      }
    }
    this.years.add(year);
  }

  /** The organizations, states and spells read so far. `known` holds the graph's actor ids. */
  finish(): DatasetPlan {
    const years = [...this.years].sort((a, b) => a - b);
    const lastYear = years[years.length - 1] ?? 0;
    const actors: DatasetActor[] = [];
    const relations: DatasetRelation[] = [];
    const orgIds = this.orgs.map((io) => IGO_TO_ACTOR[io.toUpperCase()] ?? datasetActorId('IGO', io));
    this.orgs.forEach((io, j) => {
      const first = this.orgFirst[j] as number;
      if (!Number.isFinite(first)) return;
      const last = this.orgLast[j] as number;
      const mapped = IGO_TO_ACTOR[io.toUpperCase()] !== undefined;
      actors.push({
        id: orgIds[j] as string,
        name: this.names.get(io.toUpperCase()) ?? io,
        kind: 'organization',
        shortName: io.toUpperCase(),
        founded: `${first}-01-01`,
        dissolved: last < lastYear ? `${last + 1}-01-01` : null,
        mapped,
      });
    });
    for (const [state, g] of this.grid) {
      actors.push({ id: state, name: this.states.names.get(state) ?? state, kind: 'state', shortName: null, founded: null, dissolved: null });
      for (let j = 0; j < this.orgs.length; j++) relations.push(...spellsOf(state, orgIds[j] as string, this.orgs[j] as string, g, j * SLOTS, years, lastYear));
    }
    return { actors, relations, sources: [COW_IGO_SOURCE], rejected: this.rejected, rows: this.rows };
  }
}

/** RANK of the cell text[from, to) without cutting it out; 0 for anything that is not a code. */
function rankAt(text: string, from: number, to: number): number {
  const a = text.charCodeAt(from);
  if (to - from === 1) return a === 49 ? 6 : a === 50 ? 5 : a === 51 ? 4 : a === 48 ? 3 : 0; // 1 2 3 0
  if (to - from === 2 && a === 45) {
    const b = text.charCodeAt(from + 1);
    return b === 57 ? 2 : b === 49 ? 1 : 0; // -9 -1
  }
  return 0;
}

/** The spells of one state in one IGO from its ranks by year (see the file's head). */
export function spellsOf(state: string, org: string, label: string, g: Uint8Array, offset: number, years: readonly number[], lastYear: number): DatasetRelation[] {
  const out: DatasetRelation[] = [];
  let run: { rank: 4 | 5 | 6; first: number; last: number; before: { year: number; rank: number } | null } | null = null;
  let observed: { year: number; rank: number } | null = null;
  // The state's last row: after it the state has left the data (it ceased to exist).
  let lastRow = 0;
  for (const y of years) if ((g[offset + y - FIRST_YEAR] as number) !== 0) lastRow = y;
  const close = (next: { year: number; rank: number } | null) => {
    if (!run) return;
    const tie = TIE[run.rank];
    const notes = [`COW IGO v3: ${tie.what} of ${label}`];
    if (run.before && run.first - run.before.year > 1) notes.push(`took this status between ${run.before.year + 1} and ${run.first} (a gap in the data's years)`);
    let end: string | null = `${run.last + 1}-01-01`;
    if (next === null && run.last === lastYear) {
      end = null;
      notes.push(`still so in ${lastYear}, the data's last year`);
    } else if (next === null || (next.rank === 0 && next.year > lastRow)) {
      notes.push(`the state leaves the data after ${run.last}`);
    } else {
      if (next.year - run.last > 1) notes.push(`ended between ${run.last + 1} and ${next.year} (a gap in the data's years)`);
      if (next.rank < 4) notes.push(`in ${next.year} ${BREAK[next.rank]}`);
    }
    out.push(relation({ source: state, target: org, type: tie.type, start: `${run.first}-01-01`, end, precision: 'year', level: tie.level, sources: [COW_IGO_SOURCE.id], note: notes.join('; ') }));
    run = null;
  };
  for (const y of years) {
    const rank = g[offset + y - FIRST_YEAR] as number;
    if (rank >= 4) {
      if (run && run.rank === rank) run.last = y;
      else {
        close({ year: y, rank });
        run = { rank: rank as 4 | 5 | 6, first: y, last: y, before: observed };
      }
    } else if (run) close({ year: y, rank });
    if (rank !== 0) observed = { year: y, rank };
  }
  close(null);
  return out;
}

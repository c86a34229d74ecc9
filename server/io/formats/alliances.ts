// What COW Formal Alliances and ATOP share: member rows become MEMBER_OF spells of a state in
// an actor of kind `alliance`, whose obligations are the union of its rows' flags. A spell's
// level is the strongest obligation of its row (Signorino & Ritter 1999 rank alliance ties
// the same way): 3 defense or offense, 2 neutrality or consultation (COW: entente), 1
// non-aggression only.
import type { Obligation } from '../../../shared/model/schemas.ts';
import type { CowStates } from './cow-states.ts';
import { forEachCsvLine, intCell } from './csv-lines.ts';
import type { NamedStream } from './cow-igo.ts';
import { dayAfter, isCalendarDate, partialDate, relation, type DatasetActor, type DatasetPlan, type DatasetProblem, type DatasetRelation } from './dataset-plan.ts';

export function levelOf(obligations: ReadonlySet<Obligation>): 1 | 2 | 3 | null {
  if (obligations.has('defense') || obligations.has('offense')) return 3;
  if (obligations.has('neutrality') || obligations.has('consultation')) return 2;
  if (obligations.has('nonaggression')) return 1;
  return null;
}

export interface DateCells {
  year: string | undefined;
  month: string | undefined;
  day: string | undefined;
}

/** Year, month and day cells; a missing month or day (empty, 0, negative) makes the date less precise. */
export function readDate(c: DateCells): { year: number; month: number | null; day: number | null } | { error: string } | null {
  const year = intCell(c.year);
  if (year === null || year <= 0) return null;
  let month = intCell(c.month);
  let day = intCell(c.day);
  if (month !== null && month <= 0) month = null;
  if (day !== null && day <= 0) day = null;
  if (month === null) day = null;
  if (month !== null && month > 12) return { error: `month ${month} is not 1-12` };
  if (month !== null && day !== null && !isCalendarDate(year, month, day)) return { error: `${year}-${month}-${day} is not a calendar date` };
  return { year, month, day };
}

export interface MemberRow {
  file: string;
  line: number;
  alliance: string;
  ccode: number;
  entry: DateCells;
  exit: DateCells;
  obligations: Set<Obligation>;
}

export interface AllianceDataset {
  source: { id: string; title: string; author: string | null; publisher: string | null; published: string | null; url: string | null };
  label: string;
  /** The actor a member row joins, by its alliance and the day it enters (org-map.ts). */
  target: (alliance: string, entry: string) => { id: string; mapped: boolean };
}

interface Alliance {
  /** The dataset's number. */
  key: string;
  mapped: boolean;
  obligations: Set<Obligation>;
  first: string | null;
  members: string[];
}

/** Collects member rows of one alliance dataset and turns them into actors and spells. */
export class AllianceCollector {
  readonly rejected: DatasetProblem[] = [];
  private readonly alliances = new Map<string, Alliance>();
  private readonly relations = new Map<string, DatasetRelation>();
  private readonly stateIds = new Set<string>();
  rows = 0;

  constructor(
    private readonly dataset: AllianceDataset,
    private readonly states: CowStates,
  ) {}

  add(row: MemberRow): void {
    const bad = (field: string, message: string) => void this.rejected.push({ file: row.file, line: row.line, errors: [{ field, message }] });
    const entry = readDate(row.entry);
    if (entry === null) return bad('entry', 'the year of entry is missing');
    if ('error' in entry) return bad('entry', entry.error);
    const exit = readDate(row.exit);
    if (exit !== null && 'error' in exit) return bad('exit', exit.error);
    const state = this.states.idOf(row.ccode, entry.year);
    if (state === null) return bad('ccode', `unknown COW state code ${row.ccode}: add it to server/io/formats/cow-states.csv`);
    const level = levelOf(row.obligations);
    if (level === null) return bad('obligations', 'the row has none of the obligation flags set');
    const start = partialDate(entry.year, entry.month, entry.day);
    const end = exit === null ? null : dayAfter(exit.year, exit.month, exit.day);
    if (end !== null && end <= start.date) return bad('exit', `the exit (${end}) is not after the entry (${start.date})`);
    const notes = [`${this.dataset.label} alliance ${row.alliance}: ${[...row.obligations].join(', ')}`];
    if (exit === null) notes.push('no exit in the data: in force at its end');
    else if (exit.day === null) notes.push(`left in ${exit.month === null ? exit.year : `${exit.year}-${String(exit.month).padStart(2, '0')}`} (day unknown)`);
    const { id: target, mapped } = this.dataset.target(row.alliance, start.date);
    const rel = relation({ source: state, target, type: 'MEMBER_OF', start: start.date, end, precision: start.precision, level, sources: [this.dataset.source.id], note: notes.join('; ') });
    const same = this.relations.get(rel.id);
    // One member row per phase: two rows of one state starting the same day merge, strongest level kept.
    if (same) {
      if (rel.level > same.level) same.level = rel.level;
      if (rel.end === null || (same.end !== null && rel.end > same.end)) same.end = rel.end;
    } else this.relations.set(rel.id, rel);
    // Keyed by actor: one alliance whose phases map onto two actors (CST, CSTO) makes both.
    let a = this.alliances.get(target);
    if (!a) this.alliances.set(target, (a = { key: row.alliance, mapped, obligations: new Set(), first: null, members: [] }));
    for (const o of row.obligations) a.obligations.add(o);
    if (a.first === null || start.date < a.first) a.first = start.date;
    if (!a.members.includes(state)) a.members.push(state);
    this.stateIds.add(state);
  }

  finish(): DatasetPlan {
    const actors: DatasetActor[] = [];
    for (const [id, a] of this.alliances) {
      const ends = [...this.relations.values()].filter((r) => r.target === id).map((r) => r.end);
      const dissolved = ends.includes(null) ? null : (ends as string[]).sort().at(-1) ?? null;
      const who = a.members.slice(0, 4).join(', ') + (a.members.length > 4 ? ` +${a.members.length - 4}` : '');
      actors.push({
        id,
        name: `${this.dataset.label} alliance ${a.key} (${a.first?.slice(0, 4)}): ${who}`,
        kind: 'alliance',
        shortName: `${this.dataset.label} ${a.key}`,
        founded: a.first,
        dissolved,
        obligations: [...a.obligations],
        mapped: a.mapped,
      });
    }
    for (const s of this.stateIds) actors.push({ id: s, name: this.states.names.get(s) ?? s, kind: 'state', shortName: null, founded: null, dissolved: null });
    return { actors, relations: [...this.relations.values()], sources: [this.dataset.source], rejected: this.rejected, rows: this.rows };
  }
}

/** The header must hold these columns; says which are missing. */
export function missingColumns(header: readonly string[], required: readonly string[]): string[] {
  return required.filter((c) => !header.includes(c));
}

/** Where a member-level alliance file keeps what a spell needs: the columns differ by dataset, the reading does not. */
export interface MemberColumns {
  /** Named in header errors, e.g. "ATOP 5.1 member-level". */
  what: string;
  /** Every column the published file has, for the header error. */
  columns: readonly string[];
  /** The columns the reader uses: a header without one of them is refused. */
  required: readonly string[];
  alliance: { column: string; noun: string };
  member: string;
  entry: [year: string, month: string, day: string];
  exit: [year: string, month: string, day: string];
  /** Flag columns (1: the treaty carries it) and the obligation each stands for. */
  flags: readonly (readonly [string, Obligation])[];
}

/** Reads member-level rows (COW alliances, ATOP) into the collector, one spell per row. */
export async function readMemberRows(
  files: readonly NamedStream[],
  c: AllianceCollector,
  cols: MemberColumns,
  onLine?: (n: number) => void,
): Promise<DatasetPlan> {
  for (const file of files) {
    let col: Record<string, number> = {};
    let headerOk = false;
    await forEachCsvLine(file.stream, (cells, line) => {
      if (line === 1) {
        const missing = missingColumns(cells, cols.required);
        if (missing.length > 0) c.rejected.push({ file: file.name, line, errors: [{ field: '(header)', message: `the header lacks ${missing.join(', ')}; expected ${cols.what} columns: ${cols.columns.join(',')}` }] });
        headerOk = missing.length === 0;
        col = Object.fromEntries(cells.map((h, i) => [h, i]));
        return;
      }
      if (!headerOk) return;
      c.rows += 1;
      if (onLine && c.rows % 1000 === 0) onLine(c.rows);
      const get = (name: string) => cells[col[name] ?? -1];
      const alliance = intCell(get(cols.alliance.column));
      const ccode = intCell(get(cols.member));
      if (alliance === null) return void c.rejected.push({ file: file.name, line, errors: [{ field: cols.alliance.column, message: `expected ${cols.alliance.noun}, got "${get(cols.alliance.column) ?? ''}"` }] });
      if (ccode === null) return void c.rejected.push({ file: file.name, line, errors: [{ field: cols.member, message: `expected a COW state code, got "${get(cols.member) ?? ''}"` }] });
      const [ey, em, ed] = cols.entry;
      const [xy, xm, xd] = cols.exit;
      c.add({
        file: file.name,
        line,
        alliance: String(alliance),
        ccode,
        entry: { year: get(ey), month: get(em), day: get(ed) },
        exit: { year: get(xy), month: get(xm), day: get(xd) },
        obligations: new Set(cols.flags.filter(([f]) => intCell(get(f)) === 1).map(([, o]) => o)),
      });
    });
  }
  return c.finish();
}

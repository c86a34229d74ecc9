// What a published dataset (COW IGO, COW alliances, ATOP) becomes before it is written: the
// actors and spells it names, the source to cite, and the lines that could not be read.
import type { Obligation } from '../../../shared/model/schemas.ts';
import type { SourceRow } from '../import-rows.ts';
import { derivedRelationId } from '../relation-id.ts';

export interface DatasetProblem {
  /** The file's name as given (state_year_formatv3.csv ...). */
  file: string;
  /** 1 is the header line. */
  line: number;
  errors: { field: string; message: string }[];
}

export interface DatasetActor {
  id: string;
  name: string;
  kind: 'state' | 'organization' | 'alliance';
  shortName: string | null;
  founded: string | null;
  dissolved: string | null;
  obligations?: Obligation[];
  /** A seed actor the dataset's entry maps onto (server/io/formats/org-map.ts): never overwritten. */
  mapped?: boolean;
}

export interface DatasetRelation {
  id: string;
  source: string;
  target: string;
  type: 'MEMBER_OF' | 'OBSERVER_OF';
  start: string;
  end: string | null;
  precision: 'day' | 'month' | 'year';
  /** Ordinal tie: 3 full member / defense or offense, 2 associate / neutrality or consultation, 1 observer / non-aggression. */
  level: 1 | 2 | 3;
  sources: string[];
  note: string;
}

export interface DatasetPlan {
  actors: DatasetActor[];
  sources: SourceRow[];
  relations: DatasetRelation[];
  rejected: DatasetProblem[];
  /** Data lines read, over all files. */
  rows: number;
}

export function relation(r: Omit<DatasetRelation, 'id'>): DatasetRelation {
  return { ...r, id: derivedRelationId(r) };
}

/** Where a date is only partly known: YYYY-01-01 / YYYY-MM-01 with the precision that says so. */
export function partialDate(year: number, month: number | null, day: number | null): { date: string; precision: 'day' | 'month' | 'year' } {
  const y = String(year).padStart(4, '0');
  if (month === null) return { date: `${y}-01-01`, precision: 'year' };
  const m = String(month).padStart(2, '0');
  if (day === null) return { date: `${y}-${m}-01`, precision: 'month' };
  return { date: `${y}-${m}-${String(day).padStart(2, '0')}`, precision: 'day' };
}

/**
 * The first day after a partly known last day, for a half-open end: the next day when the day
 * is known, the first of the next month when only the month is, the next 1 January otherwise.
 */
export function dayAfter(year: number, month: number | null, day: number | null): string {
  if (month === null) return `${String(year + 1).padStart(4, '0')}-01-01`;
  const d = day === null ? new Date(Date.UTC(year, month, 1)) : new Date(Date.UTC(year, month - 1, day + 1));
  return d.toISOString().slice(0, 10);
}

/** A calendar date that exists (no 30 February). */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

// Reads the three CSV texts and checks every row, alone (zod) and against the others and the
// graph (known actors and sources, ids that clash). Pure: the graph comes in as plain sets.
import type { z } from 'zod';
import { COLUMNS, REQUIRED_COLUMNS, type CsvFileKind } from './csv-columns.ts';
import { CsvSyntaxError, parseCsv, type CsvRecord } from './csv-text.ts';
import { ActorRow, RelationRow, SourceRow } from './import-rows.ts';
import { ProblemList } from './problem-list.ts';
import { derivedRelationId } from './relation-id.ts';

/** A plan (and a report) lists at most this many rejected rows and counts them all: a file of bad rows must not make a huge answer. */
export const MAX_REPORTED_PROBLEMS = 1_000;

export interface ImportFiles {
  relations: string;
  actors?: string;
  sources?: string;
}

/** What the graph already holds, as far as the import cares. */
export interface KnownGraph {
  actorIds: ReadonlySet<string>;
  sourceIds: ReadonlySet<string>;
  /** Existing relations by id, to refuse an id that already names a different relation. */
  relations: ReadonlyMap<string, { source: string; target: string; type: string }>;
}

export interface FieldProblem {
  field: string;
  message: string;
}

export interface RowProblem {
  file: CsvFileKind;
  /** 1 is the header line. */
  line: number;
  errors: FieldProblem[];
}

export type PlannedRelation = RelationRow & { id: string };

export interface ImportPlan {
  actors: ActorRow[];
  sources: SourceRow[];
  relations: PlannedRelation[];
  /** The first MAX_REPORTED_PROBLEMS rows that cannot be loaded, in file order: relations, actors, sources. */
  rejected: RowProblem[];
  /** How many rows cannot be loaded in all. */
  rejectedCount: number;
  /** Header columns the importer does not read. */
  ignoredColumns: { file: CsvFileKind; columns: string[] }[];
}

interface Table {
  records: CsvRecord[];
  problems: ProblemList<RowProblem>;
  ignored: string[];
}

function readTable(file: CsvFileKind, text: string | undefined, cap: number): Table {
  const problems = new ProblemList<RowProblem>(cap);
  if (text === undefined) return { records: [], problems, ignored: [] };
  let table;
  try {
    table = parseCsv(text);
  } catch (err) {
    if (!(err instanceof CsvSyntaxError)) throw err;
    problems.push({ file, line: err.line, errors: [{ field: '(file)', message: err.message }] });
    return { records: [], ignored: [], problems };
  }
  const repeated = table.header.filter((h, i) => h !== '' && table.header.indexOf(h) !== i);
  if (repeated.length > 0) {
    const names = [...new Set(repeated)].map((h) => `"${h}"`).join(', ');
    const message = `the header names ${names} more than once: keep one column of each name`;
    problems.push({ file, line: 1, errors: [{ field: '(header)', message }] });
    return { records: [], ignored: [], problems };
  }
  const missing = REQUIRED_COLUMNS[file].filter((c) => !table.header.includes(c));
  if (missing.length > 0) {
    const message = `the header lacks ${missing.join(', ')}; expected columns: ${COLUMNS[file].join(',')}`;
    problems.push({ file, line: 1, errors: [{ field: '(header)', message }] });
    return { records: [], ignored: [], problems };
  }
  const known = COLUMNS[file] as readonly string[];
  const ignored = table.header.filter((h) => !known.includes(h));
  const records = table.records.filter((r) => {
    if (r.width === table.header.length) return true;
    const message = `the row has ${r.width} cells, the header ${table.header.length}`;
    problems.push({ file, line: r.line, errors: [{ field: '(row)', message }] });
    return false;
  });
  return { records, problems, ignored };
}

function checkRow<T>(schema: z.ZodType<T>, record: CsvRecord): { ok: true; value: T } | { ok: false; errors: FieldProblem[] } {
  const parsed = schema.safeParse(record.cells);
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors = parsed.error.issues.map((i) => ({ field: String(i.path[0] ?? '(row)'), message: i.message }));
  return { ok: false, errors };
}

/**
 * Checks the rows of a table keyed by id (sources, actors): each valid row once, a repeated
 * id rejected with the line it first stood on, and the lines of invalid rows remembered by
 * id, so a relation citing one can say why it is unknown.
 */
function checkIdRows<T extends { id: string }>(
  schema: z.ZodType<T>,
  file: 'sources' | 'actors',
  records: readonly CsvRecord[],
  rejected: ProblemList<RowProblem>,
): { rows: T[]; line: Map<string, number>; badLine: Map<string, number> } {
  const rows: T[] = [];
  const line = new Map<string, number>();
  const badLine = new Map<string, number>();
  for (const record of records) {
    const r = checkRow(schema, record);
    const id = record.cells.id?.trim() ?? '';
    if (r.ok && line.has(r.value.id)) {
      rejected.push({ file, line: record.line, errors: [{ field: 'id', message: `"${r.value.id}" is already on line ${line.get(r.value.id)}` }] });
    } else if (r.ok) {
      line.set(r.value.id, record.line);
      rows.push(r.value);
    } else {
      if (id) badLine.set(id, record.line);
      rejected.push({ file, line: record.line, errors: r.errors });
    }
  }
  return { rows, line, badLine };
}

const CSV_FILES = ['relations', 'actors', 'sources'] as const;

export function planImport(files: ImportFiles, known: KnownGraph, maxListed = MAX_REPORTED_PROBLEMS): ImportPlan {
  const tables = {
    relations: readTable('relations', files.relations, maxListed),
    actors: readTable('actors', files.actors, maxListed),
    sources: readTable('sources', files.sources, maxListed),
  };
  // The rows' problems apart from the table's (cells per row): each list is in line order, so
  // the first maxListed of both, merged, are the file's first maxListed.
  const rejected: Record<CsvFileKind, ProblemList<RowProblem>> = {
    relations: new ProblemList(maxListed),
    actors: new ProblemList(maxListed),
    sources: new ProblemList(maxListed),
  };

  // Sources and actors first: the relations may cite them.
  const { rows: sources, line: sourceLine, badLine: badSourceLine } = checkIdRows(SourceRow, 'sources', tables.sources.records, rejected.sources);
  const { rows: actors, line: actorLine, badLine: badActorLine } = checkIdRows(ActorRow, 'actors', tables.actors.records, rejected.actors);

  const actorProblem = (field: string, id: string): FieldProblem | null => {
    if (actorLine.has(id) || known.actorIds.has(id)) return null;
    const bad = badActorLine.get(id);
    const why = bad !== undefined ? `its row in actors.csv (line ${bad}) is invalid` : 'it is neither in actors.csv nor in the graph';
    return { field, message: `unknown actor "${id}": ${why}` };
  };
  const sourceProblem = (id: string): FieldProblem | null => {
    if (sourceLine.has(id) || known.sourceIds.has(id)) return null;
    const bad = badSourceLine.get(id);
    const why = bad !== undefined ? `its row in sources.csv (line ${bad}) is invalid` : 'it is neither in sources.csv nor in the graph';
    return { field: 'sources', message: `unknown source "${id}": ${why}` };
  };

  const relations: PlannedRelation[] = [];
  const relationLine = new Map<string, number>();
  for (const record of tables.relations.records) {
    const r = checkRow(RelationRow, record);
    if (!r.ok) {
      // The row's other problems too, so one row's errors are read together: its ends named
      // in cells that did parse but are unknown.
      const errors = [...r.errors];
      for (const field of ['source', 'target'] as const) {
        const id = record.cells[field]?.trim() ?? '';
        const p = id && !errors.some((e) => e.field === field) ? actorProblem(field, id) : null;
        if (p) errors.push(p);
      }
      rejected.relations.push({ file: 'relations', line: record.line, errors });
      continue;
    }
    const row = r.value;
    const id = row.id ?? derivedRelationId(row);
    const errors: FieldProblem[] = [];
    for (const p of [actorProblem('source', row.source), actorProblem('target', row.target), ...row.sources.map(sourceProblem)]) {
      if (p) errors.push(p);
    }
    const earlier = relationLine.get(id);
    if (earlier !== undefined) {
      errors.push({ field: 'id', message: `relation "${id}" is already on line ${earlier}` });
    }
    const existing = known.relations.get(id);
    if (existing && (existing.source !== row.source || existing.target !== row.target || existing.type !== row.type)) {
      errors.push({
        field: 'id',
        message: `"${id}" already names a different relation in the graph (${existing.source} ${existing.type} ${existing.target})`,
      });
    }
    if (errors.length > 0) {
      rejected.relations.push({ file: 'relations', line: record.line, errors });
      continue;
    }
    relationLine.set(id, record.line);
    relations.push({ ...row, id });
  }

  const ignoredColumns = (['relations', 'actors', 'sources'] as const)
    .filter((file) => tables[file].ignored.length > 0)
    .map((file) => ({ file, columns: tables[file].ignored }));
  const byLine = (a: RowProblem, b: RowProblem) => a.line - b.line;
  const listed = CSV_FILES.flatMap((f) => [...tables[f].problems.listed, ...rejected[f].listed].sort(byLine).slice(0, maxListed));
  return {
    actors,
    sources,
    relations,
    rejected: listed.slice(0, maxListed),
    rejectedCount: CSV_FILES.reduce((n, f) => n + tables[f].problems.count + rejected[f].count, 0),
    ignoredColumns,
  };
}

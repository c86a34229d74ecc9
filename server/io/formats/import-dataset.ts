// Imports a published dataset (COW IGO v3, COW Formal Alliances v4.1, ATOP 5.1) the way the
// CSV importer does: read and check every line (streaming), then all or nothing in one
// transaction (or the good lines with skipInvalid), dry run, progress, merge by id so a second
// import changes nothing. States and seed organizations the graph already holds are kept as
// they are; the dataset's spells join them.
import type { Statement } from '../../engine/graph-engine.ts';
import { AppError } from '../../errors.ts';
import type { GraphStore } from '../../queries/graph-store.ts';
import { actorUpsertQuery, queryText, relationUpsertQuery, type QueryName, type QueryRegistry } from '../../queries/registry.ts';
import { oneImportAtATime } from '../import-conflicts.ts';
import { schemaStatements } from '../import-graph.ts';
import { readAtop } from './atop.ts';
import { CowIgoReader, type NamedStream } from './cow-igo.ts';
import { readCowAlliances } from './cow-alliances.ts';
import type { DatasetPlan, DatasetProblem } from './dataset-plan.ts';

export const DATASET_FORMATS = ['cow-igo', 'cow-alliances', 'atop'] as const;
export type DatasetFormat = (typeof DATASET_FORMATS)[number];

/** At most this many problems travel in a report; `rejectedCount` says how many there were. */
export const MAX_REPORTED_PROBLEMS = 200;
const BATCH = 1000;

export interface DatasetImportOptions {
  skipInvalid?: boolean;
  dryRun?: boolean;
  /** Lines read so far, while reading. */
  onRead?: (lines: number) => void;
  /** Rows written so far and the total, while writing. */
  onProgress?: (done: number, total: number) => void;
}

export interface DatasetImportReport {
  status: 'loaded' | 'checked';
  format: DatasetFormat;
  /** Data lines read. */
  rows: number;
  loaded: { actors: number; sources: number; relations: number };
  rejected: DatasetProblem[];
  rejectedCount: number;
  ignoredColumns: never[];
  graph: { actors: number; relations: number };
}

export class DatasetRejected extends AppError {
  constructor(readonly rejected: DatasetProblem[]) {
    const n = rejected.length;
    super('rejected', 'import_rejected', `Nothing was imported: ${n} line${n === 1 ? ' is' : 's are'} invalid (see details; skipInvalid loads the others).`, {
      rejected: rejected.slice(0, MAX_REPORTED_PROBLEMS),
      rejectedCount: n,
    });
  }
}

export async function readDataset(format: DatasetFormat, files: readonly NamedStream[], onRead?: (n: number) => void): Promise<DatasetPlan> {
  if (format === 'cow-alliances') return readCowAlliances(files, undefined, onRead);
  if (format === 'atop') return readAtop(files, undefined, onRead);
  const reader = new CowIgoReader();
  for (const f of files) await reader.read(f, onRead);
  return reader.finish();
}

export function problemLine(p: DatasetProblem): string {
  return `${p.file}:${p.line}: ${p.errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`;
}

export async function importDataset(
  store: GraphStore,
  registry: QueryRegistry,
  format: DatasetFormat,
  files: readonly NamedStream[],
  options: DatasetImportOptions = {},
): Promise<DatasetImportReport> {
  const plan = await readDataset(format, files, options.onRead);
  const [actors, existing] = await Promise.all([store.actors(), store.relations()]);
  const known = new Set(actors.map((a) => a.id));
  const byId = new Map(existing.map((r) => [r.id, r]));
  const rejected = [...plan.rejected];
  const relations = plan.relations.filter((r) => {
    const e = byId.get(r.id);
    if (!e || (e.source === r.source && e.target === r.target && e.type === r.type)) return true;
    rejected.push({ file: format, line: 0, errors: [{ field: 'id', message: `"${r.id}" already names a different relation in the graph (${e.source} ${e.type} ${e.target})` }] });
    return false;
  });
  if (rejected.length > 0 && !options.skipInvalid) throw new DatasetRejected(rejected);
  // States and seed organizations the graph holds keep their names and dates.
  const newActors = plan.actors.filter((a) => !((a.kind === 'state' || a.mapped) && known.has(a.id)));
  const loaded = { actors: newActors.length, sources: plan.sources.length, relations: relations.length };
  const base = { format, rows: plan.rows, loaded, rejected: rejected.slice(0, MAX_REPORTED_PROBLEMS), rejectedCount: rejected.length, ignoredColumns: [] as never[] };
  if (options.dryRun) return { status: 'checked', ...base, graph: await store.counts() };

  const statements: (Statement & { rows: number })[] = [];
  const add = (name: QueryName, rows: readonly Record<string, unknown>[]) => {
    for (let i = 0; i < rows.length; i += BATCH) {
      const batch = rows.slice(i, i + BATCH);
      statements.push({ query: queryText(registry, name), params: { rows: batch }, rows: batch.length });
    }
  };
  add('import-sources', plan.sources);
  for (const kind of ['state', 'organization', 'alliance'] as const) {
    add(
      actorUpsertQuery(kind),
      newActors.filter((a) => a.kind === kind).map(({ mapped: _mapped, obligations, ...a }) => ({ ...a, obligations: obligations ?? null })),
    );
  }
  const rel = (type: string) => relations.filter((r) => r.type === type).map((r) => ({ ...r, event: false }));
  add(relationUpsertQuery('MEMBER_OF'), rel('MEMBER_OF'));
  add(relationUpsertQuery('OBSERVER_OF'), rel('OBSERVER_OF'));
  const total = statements.reduce((n, s) => n + s.rows, 0);
  const done: number[] = [];
  for (const s of statements) done.push((done[done.length - 1] ?? 0) + s.rows);
  const onProgress = options.onProgress;
  // Written like any import: one at a time, all or nothing, then new actors are placed.
  await oneImportAtATime(store, async () => {
    await store.write(statements, {
      schema: schemaStatements(store.engineName, registry),
      onProgress: onProgress && ((n) => onProgress(done[n - 1] ?? total, total)),
    });
    await store.place();
  });
  return { status: 'loaded', ...base, graph: await store.counts() };
}

// Imports a published dataset (COW IGO v3, COW Formal Alliances v4.1, ATOP 5.1) the way the
// CSV importer does: read and check every line (streaming), then all or nothing in one
// transaction (or the good lines with skipInvalid), dry run, progress, merge by id so a second
// import changes nothing. States and seed organizations the graph already holds are kept as
// they are; the dataset's spells join them.
import type { z } from 'zod';
import { DATASET_FORMATS, DatasetReportBody } from '../../../shared/contracts/answers.ts';
import type { Statement } from '../../engine/graph-engine.ts';
import { AppError } from '../../errors.ts';
import type { GraphStore } from '../../queries/graph-store.ts';
import { actorUpsertQuery, queryText, relationCreateQuery, relationUpsertQuery, type QueryName, type QueryRegistry } from '../../queries/registry.ts';
import { oneImportAtATime } from '../import-conflicts.ts';
import { writeAndPlace } from '../import-graph.ts';
import { readAtop } from './atop.ts';
import { CowIgoReader, type NamedStream } from './cow-igo.ts';
import { readCowAlliances } from './cow-alliances.ts';
import type { DatasetPlan, DatasetProblem } from './dataset-plan.ts';

export { DATASET_FORMATS };
export type DatasetFormat = (typeof DATASET_FORMATS)[number];

/** At most this many problems travel in a report; `rejectedCount` says how many there were. */
export const MAX_REPORTED_PROBLEMS = 200;
const BATCH = 5000;

export interface DatasetImportOptions {
  skipInvalid?: boolean;
  dryRun?: boolean;
  /** Lines read so far, while reading. */
  onRead?: (lines: number) => void;
  /** Rows written so far and the total, while writing. */
  onProgress?: (done: number, total: number) => void;
}

/** What an import answers: the contract's schema (shared/contracts/answers.ts). */
export type DatasetImportReport = z.infer<typeof DatasetReportBody>;

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
  // A check writes nothing and may run beside anything; a load checks the graph and writes
  // alone, so the relations it finds absent are still absent when it creates them.
  if (options.dryRun) return (await checkAgainstGraph(store, format, plan, options)).report('checked', await store.counts());
  return oneImportAtATime(store, async () => {
    const checked = await checkAgainstGraph(store, format, plan, options);
    // Written like any import: all or nothing, then new actors are placed.
    await writeAndPlace(store, registry, writeStatements(store, registry, plan, checked), options.onProgress);
    return checked.report('loaded', await store.counts());
  });
}

interface Checked {
  newActors: DatasetPlan['actors'];
  relations: DatasetPlan['relations'];
  /** Ids of the plan's relations the graph already holds (merged, not created). */
  existing: ReadonlySet<string>;
  report: (status: DatasetImportReport['status'], graph: DatasetImportReport['graph']) => DatasetImportReport;
}

/** The plan against the graph: relation ids it already gives to another relation are refused. */
async function checkAgainstGraph(store: GraphStore, format: DatasetFormat, plan: DatasetPlan, options: DatasetImportOptions): Promise<Checked> {
  const [actors, existingRelations] = await Promise.all([store.actors(), store.relations()]);
  const known = new Set(actors.map((a) => a.id));
  const byId = new Map(existingRelations.map((r) => [r.id, r]));
  const rejected = [...plan.rejected];
  const existing = new Set<string>();
  const relations = plan.relations.filter((r) => {
    const e = byId.get(r.id);
    if (!e) return true;
    if (e.source === r.source && e.target === r.target && e.type === r.type) {
      existing.add(r.id);
      return true;
    }
    rejected.push({ file: format, line: 0, errors: [{ field: 'id', message: `"${r.id}" already names a different relation in the graph (${e.source} ${e.type} ${e.target})` }] });
    return false;
  });
  if (rejected.length > 0 && !options.skipInvalid) throw new DatasetRejected(rejected);
  // States and seed organizations the graph holds keep their names and dates.
  const newActors = plan.actors.filter((a) => !((a.kind === 'state' || a.mapped) && known.has(a.id)));
  const loaded = { actors: newActors.length, sources: plan.sources.length, relations: relations.length };
  const base = { format, rows: plan.rows, loaded, rejected: rejected.slice(0, MAX_REPORTED_PROBLEMS), rejectedCount: rejected.length, ignoredColumns: [] as never[] };
  return { newActors, relations, existing, report: (status, graph) => ({ status, ...base, graph }) };
}

function writeStatements(store: GraphStore, registry: QueryRegistry, plan: DatasetPlan, checked: Checked): (Statement & { rows: number })[] {
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
      checked.newActors.filter((a) => a.kind === kind).map(({ mapped: _mapped, obligations, ...a }) => ({ ...a, obligations: obligations ?? null })),
    );
  }
  // New relations are created, those the graph holds merged. Only on the embedded engine:
  // on Neo4j another process (the CLI) may be importing the same file at the same time.
  const create = store.engineName === 'grafeo';
  for (const type of ['MEMBER_OF', 'OBSERVER_OF'] as const) {
    const rows = checked.relations.filter((r) => r.type === type);
    const fresh = create ? rows.filter((r) => !checked.existing.has(r.id)) : [];
    const merged = create ? rows.filter((r) => checked.existing.has(r.id)) : rows;
    add(relationUpsertQuery(type), merged.map((r) => ({ ...r, event: false })));
    add(relationCreateQuery(type), fresh.map((r) => ({ ...r, event: false })));
  }
  return statements;
}

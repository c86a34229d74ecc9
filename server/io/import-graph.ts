// Imports CSV files into the graph through the engine interface: plan (parse and check every
// row against the graph), then, unless a row is bad and skipping was not asked for, write
// every batch in one transaction. Merges by id, so importing a file twice changes nothing.
import type { EngineName, Statement } from '../engine/graph-engine.ts';
import { AppError } from '../errors.ts';
import type { GraphStore } from '../queries/graph-store.ts';
import { queryText, type QueryRegistry } from '../queries/registry.ts';
import { splitStatements } from '../queries/split-statements.ts';
import { isSchemaStatement, readSeedFiles } from '../seeding/load-seeds.ts';
import { oneImportAtATime } from './import-conflicts.ts';
import { importStatements } from './import-statements.ts';
import { MAX_REPORTED_PROBLEMS, planImport, type ImportFiles, type ImportPlan, type RowProblem } from './plan-import.ts';

export interface ImportOptions {
  /** Load the good rows and report the bad ones, instead of loading nothing. */
  skipInvalid?: boolean;
  /** Check only: plan and report, write nothing. */
  dryRun?: boolean;
  /** Called as the write goes, with the rows written so far and the total. */
  onProgress?: (done: number, total: number) => void;
}

export interface ImportReport {
  status: 'loaded' | 'checked';
  /** Rows merged into the graph (or that would be, when only checking). */
  loaded: { actors: number; sources: number; relations: number };
  /** The first MAX_REPORTED_PROBLEMS rejected rows, in file order. */
  rejected: RowProblem[];
  /** How many rows were rejected in all. */
  rejectedCount: number;
  ignoredColumns: ImportPlan['ignoredColumns'];
  /** What the graph holds afterwards. */
  graph: { actors: number; relations: number };
}

export { MAX_REPORTED_PROBLEMS };

/** Some row is bad and skipping was not asked for: nothing was loaded. */
export class ImportRejected extends AppError {
  /** The first MAX_REPORTED_PROBLEMS of them. */
  readonly rejected: RowProblem[];
  readonly rejectedCount: number;
  /** `first`: the first rejected rows (at most MAX_REPORTED_PROBLEMS are kept); `rows`: how many there are in all. */
  constructor(first: readonly RowProblem[], rows: number) {
    const rejected = first.slice(0, MAX_REPORTED_PROBLEMS);
    const more = rows > rejected.length ? `; the first ${rejected.length} are listed` : '';
    super('rejected', 'import_rejected', `Nothing was imported: ${rows} row${rows === 1 ? ' is' : 's are'} invalid (see details${more}; skipInvalid loads the others).`, {
      rejected,
      rejectedCount: rows,
    });
    this.rejected = rejected;
    this.rejectedCount = rows;
  }
}

/** The constraints and indexes the seeds create: a fresh database needs them before a load. */
export function schemaStatements(engine: EngineName, registry: QueryRegistry): string[] {
  const schema = readSeedFiles().flatMap((f) => f.statements).filter(isSchemaStatement);
  if (engine === 'grafeo') schema.push(...splitStatements(queryText(registry, 'embedded-indexes')));
  return schema;
}

/**
 * How every import writes: its statements in one all-or-nothing write, progress counted in
 * rows, then the new actors placed next to their neighbours (nobody else moves).
 */
export async function writeAndPlace(
  store: GraphStore,
  registry: QueryRegistry,
  statements: readonly (Statement & { rows: number })[],
  onProgress?: (done: number, total: number) => void,
): Promise<void> {
  const total = statements.reduce((n, s) => n + s.rows, 0);
  // Rows written once the first n statements have run.
  const done: number[] = [];
  for (const s of statements) done.push((done[done.length - 1] ?? 0) + s.rows);
  await store.write([...statements], {
    schema: schemaStatements(store.engineName, registry),
    onProgress: onProgress && ((n) => onProgress(done[n - 1] ?? total, total)),
  });
  await store.place();
}

export async function importGraph(store: GraphStore, registry: QueryRegistry, files: ImportFiles, options: ImportOptions = {}): Promise<ImportReport> {
  // A check writes nothing and may run beside anything; a load is planned and written alone,
  // so that no other import changes the graph between its plan and its write.
  if (options.dryRun) return planAndWrite(store, registry, files, options);
  return oneImportAtATime(store, () => planAndWrite(store, registry, files, options));
}

async function planAndWrite(store: GraphStore, registry: QueryRegistry, files: ImportFiles, options: ImportOptions): Promise<ImportReport> {
  const [actors, sources, relations] = await Promise.all([store.actors(), store.sources(), store.relations()]);
  const plan = planImport(files, {
    actorIds: new Set(actors.map((a) => a.id)),
    sourceIds: new Set(sources.map((s) => s.id)),
    relations: new Map(relations.map((r) => [r.id, { source: r.source, target: r.target, type: r.type }])),
  });
  if (plan.rejectedCount > 0 && !options.skipInvalid) throw new ImportRejected(plan.rejected, plan.rejectedCount);
  const loaded = { actors: plan.actors.length, sources: plan.sources.length, relations: plan.relations.length };
  const answer = { loaded, rejected: plan.rejected, rejectedCount: plan.rejectedCount, ignoredColumns: plan.ignoredColumns };
  if (options.dryRun) return { status: 'checked', ...answer, graph: await store.counts() };

  const statements = importStatements(plan, registry);
  if (statements.length > 0) await writeAndPlace(store, registry, statements, options.onProgress);
  return { status: 'loaded', ...answer, graph: await store.counts() };
}

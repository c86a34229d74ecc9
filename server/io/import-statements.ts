// Turns an import plan into parameterised write statements, in batches: sources, then
// actors, then relations, each batch one `UNWIND $rows` of a named query. A relation type or
// a label cannot be a parameter, so the type picks the registry's instance of the upsert
// template; user text only ever travels as parameters.
import type { Statement } from '../engine/graph-engine.ts';
import { ACTOR_KINDS, type RelationType } from '../../shared/model/schemas.ts';
import { actorUpsertQuery, queryText, relationUpsertQuery, type QueryName, type QueryRegistry } from '../queries/registry.ts';
import type { ImportPlan } from './plan-import.ts';

export const IMPORT_BATCH_SIZE = 500;

function batches<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

export interface ImportStatement extends Statement {
  /** How many rows this statement writes (for progress). */
  rows: number;
}

export function importStatements(plan: ImportPlan, registry: QueryRegistry, batchSize = IMPORT_BATCH_SIZE): ImportStatement[] {
  const out: ImportStatement[] = [];
  const add = (name: QueryName, rows: readonly Record<string, unknown>[]) => {
    for (const batch of batches(rows, batchSize)) out.push({ query: queryText(registry, name), params: { rows: batch }, rows: batch.length });
  };
  add('import-sources', plan.sources);
  for (const kind of ACTOR_KINDS) add(actorUpsertQuery(kind), plan.actors.filter((a) => a.kind === kind));
  const byType = new Map<RelationType, Record<string, unknown>[]>();
  for (const r of plan.relations) {
    const row = { id: r.id, source: r.source, target: r.target, start: r.start, end: r.end, precision: r.precision, event: r.event, sources: r.sources, note: r.note };
    const list = byType.get(r.type) ?? [];
    list.push(row);
    byType.set(r.type, list);
  }
  for (const [type, rows] of byType) add(relationUpsertQuery(type), rows);
  return out;
}

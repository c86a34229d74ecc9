// Turns an import plan into parameterised write statements, in batches: sources, then
// actors, then relations, each batch one `UNWIND $rows` of a named query. A relation type or
// a label cannot be a parameter, so the type picks the query file; user text only ever
// travels as parameters.
import type { Statement } from '../engine/graph-engine.ts';
import type { RelationType } from '../model/schemas.ts';
import { queryText, type QueryName, type QueryRegistry } from '../queries/registry.ts';
import type { ImportPlan } from './plan-import.ts';

export const IMPORT_BATCH_SIZE = 500;

export const RELATION_IMPORT_QUERY: Record<RelationType, QueryName> = {
  MEMBER_OF: 'import-relations-member-of',
  OBSERVER_OF: 'import-relations-observer-of',
  FROZE_PARTICIPATION_IN: 'import-relations-froze-participation-in',
  SEEKS_MEMBERSHIP_IN: 'import-relations-seeks-membership-in',
  SOUGHT_AID_FROM: 'import-relations-sought-aid-from',
  REFUSED_AID_TO: 'import-relations-refused-aid-to',
  DEPLOYED_TO: 'import-relations-deployed-to',
  SUPPORTS: 'import-relations-supports',
  CONDEMNED: 'import-relations-condemned',
  DISTANCED_FROM: 'import-relations-distanced-from',
  CONFLICT_WITH: 'import-relations-conflict-with',
  PARTNER_OF: 'import-relations-partner-of',
  EXERCISED_WITH: 'import-relations-exercised-with',
  FUNDS: 'import-relations-funds',
};

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
  add('import-actors-state', plan.actors.filter((a) => a.kind === 'state'));
  add('import-actors-organization', plan.actors.filter((a) => a.kind === 'organization'));
  add('import-actors-alliance', plan.actors.filter((a) => a.kind === 'alliance'));
  const byType = new Map<RelationType, Record<string, unknown>[]>();
  for (const r of plan.relations) {
    const row = { id: r.id, source: r.source, target: r.target, start: r.start, end: r.end, precision: r.precision, event: r.event, sources: r.sources, note: r.note };
    const list = byType.get(r.type) ?? [];
    list.push(row);
    byType.set(r.type, list);
  }
  for (const [type, rows] of byType) add(RELATION_IMPORT_QUERY[type], rows);
  return out;
}

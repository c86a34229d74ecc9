// The import's write statements: one upsert template instantiated per relation type, all alike,
// and user text travelling only as parameters.
import { describe, expect, it } from 'vitest';
import { importStatements } from '../../server/io/import-statements.ts';
import { planImport } from '../../server/io/plan-import.ts';
import { RELATION_TYPES } from '../../shared/model/schemas.ts';
import { loadRegistry, queryText, relationUpsertQuery } from '../../server/queries/registry.ts';

const registry = loadRegistry();

describe('import queries', () => {
  it('has one query per relation type, identical but for the type', () => {
    const template = queryText(registry, relationUpsertQuery('MEMBER_OF'));
    for (const type of RELATION_TYPES) {
      const text = queryText(registry, relationUpsertQuery(type));
      expect(text.replaceAll(type, 'MEMBER_OF')).toBe(template);
    }
  });

  it('batches rows per type and never puts a cell into the query text', () => {
    const evil = "x'}) DETACH DELETE n //";
    const rows = Array.from({ length: 1203 }, (_, i) => `AAA,ORG,${i % 2 ? 'MEMBER_OF' : 'FUNDS'},2001-01-01,s1,"${evil} ${i}"`);
    const csv = `id,source,target,type,start,sources,note\n${rows.map((r, i) => `r${i},${r}`).join('\n')}\n`;
    const plan = planImport({ relations: csv }, { actorIds: new Set(['AAA', 'ORG']), sourceIds: new Set(['s1']), relations: new Map() });
    expect(plan.rejected).toEqual([]);
    const statements = importStatements(plan, registry, 500);
    expect(statements.map((s) => s.rows)).toEqual([500, 102, 500, 101]);
    const known = new Set([...registry.values()]);
    for (const s of statements) {
      expect(known.has(s.query)).toBe(true);
      expect(s.query).not.toContain(evil);
    }
  });
});

// Every Cypher statement in cypher/ (each named query as the registry loads it: fragments
// included, each upsert template instantiated per actor kind and relation type) and seeds/
// passes Neo4j's own parser (so Neo4j would accept it, though no Neo4j runs here) and runs on
// the embedded engine.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GrafeoEngine } from '../../server/engine/grafeo/grafeo-engine.ts';
import { RELATION_TYPES } from '../../shared/model/schemas.ts';
import { CYPHER_DIR, QUERY_FILE_NAMES, QUERY_NAMES, actorUpsertQuery, loadRegistry, queryText, relationCreateQuery, relationUpsertQuery } from '../../server/queries/registry.ts';
import { splitStatements } from '../../server/queries/split-statements.ts';
import { SEEDS_DIR, loadSeeds } from '../../server/seeding/load-seeds.ts';
import { memoLint } from '../support/lint-memo.ts';

function statementsIn(dir: string): { where: string; statement: string }[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .flatMap((f) =>
      splitStatements(fs.readFileSync(path.join(dir, f), 'utf8')).map((statement, i) => ({
        where: `${path.basename(dir)}/${f} #${i + 1}`,
        statement,
      })),
    );
}

const registry = loadRegistry();
const named = QUERY_NAMES.flatMap((name) =>
  splitStatements(queryText(registry, name)).map((statement, i) => ({ where: `cypher: ${name} #${i + 1}`, statement })),
);
const all = [...named, ...statementsIn(SEEDS_DIR)];

// Parameters each named query takes, with example values: the linter checks them as declared,
// and the run below passes them.
const EXAMPLE_PARAMS: Record<string, Record<string, unknown>> = {
  'actor-by-id': { id: 'ARM' },
  'actors-at': { at: '2010-01-01' },
  'relations-of-actor': { id: 'ARM' },
  'relations-at': { at: '2010-01-01', window: 365, types: null },
  'positions-set': { rows: [{ id: 'XXA', x: 12.5, y: -40 }] },
  'import-sources': { rows: [{ id: 'example-source', title: 'An example', author: null, publisher: null, published: null, url: null }] },
  [actorUpsertQuery('state')]: { rows: [{ id: 'XXA', name: 'Example state', shortName: null, founded: null, dissolved: null }] },
  [actorUpsertQuery('organization')]: {
    rows: [{ id: 'XORG', name: 'Example organization', shortName: 'XO', founded: '2000-01-01', dissolved: null }],
  },
  [actorUpsertQuery('alliance')]: {
    rows: [{ id: 'XALL', name: 'Example alliance', shortName: 'XA', founded: '2000-01-01', dissolved: null, obligations: ['defense'] }],
  },
  ...Object.fromEntries(
    [...RELATION_TYPES.map(relationUpsertQuery), ...RELATION_TYPES.map(relationCreateQuery)].map((name) => [
      name,
      {
        rows: [
          { id: `example-${name}`, source: 'XXA', target: 'XORG', start: '2001-01-01', end: null, precision: 'day', event: false, sources: ['example-source'], note: '', level: null },
        ],
      },
    ]),
  ),
};
const declared = Object.assign({}, ...Object.values(EXAMPLE_PARAMS)) as Record<string, unknown>;

describe("Neo4j's parser accepts every statement", () => {
  const wrapper = new URL('../../server/console/neo4j-parser.ts', import.meta.url);
  const linter = memoLint(async () => (await import('../../server/console/neo4j-parser.ts')).cypherErrors, fileURLToPath(wrapper));
  afterAll(() => linter.save());
  it.each(all.map((s) => [s.where, s.statement] as const))('%s', async (_where, statement) => {
    expect((await linter.lint(statement, declared)).map((e) => e.message)).toEqual([]);
  });
});

describe('every named query runs on the embedded engine', () => {
  const engine = GrafeoEngine.open();
  beforeAll(async () => {
    await loadSeeds(engine, { registry });
  });
  afterAll(async () => {
    await engine.close();
  });

  it('has a file for every registered name and no stray files', () => {
    const files = fs.readdirSync(CYPHER_DIR).filter((f) => f.endsWith('.cypher')).map((f) => f.replace(/\.cypher$/, ''));
    expect(files.sort()).toEqual([...QUERY_FILE_NAMES].sort());
  });

  it.each(QUERY_NAMES.map((n) => [n]))('%s', async (name) => {
    for (const statement of splitStatements(queryText(registry, name))) {
      await expect(engine.read(statement, EXAMPLE_PARAMS[name] ?? {})).resolves.toBeInstanceOf(Array);
    }
  });
});

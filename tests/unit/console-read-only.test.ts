// The console's read-only check: Neo4j's own parser decides, clause by clause, never a
// pattern on the text; anything that is not one reading statement is refused with a reason.
import { describe, expect, it } from 'vitest';
import { checkReadOnly } from '../../server/console/read-only.ts';

describe('checkReadOnly accepts reads', () => {
  it.each([
    ['a match with a parameter', 'MATCH (a:Actor {id: $id})-[r]->(b) RETURN a, r, b LIMIT 5', { id: 'ARM' }],
    ['a path query', 'MATCH p = shortestPath((a:Actor {id: "ARM"})-[*..4]-(b:Actor {id: "CHN"})) RETURN p', {}],
    ['a reading subquery', 'MATCH (n) CALL (n) { RETURN count(*) AS c } RETURN n, c', {}],
    ['EXISTS and COUNT subqueries', 'MATCH (n) WHERE EXISTS { MATCH (n)-->() } RETURN n, COUNT { (n)-->() } AS out', {}],
    ['UNWIND, WITH, ORDER BY', 'UNWIND range(1, 3) AS x WITH x ORDER BY x DESC RETURN x', {}],
    ['a read procedure', 'CALL db.labels() YIELD label RETURN label', {}],
    ['a trailing semicolon', 'MATCH (n) RETURN n;', {}],
    ['a comment after the semicolon', 'MATCH (n) RETURN n; // all of them\n/* done */', {}],
    ['a variable named like a clause', 'MATCH (createClause) RETURN createClause', {}],
    ['the word DELETE inside a string', "RETURN 'DETACH DELETE everything' AS s", {}],
  ])('%s', (_label, query, params) => {
    expect(checkReadOnly(query, params)).toEqual({ ok: true });
  });
});

describe('checkReadOnly refuses updates, naming the clause', () => {
  it.each([
    ['CREATE (n:X) RETURN n', 'CREATE'],
    ["MERGE (a:Actor {id: 'ZZZ'})", 'MERGE'],
    ["MATCH (a:Actor) SET a.name = 'x'", 'SET'],
    ['MATCH (a:Actor) DETACH DELETE a', 'DELETE'],
    ['MATCH (a:Actor) REMOVE a:Actor', 'REMOVE'],
    ['MATCH (a) FOREACH (x IN [1] | CREATE (:Y))', 'FOREACH'],
    ["LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", 'LOAD CSV'],
    ['MATCH (n) CALL (n) { SET n.x = 1 } IN TRANSACTIONS', 'SET'],
    ['MATCH (n) CALL (n) { RETURN n AS m } IN TRANSACTIONS RETURN m', 'IN TRANSACTIONS'],
    ['MATCH (n) CALL (n) { WITH n CREATE (:Copy) } RETURN n', 'CREATE'],
    ['CREATE INDEX actor_name FOR (a:Actor) ON (a.name)', 'schema or administration'],
    ['DROP CONSTRAINT actor_id', 'schema or administration'],
    ['CREATE USER eve SET PASSWORD "x"', 'schema or administration'],
    ['SHOW INDEXES', 'SHOW'],
    ["TERMINATE TRANSACTIONS 'neo4j-transaction-1'", 'TERMINATE'],
    ["CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DELETE n', {})", 'CALL apoc.periodic.iterate'],
    ["CALL dbms.security.createUser('eve', 'x', false)", 'CALL dbms.security.createUser'],
  ])('%s', (query, clause) => {
    const v = checkReadOnly(query);
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.kind).toBe('write');
    expect(v.reason).toContain(clause);
  });
});

describe('checkReadOnly refuses what is not one valid statement', () => {
  it('a syntax error, with line and column', () => {
    const v = checkReadOnly('MATCH (n RETURN n');
    expect(v).toMatchObject({ ok: false, kind: 'syntax' });
    if (!v.ok) expect(v.reason).toMatch(/line 1, column \d+/);
  });

  it('two statements, even when the first only reads', () => {
    expect(checkReadOnly('MATCH (n) RETURN n; MATCH (m) DETACH DELETE m')).toMatchObject({ ok: false, kind: 'multiple' });
  });

  it('a comment alone', () => {
    expect(checkReadOnly('// nothing here')).toMatchObject({ ok: false, kind: 'empty' });
  });

  it('a parameter that was not given', () => {
    expect(checkReadOnly('RETURN $missing')).toMatchObject({ ok: false, kind: 'syntax' });
  });
});

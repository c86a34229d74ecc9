// Seed scripts split into statements by Neo4j's parser, not by a naive `;` split.
import { describe, expect, it } from 'vitest';
import { splitStatements } from '../../server/queries/split-statements.ts';
import { isSchemaStatement } from '../../server/seeding/load-seeds.ts';

describe('splitStatements', () => {
  it('keeps a semicolon inside a string and drops comment-only chunks', () => {
    const script = "// header\nMERGE (a:Actor {id: 'X', name: 'a; b'});\n\n// trailing comment\n";
    expect(splitStatements(script)).toEqual(["// header\nMERGE (a:Actor {id: 'X', name: 'a; b'})"]);
  });

  it('splits consecutive statements', () => {
    expect(splitStatements('RETURN 1 AS a;\nRETURN 2 AS b;')).toEqual(['RETURN 1 AS a', 'RETURN 2 AS b']);
  });

  it('tells schema statements from data statements', () => {
    expect(isSchemaStatement('// c\nCREATE CONSTRAINT x IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE')).toBe(true);
    expect(isSchemaStatement("CREATE (a:Actor {id: 'X'})")).toBe(false);
  });
});

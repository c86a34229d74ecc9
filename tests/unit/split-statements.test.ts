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

describe('splitStatements with quoting', () => {
  it('ignores semicolons in escaped strings, double quotes, backticks and comments', () => {
    const script = [
      "RETURN 'it\\'s; fine' AS a;",
      'RETURN "x;y" AS `b;c`;',
      '/* block; comment */ RETURN 3 AS d; // trailing; comment',
    ].join('\n');
    expect(splitStatements(script)).toEqual([
      "RETURN 'it\\'s; fine' AS a",
      'RETURN "x;y" AS `b;c`',
      '/* block; comment */ RETURN 3 AS d',
    ]);
  });

  it('splits every seed file into the same statements as Neo4j\'s own parser', async () => {
    const fs = await import('node:fs');
    const path = await import('node:path');
    const { parseStatementsStrs } = await import('../../server/console/neo4j-parser.ts');
    const { SEEDS_DIR } = await import('../../server/seeding/load-seeds.ts');
    for (const f of fs.readdirSync(SEEDS_DIR).filter((x: string) => x.endsWith('.cypher'))) {
      const text = fs.readFileSync(path.join(SEEDS_DIR, f), 'utf8');
      const theirs = parseStatementsStrs(text)
        .map((s: string) => s.trim().replace(/;\s*$/, '').trim())
        .filter((s: string) => s.replace(/\/\/[^\n]*/g, '').trim().length > 0);
      expect(splitStatements(text), f).toEqual(theirs);
    }
  });
});

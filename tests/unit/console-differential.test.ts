// The checker (Neo4j's parser) and the engine (Grafeo) must read the same code in the same
// text: once line breaks are normalised, a query both accept has the same columns for both,
// whatever line breaks, comments and quotes are fuzzed between its return items (issue 12:
// Neo4j ended a `//` comment at a carriage return, Grafeo only at a newline).
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { getDebugTree, type SimpleTree } from '../../server/console/neo4j-parser.ts';
import { afterAll, describe, expect, it } from 'vitest';
import { checkReadOnly } from '../../server/console/read-only.ts';
import { normaliseLineBreaks } from '../../server/console/query-text.ts';

const require = createRequire(import.meta.url);
const { GrafeoDB } = require('@grafeo-db/js') as typeof import('@grafeo-db/js');
const db = GrafeoDB.create();
afterAll(() => db.close());

/** Every character either parser might take for a line break or a space. */
const BREAKS = ['\n', '\r', '\r\n', '\u2028', '\u2029', '\u0085', '\u000B', '\u000C', '\u001C', '\u001D', '\u001E', '\u001F'];
const SPACES = [' ', '\t', '\u00A0', '\u2003', '\u3000', '\uFEFF'];
/** What a comment may hold: breaks, quotes, comment markers, and a return item that would be code if the comment ended early. */
const junk = fc
  .array(
    fc.oneof(
      { arbitrary: fc.constantFrom(...BREAKS), weight: 4 },
      { arbitrary: fc.constantFrom(' x', ', 9 AS z'), weight: 4 },
      { arbitrary: fc.constantFrom(...SPACES), weight: 1 },
      { arbitrary: fc.constantFrom("'", '"', '`', '*', '/', '/*', '*/', '//', '\\'), weight: 1 },
    ),
    { maxLength: 6 },
  )
  .map((parts) => parts.join(''));
const segment = fc.oneof(
  fc.constantFrom(...BREAKS, ...SPACES),
  junk.map((j) => `//${j}\n`),
  junk.map((j) => `/*${j.replaceAll('*/', '')}*/`),
  junk.map((j) => `/*${j}*/`),
);
const gap = fc.array(segment, { maxLength: 4 }).map((s) => s.join(''));

const terminals = (t: SimpleTree): string[] => (t.children?.length ? t.children.flatMap(terminals) : [t.name]);

/** The names of the return items as Neo4j's parser reads them. */
function neo4jColumns(query: string): string[] {
  const out: string[] = [];
  const walk = (t: SimpleTree) => {
    if (t.name === 'returnItem') out.push(terminals(t.children?.at(-1) ?? t).join(''));
    else t.children?.forEach(walk);
  };
  walk(getDebugTree(query));
  return out;
}

async function grafeoColumns(query: string): Promise<string[] | undefined> {
  try {
    return [...(await db.executeCypher(query)).columns];
  } catch {
    return undefined; // Grafeo refuses it: nothing runs
  }
}

describe('checker and engine read the same code', () => {
  it('after normalisation, any query the engine runs has the columns the checker saw, or the checker refuses it', async () => {
    await fc.assert(
      fc.asyncProperty(gap, gap, gap, async (g1, g2, g3) => {
        const query = normaliseLineBreaks(`RETURN 1 AS a${g1}, 2 AS b${g2}, 3 AS c${g3}`);
        const engine = await grafeoColumns(query);
        if (!engine) return;
        const checker = neo4jColumns(query);
        // Where they differ, Neo4j must have found the text invalid (the console would refuse it).
        if (checker.join() !== engine.join()) expect(checkReadOnly(query).ok, JSON.stringify(query)).toBe(false);
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it('without normalisation the issue 12 query is read differently (the test above would fail)', async () => {
    const raw = 'RETURN 1 AS a // x\r, 2 AS b';
    expect(neo4jColumns(raw)).toEqual(['a', 'b']);
    expect(await grafeoColumns(raw)).toEqual(['a']);
    expect(await grafeoColumns(normaliseLineBreaks(raw))).toEqual(['a', 'b']);
  });
});

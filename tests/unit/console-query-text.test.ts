// The console's text rules, before any parser: line breaks made one kind, file reads refused
// whatever stands between LOAD and CSV, and the parse bounded in nesting and tokens.
import { describe, expect, it } from 'vitest';
import { MAX_NESTING, MAX_TOKENS, mayReadFiles, normaliseLineBreaks, tooComplexToParse } from '../../server/console/query-text.ts';
import { checkReadOnly } from '../../server/console/read-only.ts';

describe('normaliseLineBreaks', () => {
  it('makes every line break a newline, CR LF one newline', () => {
    expect(normaliseLineBreaks('a\r\nb\rc\u2028d\u2029e\u0085f\u000Bg\u000Ch\u001Ci\nj')).toBe('a\nb\nc\nd\ne\nf\ng\nh\ni\nj');
  });
});

describe('mayReadFiles', () => {
  it.each([
    "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l",
    'load csv with headers from "x" as l return l',
    'LOAD/* a comment */CSV FROM "x" AS l RETURN l',
    "RETURN 1 // LOAD\nCSV",
  ])('refuses %j', (q) => expect(mayReadFiles(q)).toBe(true));
  it.each(['MATCH (a:Actor) RETURN a.name', "RETURN 'payload' AS csvText", 'MATCH (n) RETURN n.loaded'])('lets %j through', (q) =>
    expect(mayReadFiles(q)).toBe(false),
  );
});

describe('tooComplexToParse', () => {
  it('lets ordinary queries through', () => {
    expect(tooComplexToParse("MATCH (a:Actor {id: 'ARM'})-[r]->(b) WHERE r.start <= date('2010-01-01') RETURN a, r, b LIMIT 5")).toBeUndefined();
    expect(tooComplexToParse(`RETURN ${'('.repeat(MAX_NESTING)}1${')'.repeat(MAX_NESTING)}`)).toBeUndefined();
    expect(tooComplexToParse(`RETURN '${'x '.repeat(5_000)}' AS long`)).toBeUndefined();
  });
  it('names deep nesting and long token chains', () => {
    expect(tooComplexToParse(`RETURN ${'('.repeat(MAX_NESTING + 1)}1${')'.repeat(MAX_NESTING + 1)}`)).toMatch(/nests brackets 33 deep/);
    expect(tooComplexToParse(`RETURN 1${'+1'.repeat(MAX_TOKENS)}`)).toMatch(/tokens/);
  });
  it('is what checkReadOnly answers before parsing (no stack overflow)', () => {
    expect(checkReadOnly(`RETURN ${'('.repeat(5_000)}1${')'.repeat(5_000)}`)).toMatchObject({ ok: false, kind: 'complex' });
  });
});

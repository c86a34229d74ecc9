// Checking CSV imports row by row, without an engine: what loads, what is refused and where.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planImport, type KnownGraph } from '../../server/io/plan-import.ts';
import { derivedRelationId } from '../../server/io/relation-id.ts';

const fixture = (name: string) => fs.readFileSync(new URL(`../fixtures/io/${name}`, import.meta.url), 'utf8');
const empty: KnownGraph = { actorIds: new Set(), sourceIds: new Set(), relations: new Map() };
const graph: KnownGraph = {
  actorIds: new Set(['AAA', 'ORG', 'BBB']),
  sourceIds: new Set(['src-1']),
  relations: new Map([['taken', { source: 'AAA', target: 'ORG', type: 'MEMBER_OF' }]]),
};

describe('planning an import', () => {
  it('reads the three files, keeps names and notes as written, and derives missing ids', () => {
    const plan = planImport({ relations: fixture('relations.csv'), actors: fixture('actors.csv'), sources: fixture('sources.csv') }, empty);
    expect(plan.rejected).toEqual([]);
    expect(plan.actors.map((a) => a.name)).toEqual(['Alpha "the first" <land> & co, ltd', 'Бета-страна', 'The Org\n(two lines)']);
    expect(plan.actors[2]).toMatchObject({ kind: 'organization', shortName: 'ORG', founded: '2000-01-01', dissolved: null });
    expect(plan.sources.map((s) => s.id)).toEqual(['src-1', 'src-2']);
    const [member, aid] = plan.relations;
    expect(member).toMatchObject({ id: 'aaa-member-of-org-2000-01-01', end: '2010-06-15', precision: 'day', event: false, sources: ['src-1'] });
    expect(member?.note).toBe('Note with "quotes", <tags> & ampersands\nand a newline; 中文 and عربى');
    expect(aid).toMatchObject({ type: 'SOUGHT_AID_FROM', event: true, end: null, sources: ['src-1', 'src-2'], note: '' });
  });

  it('lists every bad row with its line number and what is wrong', () => {
    const plan = planImport({ relations: fixture('relations-invalid.csv') }, graph);
    const byLine = Object.fromEntries(plan.rejected.map((p) => [p.line, p.errors.map((e) => `${e.field}: ${e.message}`).join('; ')]));
    expect(Object.keys(byLine).map(Number)).toEqual([3, 4, 5, 6, 7]);
    expect(byLine[3]).toMatch(/target: unknown actor "ZZZ"/);
    expect(byLine[4]).toMatch(/start: not a calendar date/);
    expect(byLine[5]).toMatch(/end: end \(2009-01-01\) must be after start/);
    expect(byLine[6]).toMatch(/type: unknown relation type "ALLIES_WITH"/);
    expect(byLine[7]).toMatch(/sources: unknown source "no-such-source"/);
    expect(plan.relations.map((r) => r.type)).toEqual(['MEMBER_OF', 'PARTNER_OF']);
  });

  it('reports an unknown actor together with the row\'s other errors', () => {
    const csv = 'source,target,type,start,sources\nAAA,NOPE,MEMBER_OF,2001-13-01,src-1\n';
    const [row] = planImport({ relations: csv }, graph).rejected;
    expect(row?.errors.map((e) => e.field).sort()).toEqual(['start', 'target']);
    expect(row?.errors.find((e) => e.field === 'target')?.message).toMatch(/unknown actor "NOPE"/);
  });

  it('counts lines in files, so a row after a note spanning lines is reported where it starts', () => {
    const csv = 'source,target,type,start,sources,note\nAAA,ORG,MEMBER_OF,2001-01-01,src-1,"one\ntwo\nthree"\n\nAAA,ORG,MEMBER_OF,2001-13-01,src-1,x\n';
    expect(planImport({ relations: csv }, graph).rejected.map((p) => p.line)).toEqual([6]);
  });

  it('refuses an end on an event, a relation to itself, a bad precision and a row without sources', () => {
    const csv = [
      'source,target,type,start,end,precision,event,sources',
      'AAA,ORG,SOUGHT_AID_FROM,2001-01-01,2002-01-01,day,true,src-1',
      'AAA,AAA,PARTNER_OF,2001-01-01,,day,,src-1',
      'AAA,ORG,PARTNER_OF,2001-01-01,,week,,src-1',
      'AAA,ORG,PARTNER_OF,2001-01-01,,day,,',
      'AAA,ORG,PARTNER_OF,2001-01-01,,day,maybe,src-1',
    ].join('\n');
    const messages = planImport({ relations: csv }, graph).rejected.map((p) => p.errors.map((e) => e.message).join('; '));
    expect(messages).toHaveLength(5);
    expect(messages[0]).toMatch(/event .* has no end/);
    expect(messages[1]).toMatch(/two different actors/);
    expect(messages[2]).toMatch(/day|month|year/);
    expect(messages[3]).toMatch(/at least one source/);
    expect(messages[4]).toMatch(/event must be true or false/);
  });

  it('says a relation to an actor whose own row is invalid is unknown because of that row', () => {
    const plan = planImport(
      { relations: 'source,target,type,start,sources\nNEW,ORG,MEMBER_OF,2001-01-01,src-1\n', actors: 'id,name,kind\nNEW,New state,planet\n' },
      graph,
    );
    expect(plan.rejected.map((p) => [p.file, p.line])).toEqual([
      ['relations', 2],
      ['actors', 2],
    ]);
    expect(plan.rejected[0]?.errors[0]?.message).toMatch(/actors.csv \(line 2\) is invalid/);
  });

  it('refuses a repeated relation, and an id the graph already gives to a different relation', () => {
    const csv = 'id,source,target,type,start,sources\n,AAA,ORG,MEMBER_OF,2001-01-01,src-1\n,AAA,ORG,MEMBER_OF,2001-01-01,src-1\ntaken,BBB,ORG,MEMBER_OF,2001-01-01,src-1\ntaken2,AAA,ORG,MEMBER_OF,2001-01-01,src-1\n';
    const plan = planImport({ relations: csv }, graph);
    expect(plan.rejected.map((p) => [p.line, p.errors[0]?.message])).toEqual([
      [3, expect.stringMatching(/already on line 2/)],
      [4, expect.stringMatching(/already names a different relation .*AAA MEMBER_OF ORG/)],
    ]);
    expect(plan.relations.map((r) => r.id)).toEqual([derivedRelationId({ source: 'AAA', target: 'ORG', type: 'MEMBER_OF', start: '2001-01-01' }), 'taken2']);
  });

  it('refuses a file without the columns it needs, or that is not CSV, and names ignored columns', () => {
    expect(planImport({ relations: 'from,to\nAAA,ORG\n' }, graph).rejected[0]).toMatchObject({ line: 1, errors: [{ field: '(header)' }] });
    expect(planImport({ relations: 'source,target,type,start,sources\n"AAA,ORG\n' }, graph).rejected[0]?.errors[0]?.field).toBe('(file)');
    expect(planImport({ relations: 'source,target,type,start,sources\nAAA,ORG,MEMBER_OF\n' }, graph).rejected[0]?.errors[0]?.message).toMatch(/3 cells/);
    const plan = planImport({ relations: 'source,target,type,start,sources,colour\nAAA,ORG,MEMBER_OF,2001-01-01,src-1,red\n' }, graph);
    expect(plan.ignoredColumns).toEqual([{ file: 'relations', columns: ['colour'] }]);
    expect(plan.relations).toHaveLength(1);
  });

  it('reads a byte-order mark and Windows line ends', () => {
    const csv = '\uFEFFsource,target,type,start,sources\r\nAAA,ORG,MEMBER_OF,2001-01-01,src-1\r\n';
    expect(planImport({ relations: csv }, graph)).toMatchObject({ rejected: [], relations: [{ source: 'AAA' }] });
  });

  it('keeps the first bad rows in file order up to the cap and counts the rest without listing them', () => {
    // Lines 2-6 have a wrong cell count (found while reading the table), lines 7-11 a bad type
    // (found while checking rows): the first three listed are still lines 2, 3 and 4.
    const short = Array.from({ length: 5 }, () => 'AAA,ORG,MEMBER_OF');
    const badType = Array.from({ length: 5 }, (_, i) => `AAA,ORG,NOT_A_TYPE,2000-01-0${i + 1},src-1`);
    const relations = ['source,target,type,start,sources', ...short, ...badType].join('\n');
    const actors = 'id,name,kind\nX1,,state\nX2,,state\n';
    const plan = planImport({ relations, actors }, graph, 3);
    expect(plan.rejected.map((p) => [p.file, p.line])).toEqual([['relations', 2], ['relations', 3], ['relations', 4]]);
    expect(plan.rejectedCount).toBe(12);
    const wide = planImport({ relations, actors }, graph, 100);
    expect(wide.rejected.map((p) => `${p.file}:${p.line}`)).toEqual([...Array.from({ length: 10 }, (_, i) => `relations:${i + 2}`), 'actors:2', 'actors:3']);
    expect(wide.rejectedCount).toBe(12);
  });
});

// The published datasets' importers read small files in the exact layouts (COW IGO v3
// state-year and IGO-year, COW Formal Alliances v4.1 member level, ATOP 5.1 member level)
// and produce the spells the codebooks imply.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readAtop } from '../../server/io/formats/atop.ts';
import { CowIgoReader } from '../../server/io/formats/cow-igo.ts';
import { readCowAlliances } from '../../server/io/formats/cow-alliances.ts';
import { CowStates } from '../../server/io/formats/cow-states.ts';
import type { DatasetPlan } from '../../server/io/formats/dataset-plan.ts';

const file = (name: string, text: string) => ({ name, stream: Readable.from([text]) });

async function igo(stateYear: string, igoYear?: string): Promise<DatasetPlan> {
  const reader = new CowIgoReader();
  await reader.read(file('state_year_formatv3.csv', stateYear));
  if (igoYear) await reader.read(file('igo_year_formatv3.csv', igoYear));
  return reader.finish();
}
const spells = (plan: DatasetPlan, source: string, target: string) =>
  plan.relations.filter((r) => r.source === source && r.target === target).sort((a, b) => a.start.localeCompare(b.start));

// Years as the data have them: every fifth year to 1965, then every year (cut at 1969 here).
const STATE_YEAR = [
  'ccode,year,state,sco,asean,wto',
  // USA: joins WTO inside the 1950-1955 gap; full member to the end.
  '2,1950,USA,-1,-1,0',
  '2,1955,USA,-1,-1,1',
  '2,1960,USA,-1,-1,1',
  '2,1965,USA,-1,-1,1',
  '2,1966,USA,0,-1,1',
  '2,1967,USA,0,-1,1',
  '2,1968,USA,0,0,1',
  '2,1969,USA,0,0,1',
  // China: SCO observer, then full member; WTO member, -9, member again.
  '710,1965,CHN,-1,-1,0',
  '710,1966,CHN,3,-1,1',
  '710,1967,CHN,3,-1,-9',
  '710,1968,CHN,1,2,1',
  '710,1969,CHN,1,2,1',
  // East Germany: member, then the state ceases to exist (no rows after 1967).
  '265,1966,GDR,0,-1,1',
  '265,1967,GDR,0,-1,1',
].join('\n');

describe('COW IGO v3 state-year', () => {
  it('a change inside a five-year gap is only known to the gap, and the spell says so', async () => {
    const plan = await igo(STATE_YEAR);
    const [wto] = spells(plan, 'USA', 'IGO-WTO');
    expect(wto).toMatchObject({ type: 'MEMBER_OF', start: '1955-01-01', end: null, precision: 'year', level: 3 });
    expect(wto?.note).toContain('between 1951 and 1955');
    expect(wto?.note).toContain('still so in 1969');
  });

  it('observer then full member: an OBSERVER_OF spell, then a MEMBER_OF one from the year of the change', async () => {
    const plan = await igo(STATE_YEAR);
    expect(spells(plan, 'CHN', 'SCO').map((r) => [r.type, r.start, r.end, r.level])).toEqual([
      ['OBSERVER_OF', '1966-01-01', '1968-01-01', 1],
      ['MEMBER_OF', '1968-01-01', null, 3],
    ]);
  });

  it('-9 breaks a spell: member 1966, missing 1967, member again from 1968', async () => {
    const plan = await igo(STATE_YEAR);
    const wto = spells(plan, 'CHN', 'IGO-WTO');
    expect(wto.map((r) => [r.start, r.end])).toEqual([
      ['1966-01-01', '1967-01-01'],
      ['1968-01-01', null],
    ]);
    expect(wto[0]?.note).toContain('missing (-9)');
  });

  it('associate membership is a MEMBER_OF spell of level 2', async () => {
    const plan = await igo(STATE_YEAR);
    expect(spells(plan, 'CHN', 'IGO-ASEAN')).toMatchObject([{ type: 'MEMBER_OF', level: 2, start: '1968-01-01' }]);
  });

  it('a state that ceased to exist keeps its stable id (DDR) and its spells end with its last year', async () => {
    const plan = await igo(STATE_YEAR);
    expect(spells(plan, 'DDR', 'IGO-WTO')).toMatchObject([{ start: '1966-01-01', end: '1968-01-01' }]);
    expect(spells(plan, 'DDR', 'IGO-WTO')[0]?.note).toContain('leaves the data after 1967');
    expect(plan.actors.find((a) => a.id === 'DDR')).toMatchObject({ kind: 'state', name: 'German Democratic Republic (East Germany)' });
  });

  it('organizations exist from the years their cells are not -1; seed organizations map onto the seed ids', async () => {
    const plan = await igo(STATE_YEAR);
    expect(plan.actors.find((a) => a.id === 'SCO')).toMatchObject({ kind: 'organization', founded: '1966-01-01', dissolved: null, mapped: true });
    expect(plan.actors.find((a) => a.id === 'IGO-ASEAN')).toMatchObject({ founded: '1968-01-01', mapped: false });
  });

  it('names come from the IGO-year file', async () => {
    const plan = await igo(STATE_YEAR, 'ioname,orgname,year,usa,china,sdate,deaddate,longorgname,ionum,version\nwto,World Trade Organization,1995,1,1,1995,,World Trade Organization,1,3\n');
    expect(plan.actors.find((a) => a.id === 'IGO-WTO')?.name).toBe('World Trade Organization');
  });

  it('a bad cell or an unknown state rejects its line, by number', async () => {
    const plan = await igo(`${STATE_YEAR}\n2,1970,USA,0,7,1\n999,1970,XXX,0,0,0\n2,1971,USA,0,0`);
    expect(plan.rejected.map((p) => [p.line, p.errors[0]?.field])).toEqual([
      [17, 'asean'],
      [18, 'ccode'],
      [19, '(row)'],
    ]);
  });

  it('COW codes map to ISO alpha-3, by year where one code named several states', () => {
    const states = new CowStates();
    expect([states.idOf(705, 2000), states.idOf(365, 1950), states.idOf(365, 1992), states.idOf(345, 1990), states.idOf(345, 2010), states.idOf(315, 1950)]).toEqual(['KAZ', 'SUN', 'RUS', 'YUG', 'SRB', 'CSK']);
  });
});

const COW_HEADER = 'version4id,ccode,state_name,all_st_day,all_st_month,all_st_year,all_end_day,all_end_month,all_end_year,ss_type,mem_st_day,mem_st_month,mem_st_year,mem_end_day,mem_end_month,mem_end_year,left_censor,right_censor,defense,neutrality,nonaggression,entente,version';

describe('COW Formal Alliances v4.1, member level', () => {
  it('an alliance with its obligations; day precision where the day is known; a missing end day ends the month', async () => {
    const text = [
      COW_HEADER,
      '1,365,Russia,15,5,1992,,,,3,15,5,1992,,6,1999,0,0,1,0,1,1,4.1',
      '1,705,Kazakhstan,15,5,1992,,,,3,,5,1992,,,,0,1,1,0,1,1,4.1',
    ].join('\n');
    const plan = await readCowAlliances([file('alliance_v4.1_by_member.csv', text)]);
    expect(plan.rejected).toEqual([]);
    expect(plan.actors.find((a) => a.id === 'COW-ALLIANCE-1')).toMatchObject({ kind: 'alliance', obligations: ['defense', 'nonaggression', 'consultation'], founded: '1992-05-01', dissolved: null });
    const rus = spells(plan, 'RUS', 'COW-ALLIANCE-1')[0];
    expect(rus).toMatchObject({ start: '1992-05-15', precision: 'day', end: '1999-07-01', level: 3 });
    expect(rus?.note).toContain('left in 1999-06 (day unknown)');
    expect(spells(plan, 'KAZ', 'COW-ALLIANCE-1')[0]).toMatchObject({ start: '1992-05-01', precision: 'month', end: null });
  });

  it('a header that is not the member-level layout is refused on line 1', async () => {
    const plan = await readCowAlliances([file('x.csv', 'a,b\n1,2\n')]);
    expect(plan.rejected[0]).toMatchObject({ line: 1, errors: [{ field: '(header)' }] });
  });
});

describe('ATOP 5.1, member level', () => {
  it('two phases of one alliance keep their own dates; the level follows the obligations', async () => {
    const text = [
      'atopid,member,yrent,moent,dayent,yrexit,moexit,dayexit,phase,defense,offense,neutral,nonagg,consul,active',
      '5555,365,1992,5,15,2002,10,6,1,1,0,0,0,1,1',
      '5555,365,2002,10,7,0,0,0,2,1,0,0,0,1,1',
      '5555,703,1992,5,15,0,0,0,1,0,0,0,1,0,1',
    ].join('\n');
    const plan = await readAtop([file('atop5_1m.csv', text)]);
    expect(plan.rejected).toEqual([]);
    expect(spells(plan, 'RUS', 'ATOP-5555').map((r) => [r.start, r.end, r.level])).toEqual([
      ['1992-05-15', '2002-10-07', 3],
      ['2002-10-07', null, 3],
    ]);
    expect(spells(plan, 'KGZ', 'ATOP-5555')[0]?.level).toBe(1);
    expect(plan.actors.find((a) => a.id === 'ATOP-5555')).toMatchObject({ kind: 'alliance', obligations: ['defense', 'consultation', 'nonaggression'] });
  });

  it('maps the alliances the seeds hold onto their actors, phase by phase (rows as ATOP publishes them)', async () => {
    const text = [
      'atopid,member,yrent,moent,dayent,yrexit,moexit,dayexit,phase,defense,offense,neutral,nonagg,consul,active',
      '3180,2,1949,4,4,1951,6,19,1,1,0,0,1,1,1',
      '4220,365,1992,5,15,2002,10,7,1,1,0,0,1,1,1',
      '4220,365,2002,10,7,0,0,0,2,1,0,0,1,1,1',
      '4220,704,2006,8,17,2012,6,28,2,1,0,0,1,1,1',
      '4810,710,1996,4,26,2001,6,15,1,0,0,0,1,0,1',
      '4810,710,2001,6,15,0,0,0,2,0,0,0,1,1,1',
      '4400,372,1993,12,9,2009,8,18,0,1,0,0,1,1,1',
    ].join('\n');
    const plan = await readAtop([file('atop5_1m.csv', text)]);
    expect(plan.rejected).toEqual([]);
    expect(spells(plan, 'USA', 'NATO').map((r) => r.start)).toEqual(['1949-04-04']);
    expect(spells(plan, 'RUS', 'CST').map((r) => [r.start, r.end])).toEqual([['1992-05-15', '2002-10-08']]);
    expect(spells(plan, 'RUS', 'CSTO').map((r) => [r.start, r.end])).toEqual([['2002-10-07', null]]);
    expect(spells(plan, 'UZB', 'CSTO').map((r) => r.start)).toEqual(['2006-08-17']);
    // The 1996 Shanghai agreement is not the SCO: its phase keeps the alliance's own id.
    expect(spells(plan, 'CHN', 'ATOP-4810').map((r) => r.start)).toEqual(['1996-04-26']);
    expect(spells(plan, 'CHN', 'SCO').map((r) => r.start)).toEqual(['2001-06-15']);
    expect(spells(plan, 'GEO', 'CIS').map((r) => [r.start, r.end])).toEqual([['1993-12-09', '2009-08-19']]);
    const byId = new Map(plan.actors.map((a) => [a.id, a]));
    for (const id of ['NATO', 'CST', 'CSTO', 'SCO', 'CIS']) expect(byId.get(id)).toMatchObject({ kind: 'alliance', mapped: true });
    expect(byId.get('ATOP-4810')).toMatchObject({ mapped: false });
  });
});

describe('COW Formal Alliances v4.1 ids of seed actors', () => {
  it('version4id 227 is NATO', async () => {
    const text = [COW_HEADER, '227,2,United States of America,4,4,1949,,,,1,24,8,1949,,,,0,1,1,0,1,1,4.1'].join('\n');
    const plan = await readCowAlliances([file('alliance_v4.1_by_member.csv', text)]);
    expect(plan.rejected).toEqual([]);
    expect(spells(plan, 'USA', 'NATO')).toHaveLength(1);
    expect(plan.actors.find((a) => a.id === 'NATO')).toMatchObject({ mapped: true });
  });
});

// The client's pure filtering of the temporal payload: what is drawn at a date, with the
// type, kind and isolated-actor filters, and the dates the slider marks.
import { describe, expect, it } from 'vitest';
import type { TemporalPayload } from '../../client/api/client.ts';
import { changeDates, maxMemberCounts, sliderStart, visibleAt, storiesOf } from '../../client/snapshot.ts';

type Rel = TemporalPayload['relations'][number];
const rel = (id: string, source: string, target: string, type: Rel['type'], start: string, end: string | null = null, extra: Partial<Rel> = {}): Rel => ({
  id,
  source,
  target,
  type,
  start,
  end,
  event: false,
  precision: 'day',
  sources: ['src'],
  note: '',
  ...extra,
});

const payload: Pick<TemporalPayload, 'actors' | 'relations' | 'range'> = {
  range: { start: '1949-04-04', end: '2025-01-01' },
  actors: [
    { id: 'ARM', name: 'Armenia', kind: 'state', shortName: null, aliases: [], founded: null, dissolved: null },
    { id: 'UZB', name: 'Uzbekistan', kind: 'state', shortName: null, aliases: [], founded: null, dissolved: null },
    { id: 'KAZ', name: 'Kazakhstan', kind: 'state', shortName: null, aliases: [], founded: null, dissolved: null },
    { id: 'TUR', name: 'Turkey', kind: 'state', shortName: null, aliases: [], founded: null, dissolved: null },
    { id: 'CSTO', name: 'Collective Security Treaty Organization', kind: 'organization', shortName: 'CSTO', aliases: [], founded: '2002-10-07', dissolved: null },
    { id: 'NATO', name: 'North Atlantic Treaty Organization', kind: 'organization', shortName: 'NATO', aliases: [], founded: '1949-04-04', dissolved: null },
  ],
  relations: [
    rel('arm-csto', 'ARM', 'CSTO', 'MEMBER_OF', '2002-10-07'),
    rel('uzb-csto', 'UZB', 'CSTO', 'MEMBER_OF', '2006-08-16', '2012-12-20'),
    rel('arm-froze', 'ARM', 'CSTO', 'FROZE_PARTICIPATION_IN', '2024-02-22', null, { precision: 'month' }),
    rel('kaz-asks', 'KAZ', 'CSTO', 'SOUGHT_AID_FROM', '2022-01-05', null, { event: true }),
  ],
};
const all = { types: null, kinds: null, hideIsolated: true };

describe('visibleAt', () => {
  it("has Uzbekistan in the CSTO in 2010 and not in 2013", () => {
    expect(visibleAt(payload, '2010-06-01', all).relationIds.has('uzb-csto')).toBe(true);
    expect(visibleAt(payload, '2013-06-01', all).relationIds.has('uzb-csto')).toBe(false);
  });

  it('ends a relation on its end day (half-open)', () => {
    expect(visibleAt(payload, '2012-12-19', all).relationIds.has('uzb-csto')).toBe(true);
    expect(visibleAt(payload, '2012-12-20', all).relationIds.has('uzb-csto')).toBe(false);
  });

  it('shows an event for a year after it happened', () => {
    expect(visibleAt(payload, '2022-06-01', all).relationIds.has('kaz-asks')).toBe(true);
    expect(visibleAt(payload, '2023-02-01', all).relationIds.has('kaz-asks')).toBe(false);
  });

  it('counts the members of an organization at the date, whatever the type filter', () => {
    const s = visibleAt(payload, '2010-06-01', { ...all, types: ['CONFLICT_WITH'] });
    expect(s.memberCount.get('CSTO')).toBe(2);
    expect(s.relations).toEqual([]);
    expect(visibleAt(payload, '2013-06-01', all).memberCount.get('CSTO')).toBe(1);
  });

  it('keeps only the chosen relation types', () => {
    const s = visibleAt(payload, '2024-06-01', { ...all, types: ['FROZE_PARTICIPATION_IN'] });
    expect([...s.relationIds]).toEqual(['arm-froze']);
    expect([...s.actorIds].sort()).toEqual(['ARM', 'CSTO']);
  });

  it('drops relations touching a hidden kind', () => {
    const s = visibleAt(payload, '2010-06-01', { ...all, kinds: ['state'] });
    expect(s.relations).toEqual([]);
    expect(s.actorIds.size).toBe(0);
  });

  it('hides actors with no active relation unless asked to show them, and then only those that exist', () => {
    expect(visibleAt(payload, '2010-06-01', all).actorIds.has('TUR')).toBe(false);
    const shown = visibleAt(payload, '1995-01-01', { ...all, hideIsolated: false });
    expect(shown.actorIds.has('TUR')).toBe(true);
    expect(shown.actorIds.has('NATO')).toBe(true);
    // Not founded yet in 1995.
    expect(shown.actorIds.has('CSTO')).toBe(false);
  });
});

describe('slider dates', () => {
  it('marks every start, end, event expiry, founding and dissolution, sorted', () => {
    const d = changeDates(payload);
    expect(d).toEqual([...d].sort());
    for (const date of ['1949-04-04', '2002-10-07', '2006-08-16', '2012-12-20', '2022-01-05', '2023-01-05', '2024-02-22']) expect(d).toContain(date);
  });

  it('starts at the first relation, not at an old founding date', () => {
    expect(sliderStart(payload)).toBe('2002-10-07');
    expect(sliderStart({ ...payload, relations: [] })).toBe('1949-04-04');
  });

  it('knows the largest membership of each organization over time', () => {
    expect(maxMemberCounts(payload).get('CSTO')).toBe(2);
  });
});

describe('storiesOf', () => {
  it("groups an actor's relations by counterpart, oldest first", () => {
    const s = storiesOf('ARM', payload.relations);
    expect(s.map((x) => x.counterpart)).toEqual(['CSTO']);
    expect(s[0]?.relations.map((r) => r.id)).toEqual(['arm-csto', 'arm-froze']);
  });
});

describe('visibleAt: hide small organizations and neighbourhoods', () => {
  const more: typeof payload = {
    ...payload,
    relations: [...payload.relations, rel('tur-nato', 'TUR', 'NATO', 'MEMBER_OF', '1952-02-18'), rel('kaz-tur', 'KAZ', 'TUR', 'SUPPORTS', '2000-01-01')],
  };
  it('leaves out organizations with fewer members than asked at the date, with their relations', () => {
    // 2010: CSTO has ARM and UZB, NATO has TUR.
    const s = visibleAt(more, '2010-06-01', { ...all, minMembers: 2 });
    expect(s.actorIds.has('CSTO')).toBe(true);
    expect(s.actorIds.has('NATO')).toBe(false);
    expect(s.relations.map((r) => r.id).sort()).toEqual(['arm-csto', 'kaz-tur', 'uzb-csto']);
    // 2014: Uzbekistan has left; CSTO is down to one member.
    expect(visibleAt(more, '2014-06-01', { ...all, minMembers: 2 }).actorIds.has('CSTO')).toBe(false);
  });
  it('draws only the expanded actors, their relations at the date and their other ends', () => {
    const s = visibleAt(more, '2010-06-01', { ...all, hood: ['KAZ'] });
    expect([...s.actorIds].sort()).toEqual(['KAZ', 'TUR']);
    expect(s.relations.map((r) => r.id)).toEqual(['kaz-tur']);
    const wider = visibleAt(more, '2010-06-01', { ...all, hood: ['KAZ', 'TUR'] });
    expect([...wider.actorIds].sort()).toEqual(['KAZ', 'NATO', 'TUR']);
  });
});


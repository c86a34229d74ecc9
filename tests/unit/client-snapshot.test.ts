// The client's pure filtering of the temporal payload: what is drawn at a date, with the
// type, kind and isolated-actor filters, and the dates the slider marks.
import { describe, expect, it } from 'vitest';
import type { TemporalPayload } from '../../client/api/client.ts';
import { changeDates, maxMemberCounts, sliderStart, snapshotAt, storiesOf } from '../../client/snapshot.ts';

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

describe('snapshotAt', () => {
  it("has Uzbekistan in the CSTO in 2010 and not in 2013", () => {
    expect(snapshotAt(payload, '2010-06-01', all).relationIds.has('uzb-csto')).toBe(true);
    expect(snapshotAt(payload, '2013-06-01', all).relationIds.has('uzb-csto')).toBe(false);
  });

  it('ends a relation on its end day (half-open)', () => {
    expect(snapshotAt(payload, '2012-12-19', all).relationIds.has('uzb-csto')).toBe(true);
    expect(snapshotAt(payload, '2012-12-20', all).relationIds.has('uzb-csto')).toBe(false);
  });

  it('shows an event for a year after it happened', () => {
    expect(snapshotAt(payload, '2022-06-01', all).relationIds.has('kaz-asks')).toBe(true);
    expect(snapshotAt(payload, '2023-02-01', all).relationIds.has('kaz-asks')).toBe(false);
  });

  it('counts the members of an organization at the date, whatever the type filter', () => {
    const s = snapshotAt(payload, '2010-06-01', { ...all, types: ['CONFLICT_WITH'] });
    expect(s.memberCount.get('CSTO')).toBe(2);
    expect(s.relations).toEqual([]);
    expect(snapshotAt(payload, '2013-06-01', all).memberCount.get('CSTO')).toBe(1);
  });

  it('keeps only the chosen relation types', () => {
    const s = snapshotAt(payload, '2024-06-01', { ...all, types: ['FROZE_PARTICIPATION_IN'] });
    expect([...s.relationIds]).toEqual(['arm-froze']);
    expect([...s.actorIds].sort()).toEqual(['ARM', 'CSTO']);
  });

  it('drops relations touching a hidden kind', () => {
    const s = snapshotAt(payload, '2010-06-01', { ...all, kinds: ['state'] });
    expect(s.relations).toEqual([]);
    expect(s.actorIds.size).toBe(0);
  });

  it('hides actors with no active relation unless asked to show them, and then only those that exist', () => {
    expect(snapshotAt(payload, '2010-06-01', all).actorIds.has('TUR')).toBe(false);
    const shown = snapshotAt(payload, '1995-01-01', { ...all, hideIsolated: false });
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

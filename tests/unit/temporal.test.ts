// Time slicing rules: half-open intervals, event windows, change dates and diffs.
import { describe, expect, it } from 'vitest';
import { activeAt, diff, existsAt, isActiveAt, timeline, visibleUntil } from '../../shared/time/temporal.ts';
import { addDays } from '../../shared/time/time.ts';

const member = { id: 'm', source: 'UZB', target: 'CSTO', type: 'MEMBER_OF', start: '2006-08-16', end: '2012-12-19', event: false };
const rejoin = { id: 'r', source: 'UZB', target: 'CSTO', type: 'MEMBER_OF', start: '2012-12-19', end: null, event: false };
const request = { id: 'e', source: 'KAZ', target: 'CSTO', type: 'SOUGHT_AID_FROM', start: '2022-01-05', end: null, event: true };

describe('isActiveAt', () => {
  it('a relation is active from its start day and no longer on its end day', () => {
    expect(isActiveAt(member, '2006-08-15')).toBe(false);
    expect(isActiveAt(member, '2006-08-16')).toBe(true);
    expect(isActiveAt(member, '2012-12-18')).toBe(true);
    expect(isActiveAt(member, '2012-12-19')).toBe(false);
  });

  it('leaving and joining on the same day do not overlap', () => {
    const both = activeAt([member, rejoin], '2012-12-19').map((r) => r.id);
    expect(both).toEqual(['r']);
  });

  it('an ongoing relation stays active', () => {
    expect(isActiveAt(rejoin, '2099-01-01')).toBe(true);
  });

  it('an event shows for the window after it happened, and only then', () => {
    expect(isActiveAt(request, '2022-01-04')).toBe(false);
    expect(isActiveAt(request, '2022-01-05')).toBe(true);
    expect(isActiveAt(request, '2023-01-04')).toBe(true);
    expect(isActiveAt(request, '2023-01-05')).toBe(false);
    expect(isActiveAt(request, '2022-01-12', 7)).toBe(false);
    expect(visibleUntil(request, 7)).toBe('2022-01-12');
  });

  it('filters by relation type', () => {
    expect(activeAt([member, request], '2022-06-01', 365, ['MEMBER_OF'])).toEqual([]);
    expect(activeAt([member, request], '2022-06-01', 365, ['SOUGHT_AID_FROM']).map((r) => r.id)).toEqual(['e']);
  });
});

describe('existsAt', () => {
  it('an organization exists from its founding until its dissolution', () => {
    const org = { founded: '2002-10-07', dissolved: '2010-01-01' };
    expect(existsAt(org, '2002-10-06')).toBe(false);
    expect(existsAt(org, '2002-10-07')).toBe(true);
    expect(existsAt(org, '2010-01-01')).toBe(false);
    expect(existsAt({ founded: null, dissolved: null }, '1900-01-01')).toBe(true);
  });
});

describe('timeline', () => {
  it('lists each change date once, sorted, with what appeared and ended', () => {
    const t = timeline([member, rejoin, request]);
    expect(t.map((e) => e.date)).toEqual(['2006-08-16', '2012-12-19', '2022-01-05', '2023-01-05']);
    expect(t[1]).toEqual({ date: '2012-12-19', added: ['r'], removed: ['m'] });
    expect(t[3]).toEqual({ date: '2023-01-05', added: [], removed: ['e'] });
  });
});

describe('diff', () => {
  it('names the relations added and removed between two dates', () => {
    const d = diff([member, rejoin, request], '2010-01-01', '2022-02-01');
    expect(d.added.map((r) => r.id).sort()).toEqual(['e', 'r']);
    expect(d.removed.map((r) => r.id)).toEqual(['m']);
  });

  it('is empty between a date and itself', () => {
    expect(diff([member, rejoin, request], '2010-01-01', '2010-01-01')).toEqual({ added: [], removed: [], changed: [] });
  });
});

describe('diff of pairs', () => {
  it('reports a pair whose relation types changed, such as member then frozen', () => {
    const freeze = { id: 'f', source: 'ARM', target: 'CSTO', type: 'FROZE_PARTICIPATION_IN', start: '2024-02-22', end: null, event: false };
    const arm = { id: 'a', source: 'ARM', target: 'CSTO', type: 'MEMBER_OF', start: '2002-10-07', end: null, event: false };
    expect(diff([arm, freeze], '2023-01-01', '2025-01-01').changed).toEqual([
      { pair: ['ARM', 'CSTO'], before: ['MEMBER_OF'], after: ['FROZE_PARTICIPATION_IN', 'MEMBER_OF'] },
    ]);
  });
});

describe('addDays', () => {
  it('crosses leap days and year ends in UTC', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2022-01-05', 365)).toBe('2023-01-05');
  });
});

describe('snapshot epochs', () => {
  it('maps a date to the latest change on or before it', async () => {
    const { epochOf } = await import('../../shared/time/network.ts');
    const dates = ['2000-01-01', '2005-06-01', '2010-01-01'];
    expect(epochOf(dates, '1999-12-31')).toBe('');
    expect(epochOf(dates, '2000-01-01')).toBe('2000-01-01');
    expect(epochOf(dates, '2007-01-01')).toBe('2005-06-01');
    expect(epochOf(dates, '2030-01-01')).toBe('2010-01-01');
  });

  it('gives the same snapshot for every date of one epoch', async () => {
    const { networkAt, networkTimeline } = await import('../../shared/time/network.ts');
    const actors = [
      { id: 'UZB', founded: null, dissolved: null },
      { id: 'CSTO', founded: '2002-10-07', dissolved: null },
    ];
    const rels = [member, rejoin, request];
    const dates = networkTimeline(actors, rels, 365).map((c) => c.date);
    expect(dates).toContain('2002-10-07');
    const a = networkAt(actors, rels, '2007-01-01', 365);
    const b = networkAt(actors, rels, '2012-12-18', 365);
    expect(a).toEqual(b);
    expect(networkAt(actors, rels, '2001-01-01', 365).nodes.map((n) => n.id)).toEqual(['UZB']);
  });
});

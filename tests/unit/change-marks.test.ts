import { describe, expect, it } from 'vitest';
import { changeSentences, splitChanges } from '../../client/graph/change-marks.ts';
import type { Relation } from '../../client/api/client.ts';

const rel = (id: string, source: string, target: string, type: string, start: string, end: string | null, event = false): Relation =>
  ({ id, source, target, type, start, end, precision: 'day', event, sources: ['s'], note: '' }) as Relation;

const names: Record<string, string> = { UZB: 'Uzbekistan', ARM: 'Armenia', CSTO: 'CSTO', GUAM: 'GUAM', RUS: 'Russia', GEO: 'Georgia', AZE: 'Azerbaijan', MDA: 'Moldova' };
const namer = { name: (id: string) => names[id] ?? id, isOrganization: (id: string) => id === 'CSTO' || id === 'GUAM' };

describe('change sentences', () => {
  const uzbExit = rel('uzb-csto', 'UZB', 'CSTO', 'MEMBER_OF', '2006-08-16', '2012-12-19');
  const armFreeze = rel('arm-froze', 'ARM', 'CSTO', 'FROZE_PARTICIPATION_IN', '2024-02-22', null);

  it('splits what changed into what began and what ended at the new date', () => {
    const split = splitChanges([uzbExit, armFreeze], '2024-03-01');
    expect(split.began.map((r) => r.id)).toEqual(['arm-froze']);
    expect(split.ended.map((r) => r.id)).toEqual(['uzb-csto']);
  });

  it('says a membership ended as leaving, a freeze as freezing, with the article for organizations', () => {
    expect(changeSentences({ began: [], ended: [uzbExit] }, namer)).toEqual(['Uzbekistan left the CSTO']);
    expect(changeSentences({ began: [armFreeze], ended: [] }, namer)).toEqual(['Armenia froze its participation in the CSTO']);
    expect(changeSentences({ began: [uzbExit], ended: [] }, namer)).toEqual(['Uzbekistan joined the CSTO']);
  });

  it('puts memberships first, and counts the rest as "+N more"', () => {
    const split = {
      began: [
        rel('c1', 'RUS', 'GEO', 'CONFLICT_WITH', '2008-08-07', '2008-08-16'),
        rel('m1', 'GEO', 'GUAM', 'MEMBER_OF', '1997-10-10', null),
        rel('m2', 'AZE', 'GUAM', 'MEMBER_OF', '1997-10-10', null),
        rel('m3', 'MDA', 'GUAM', 'MEMBER_OF', '1997-10-10', null),
      ],
      ended: [uzbExit],
    };
    expect(changeSentences(split, namer)).toEqual(['Uzbekistan left the CSTO', 'Georgia joined the GUAM', 'Azerbaijan joined the GUAM', '+2 more']);
  });

  it('does not report an event fading out of its window, and says nothing for no change', () => {
    const event = rel('e1', 'ARM', 'CSTO', 'DISTANCED_FROM', '2022-09-26', null, true);
    expect(changeSentences({ began: [], ended: [event] }, namer)).toEqual([]);
    expect(changeSentences({ began: [event], ended: [] }, namer)).toEqual(['Armenia distanced from the CSTO']);
    expect(changeSentences({ began: [], ended: [] }, namer)).toEqual([]);
  });
});

// Choosing the organizations to draw: only the chosen ones and the states related to them,
// with the relations among those states; alliances are a kind of their own.
import { describe, expect, it } from 'vitest';
import type { TemporalPayload } from '../../client/api/client.ts';
import { visibleAt } from '../../client/snapshot.ts';

type Rel = TemporalPayload['relations'][number];
type Act = TemporalPayload['actors'][number];
const rel = (id: string, source: string, target: string, type: Rel['type'], start: string, end: string | null = null): Rel => ({
  id, source, target, type, start, end, event: false, precision: 'day', sources: ['src'], note: '',
});
const actor = (id: string, kind: Act['kind']): Act => ({ id, name: id, kind, shortName: null, aliases: [], founded: null, dissolved: null });

const payload: Pick<TemporalPayload, 'actors' | 'relations'> = {
  actors: [actor('ARM', 'state'), actor('AZE', 'state'), actor('USA', 'state'), actor('BRA', 'state'), actor('CSTO', 'organization'), actor('NATO', 'organization'), actor('RIO', 'alliance')],
  relations: [
    rel('arm-csto', 'ARM', 'CSTO', 'MEMBER_OF', '2002-01-01'),
    rel('aze-csto', 'AZE', 'CSTO', 'MEMBER_OF', '2002-01-01', '2005-01-01'),
    rel('usa-nato', 'USA', 'NATO', 'MEMBER_OF', '1949-01-01'),
    rel('arm-nato', 'ARM', 'NATO', 'PARTNER_OF', '1994-01-01'),
    rel('arm-aze', 'ARM', 'AZE', 'CONFLICT_WITH', '1990-01-01'),
    rel('usa-aze', 'USA', 'AZE', 'PARTNER_OF', '1990-01-01'),
    rel('usa-rio', 'USA', 'RIO', 'MEMBER_OF', '1947-01-01'),
    rel('bra-rio', 'BRA', 'RIO', 'MEMBER_OF', '1947-01-01'),
  ],
};
const all = { types: null, kinds: null, hideIsolated: true };

describe('chosen organizations', () => {
  it('draws only the chosen organizations, their related states and the relations among them', () => {
    const s = visibleAt(payload, '2003-06-01', { ...all, orgs: ['CSTO'] });
    expect([...s.actorIds].sort()).toEqual(['ARM', 'AZE', 'CSTO']);
    expect([...s.relationIds].sort()).toEqual(['arm-aze', 'arm-csto', 'aze-csto']);
  });

  it('follows the date: a state that left is no longer drawn', () => {
    const s = visibleAt(payload, '2010-06-01', { ...all, orgs: ['CSTO'] });
    expect([...s.actorIds].sort()).toEqual(['ARM', 'CSTO']);
  });

  it('draws no unrelated state even when isolated actors are shown', () => {
    const s = visibleAt(payload, '2010-06-01', { ...all, hideIsolated: false, orgs: ['CSTO'] });
    expect(s.actorIds.has('BRA')).toBe(false);
    expect(s.actorIds.has('NATO')).toBe(false);
  });

  it('hides alliances by kind, apart from organizations, and counts their members for the minimum', () => {
    const noAlliances = visibleAt(payload, '2010-06-01', { ...all, kinds: ['state', 'organization'] });
    expect(noAlliances.actorIds.has('RIO')).toBe(false);
    expect(noAlliances.actorIds.has('NATO')).toBe(true);
    const big = visibleAt(payload, '2010-06-01', { ...all, minMembers: 2 });
    expect(big.actorIds.has('RIO')).toBe(true);
    expect(visibleAt(payload, '2010-06-01', { ...all, minMembers: 3 }).actorIds.has('RIO')).toBe(false);
  });
});

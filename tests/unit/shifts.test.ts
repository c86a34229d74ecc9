// The alignment score and shifts on a hand-made graph: direct relations, shared memberships,
// indirect relations through the target's organizations, evidence and weight overrides.
import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS } from '../../server/analysis/alignment-weights.ts';
import { contributionsAt, shifts } from '../../server/analysis/shifts.ts';
import { applyWeightOverrides } from '../../server/analysis/weights-override.ts';

const rel = (id: string, source: string, target: string, type: string, start: string, end: string | null = null, event = false) => ({
  id,
  source,
  target,
  type,
  start,
  end,
  event,
});

const data = [
  rel('t-in-org', 'T', 'ORG', 'MEMBER_OF', '2000-01-01'),
  rel('a-in-org', 'A', 'ORG', 'MEMBER_OF', '2000-01-01'),
  rel('a-froze-org', 'A', 'ORG', 'FROZE_PARTICIPATION_IN', '2020-01-01'),
  rel('a-conflict-t', 'A', 'T', 'CONFLICT_WITH', '2021-01-01'),
  rel('b-partner-t', 'T', 'B', 'PARTNER_OF', '2019-01-01'),
  rel('b-asks-t', 'B', 'T', 'SOUGHT_AID_FROM', '2019-06-01', null, true),
];

describe('contributionsAt', () => {
  it('counts a shared membership, and a freeze of the shared organization at half weight', () => {
    const c = contributionsAt(data, 'T', '2020-06-01', 1095, DEFAULT_WEIGHTS);
    expect(c.get('A')).toEqual([
      { relation: 'a-in-org', weight: 1 },
      { relation: 'a-froze-org', weight: -1.5 },
    ]);
  });
});

describe('shifts', () => {
  it('ranks actors by how far they moved toward the target, with the evidence', () => {
    const s = shifts(data, ['A', 'B', 'T'], 'T', '2015-01-01', '2022-01-01', 1095, DEFAULT_WEIGHTS);
    expect(s.map((x) => x.actor)).toEqual(['B', 'A']);
    expect(s[0]).toEqual({ actor: 'B', before: 0, after: 4, delta: 4, evidence: ['b-asks-t', 'b-partner-t'] });
    expect(s[1]).toEqual({ actor: 'A', before: 1, after: -4.5, delta: -5.5, evidence: ['a-conflict-t', 'a-froze-org'] });
  });

  it('lets an event count only within its window', () => {
    const s = shifts(data, ['B'], 'T', '2015-01-01', '2025-01-01', 365, DEFAULT_WEIGHTS);
    expect(s[0]?.after).toBe(2);
  });

  it('takes weight overrides', () => {
    const parsed = applyWeightOverrides(DEFAULT_WEIGHTS, 'CONFLICT_WITH:-10,shared:0');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const s = shifts(data, ['A'], 'T', '2015-01-01', '2022-01-01', 1095, parsed.weights);
    expect(s[0]?.after).toBe(-11.5);
    expect(applyWeightOverrides(DEFAULT_WEIGHTS, 'HUGS:3')).toEqual({
      ok: false,
      message: 'unknown weight "HUGS"; use a relation type, shared or indirect',
    });
  });
});

// The field's similarity measures against values worked out by hand for small portfolios,
// and the per-object decomposition of a shift.
import { describe, expect, it } from 'vitest';
import { jaccard, jaccardContributions } from '../../server/analysis/measures/jaccard.ts';
import { expectedDisagreement, weightedKappa } from '../../server/analysis/measures/kappa.ts';
import { measureShifts, type NamedActor } from '../../server/analysis/measures/measure-shifts.ts';
import { sContributions, sScore } from '../../server/analysis/measures/s-score.ts';

// Two portfolios over three objects, tie values 0..3 (Δ = 3).
const x = [3, 0, 1];
const y = [3, 3, 0];

describe('Signorino and Ritter S', () => {
  it('absolute form: 1 − 2·(0+3+1)/(3·3) = 1/9', () => {
    expect(sScore(x, y, 3, 'abs')).toBeCloseTo(1 / 9, 12);
  });
  it('squared form: 1 − 2·(0+9+1)/(3·9) = 7/27', () => {
    expect(sScore(x, y, 3, 'sq')).toBeCloseTo(7 / 27, 12);
  });
  it('splits into per-object shares that add up: 1/3, −1/3, 1/9', () => {
    const c = sContributions(x, y, 3, 'abs');
    expect(c[0]).toBeCloseTo(1 / 3, 12);
    expect(c[1]).toBeCloseTo(-1 / 3, 12);
    expect(c[2]).toBeCloseTo(1 / 9, 12);
  });
  it('is 1 for identical portfolios and −1 for opposite extremes', () => {
    expect(sScore([1, 2], [1, 2], 3)).toBe(1);
    expect(sScore([0, 3], [3, 0], 3)).toBe(-1);
  });
});

describe("Cohen's weighted kappa (Häge 2011)", () => {
  it('expected disagreement from the two marginals: 14/9; kappa 1 − (4/3)/(14/9) = 1/7', () => {
    expect(expectedDisagreement(x, y, 'abs')).toBeCloseTo(14 / 9, 12);
    expect(weightedKappa(x, y, 'abs')).toBeCloseTo(1 / 7, 12);
  });
  it('does not count shared absence as agreement, where S does', () => {
    const a = [1, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    const b = [0, 1, 0, 0, 0, 0, 0, 0, 0, 0];
    expect(sScore(a, b, 3)).toBeCloseTo(1 - 4 / 30, 12);
    // D_o = 0.2, D_e = 0.1·0.9 + 0.9·0.1 = 0.18
    expect(weightedKappa(a, b)).toBeCloseTo(1 - 0.2 / 0.18, 12);
  });
  it('is 1 for identical varied portfolios and undefined when both hold one value everywhere', () => {
    expect(weightedKappa([1, 0, 3], [1, 0, 3])).toBeCloseTo(1, 12);
    expect(weightedKappa([0, 0], [0, 0])).toBeNull();
  });
});

describe('Jaccard', () => {
  it('shared over all memberships: {a,c,d} and {a,b,d} give 2/4', () => {
    expect(jaccard([3, 0, 1, 2], [3, 3, 0, 1])).toBe(0.5);
    expect(jaccardContributions([3, 0, 1, 2], [3, 3, 0, 1])).toEqual([0.25, 0, 0, 0.25]);
    expect(jaccard([0, 0], [0, 0])).toBe(0);
  });
});

describe('shifts by measure', () => {
  const org = (id: string, founded: string): NamedActor => ({ id, name: id, shortName: id, kind: 'organization', founded, dissolved: null });
  const state = (id: string): NamedActor => ({ id, name: id, shortName: null, kind: 'state', founded: null, dissolved: null });
  const actors = [state('KAZ'), state('CHN'), state('USA'), org('SCO', '2001-01-01'), org('NATO', '1949-01-01'), org('NEW', '2015-01-01')];
  const rel = (id: string, source: string, target: string, start: string, end: string | null = null) => ({ id, source, target, type: 'MEMBER_OF', start, end, event: false });
  const relations = [
    rel('chn-sco', 'CHN', 'SCO', '2001-06-15'),
    rel('kaz-sco', 'KAZ', 'SCO', '2012-01-01'),
    rel('usa-nato', 'USA', 'NATO', '1949-08-24'),
    rel('kaz-new', 'KAZ', 'NEW', '2016-01-01'),
  ];

  it('S toward CHN: KAZ joins the SCO, 0 → 1, the whole change on the SCO', () => {
    const [kaz] = measureShifts(relations, actors, ['KAZ', 'USA'], 'CHN', '2010-01-01', '2020-01-01', { method: 's', metric: 'abs', kinds: ['organization'] });
    expect(kaz).toMatchObject({ actor: 'KAZ', before: 0, after: 1, delta: 1, evidence: ['kaz-sco'] });
    expect(kaz?.decomposition).toEqual([{ object: 'SCO', before: -0.5, after: 0.5, change: 1, text: 'joined SCO: +1.000' }]);
    // NEW exists only at the later date: reported apart, outside the measure.
    expect(kaz?.apart).toEqual([{ object: 'NEW', existsAt: 'to', actorTie: 3, towardTie: 0 }]);
  });

  it('relativeTo=USA: the shift toward CHN minus the shift toward USA (1 − (−1) = 2)', () => {
    const [kaz] = measureShifts(relations, actors, ['KAZ'], 'CHN', '2010-01-01', '2020-01-01', { method: 's', metric: 'abs', kinds: ['organization'], relativeTo: 'USA' });
    expect(kaz).toMatchObject({ actor: 'KAZ', before: 0, after: 2, delta: 2 });
    expect(kaz?.decomposition[0]).toMatchObject({ object: 'SCO', change: 2 });
  });

  it('jaccard toward CHN: 0 → 1; kappa 0 → 1 (before: D_o = 3/2, D_e = 1·(½·3 + ½·0) = 3/2)', () => {
    const [j] = measureShifts(relations, actors, ['KAZ'], 'CHN', '2010-01-01', '2020-01-01', { method: 'jaccard', metric: 'abs', kinds: ['organization'] });
    expect(j).toMatchObject({ before: 0, after: 1, delta: 1 });
    const [k] = measureShifts(relations, actors, ['KAZ'], 'CHN', '2010-01-01', '2020-01-01', { method: 'kappa', metric: 'abs', kinds: ['organization'] });
    expect(k).toMatchObject({ before: 0, after: 1, delta: 1 });
    expect(k?.decomposition.map((d) => d.text)).toEqual(['joined SCO: +1.000']);
  });
});

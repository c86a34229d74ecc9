// Degree and betweenness at a date and over time, on a small star that grows a tail.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { centralityAt } from '../../shared/graph/centrality.ts';
import { centralityHistory } from '../../server/analysis/centrality-history.ts';
import { timeline } from '../../shared/time/temporal.ts';

const rel = (id: string, source: string, target: string, start: string, end: string | null = null) => ({
  id,
  source,
  target,
  type: 'MEMBER_OF',
  start,
  end,
  event: false,
});
const data = [rel('a', 'A', 'HUB', '2000-01-01'), rel('b', 'B', 'HUB', '2000-01-01'), rel('b2', 'B', 'HUB', '2001-01-01'), rel('c', 'C', 'HUB', '2005-01-01', '2010-01-01')];

describe('centrality', () => {
  it('counts distinct neighbours, not parallel relations, and finds the broker', () => {
    const c = centralityAt(data, '2006-01-01', 365);
    expect(c[0]).toEqual({ actor: 'HUB', degree: 3, betweenness: 1 });
    expect(c.find((x) => x.actor === 'B')).toEqual({ actor: 'B', degree: 1, betweenness: 0 });
  });

  it('follows one actor across every change date', () => {
    expect(centralityHistory(data, 'HUB', 365).map((p) => [p.date, p.degree])).toEqual([
      ['2000-01-01', 2],
      ['2001-01-01', 2],
      ['2005-01-01', 3],
      ['2010-01-01', 2],
    ]);
  });

  it('equals the centrality at each change date, on random networks, for any actor and window', () => {
    const actor = fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F', 'G');
    const day = fc.integer({ min: 0, max: 40 }).map((d) => `2000-${String(1 + Math.floor(d / 28)).padStart(2, '0')}-${String(1 + (d % 28)).padStart(2, '0')}`);
    const relation = fc.record({ source: actor, target: actor, start: day, end: fc.option(day), event: fc.boolean() });
    fc.assert(
      fc.property(fc.array(relation, { maxLength: 30 }), actor, fc.constantFrom(0, 3, 30), (rows, who, window) => {
        // Ends before starts and self-links included: they are never drawn, and must not count.
        const relations = rows.map((r, i) => ({ id: `r${i}`, type: 'PARTNER_OF', ...r, end: r.event ? null : r.end }));
        const expected = timeline(relations, window).map(({ date }) => {
          const here = centralityAt(relations, date, window).find((c) => c.actor === who);
          return { date, degree: here?.degree ?? 0, betweenness: here?.betweenness ?? 0 };
        });
        const got = centralityHistory(relations, who, window);
        expect(got.map((p) => [p.date, p.degree])).toEqual(expected.map((p) => [p.date, p.degree]));
        got.forEach((p, i) => expect(p.betweenness).toBeCloseTo(expected[i]!.betweenness, 3));
      }),
      { numRuns: 400 },
    );
  });
});

// Degree and betweenness at a date and over time, on a small star that grows a tail.
import { describe, expect, it } from 'vitest';
import { centralityAt, centralityHistory } from '../../shared/graph/centrality.ts';

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
});

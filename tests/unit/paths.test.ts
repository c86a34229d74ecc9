// Time-aware paths on small hand-made graphs: ties, no path, a relation ending on the query
// date, the next length after the shortest, and a history that connects, breaks and returns.
import { describe, expect, it } from 'vitest';
import { pathHistory, PathHistoryOverTime, pathsAt } from '../../server/analysis/paths.ts';

const rel = (id: string, source: string, target: string, start: string, end: string | null = null, type = 'PARTNER_OF') => ({
  id,
  source,
  target,
  type,
  start,
  end,
  event: false,
});

// A–B–D and A–C–D (a tie of length 2), plus A–E–F–D (length 3); B–D ends on 2020-01-01.
const diamond = [
  rel('ab', 'A', 'B', '2000-01-01'),
  rel('bd', 'B', 'D', '2000-01-01', '2020-01-01'),
  rel('ac', 'A', 'C', '2000-01-01'),
  rel('cd', 'C', 'D', '2000-01-01'),
  rel('ae', 'A', 'E', '2000-01-01'),
  rel('ef', 'E', 'F', '2000-01-01'),
  rel('fd', 'F', 'D', '2000-01-01'),
];
const opts = (at: string, k = 3, maxHops = 6) => ({ at, windowDays: 365, maxHops, k });

describe('pathsAt', () => {
  it('returns every shortest path of a tie first, then the next length', () => {
    const a = pathsAt(diamond, 'A', 'D', opts('2010-01-01'));
    expect(a.found).toBe(true);
    expect(a.paths).toEqual([
      { nodes: ['A', 'B', 'D'], edges: ['ab', 'bd'] },
      { nodes: ['A', 'C', 'D'], edges: ['ac', 'cd'] },
      { nodes: ['A', 'E', 'F', 'D'], edges: ['ae', 'ef', 'fd'] },
    ]);
  });

  it('stops at k paths', () => {
    expect(pathsAt(diamond, 'A', 'D', opts('2010-01-01', 1)).paths).toHaveLength(1);
  });

  it('does not use a relation on the day it ends', () => {
    const a = pathsAt(diamond, 'A', 'D', opts('2020-01-01'));
    expect(a.paths.map((p) => p.nodes.join(''))).toEqual(['ACD', 'AEFD']);
  });

  it('answers found: false when nothing links them at that date, or beyond maxHops', () => {
    expect(pathsAt(diamond, 'A', 'D', opts('1999-01-01'))).toEqual({ found: false, paths: [] });
    expect(pathsAt(diamond, 'A', 'Z', opts('2010-01-01'))).toEqual({ found: false, paths: [] });
    expect(pathsAt(diamond, 'A', 'F', opts('2010-01-01', 3, 1))).toEqual({ found: false, paths: [] });
  });

  it('uses only the relation types asked for', () => {
    const typed = [...diamond, rel('ad', 'A', 'D', '2000-01-01', null, 'CONFLICT_WITH')];
    expect(pathsAt(typed, 'A', 'D', opts('2010-01-01', 1)).paths[0]?.edges).toEqual(['ad']);
    const onlyPartners = pathsAt(typed, 'A', 'D', { ...opts('2010-01-01', 1), types: ['PARTNER_OF'] });
    expect(onlyPartners.paths[0]?.nodes).toEqual(['A', 'B', 'D']);
  });
});

describe('pathHistory', () => {
  it('records when a path first existed, when it broke and when it came back', () => {
    const rels = [
      rel('xy', 'X', 'Y', '2000-01-01', '2005-01-01'),
      rel('yz', 'Y', 'Z', '2001-01-01'),
      rel('xy2', 'X', 'Y', '2008-01-01'),
      rel('xz', 'X', 'Z', '2010-01-01', '2012-01-01'),
    ];
    const h = pathHistory(rels, 'X', 'Z', { windowDays: 365, maxHops: 6 });
    expect(h.firstConnected).toBe('2001-01-01');
    expect(h.breaks).toEqual(['2005-01-01']);
    expect(h.spans.map((s) => [s.start, s.end, s.hops])).toEqual([
      ['2000-01-01', '2001-01-01', null],
      ['2001-01-01', '2005-01-01', 2],
      ['2005-01-01', '2008-01-01', null],
      ['2008-01-01', '2010-01-01', 2],
      ['2010-01-01', '2012-01-01', 1],
      ['2012-01-01', null, 2],
    ]);
    expect(h.spans[4]?.path).toEqual({ nodes: ['X', 'Z'], edges: ['xz'] });
  });

  it('stops when its time is up (the caller holds the clock), after as many dates as it was given', () => {
    const rels = Array.from({ length: 50 }, (_, i) => rel(`r${i}`, 'X', 'Y', `${2000 + i}-01-01`, `${2000 + i}-06-01`));
    let asked = 0;
    const overTime = () => ++asked > 10;
    expect(() => pathHistory(rels, 'X', 'Y', { windowDays: 365, maxHops: 6, overTime })).toThrow(PathHistoryOverTime);
    expect(asked).toBe(11);
    // With time to spare it sweeps every date.
    expect(pathHistory(rels, 'X', 'Y', { windowDays: 365, maxHops: 6, overTime: () => false }).spans).toHaveLength(100);
  });
});

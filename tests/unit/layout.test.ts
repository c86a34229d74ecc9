// The server's layout, pure parts: which ties it sees, that it is the same at every run and
// keeps actors apart, and that new actors land next to their neighbours without moving anyone.
import { describe, expect, it } from 'vitest';
import { forceLayout, MIN_SEPARATION, separate } from '../../server/layout/force-layout.ts';
import { NEW_ACTOR_OFFSET, placeNew } from '../../shared/graph/place-new.ts';
import { ALL_TIES_BELOW, layoutTies, STRONGEST_TIES } from '../../server/layout/ties.ts';

const rel = (source: string, target: string) => ({ source, target });

describe('layoutTies', () => {
  it('makes one tie per linked pair, weighted by its relations', () => {
    const ties = layoutTies(['A', 'B', 'C'], [rel('A', 'B'), rel('B', 'A'), rel('B', 'C'), rel('A', 'X')]);
    expect(ties).toEqual([
      { source: 'A', target: 'B', weight: 2 },
      { source: 'B', target: 'C', weight: 1 },
    ]);
  });

  it('keeps only each actor strongest ties in a large graph', () => {
    const ids = Array.from({ length: ALL_TIES_BELOW }, (_, i) => `S${String(i).padStart(3, '0')}`);
    // S000 is linked to everyone, more often to the first ones.
    const relations = ids.slice(1).flatMap((id, i) => Array.from({ length: i < 5 ? 3 : 1 }, () => rel('S000', id)));
    const ties = layoutTies(ids, relations);
    const mine = ties.filter((t) => t.source === 'S000');
    // Its own three strongest, plus one from each other actor (whose only tie it is).
    expect(mine).toHaveLength(ids.length - 1);
    expect(ties.filter((t) => t.weight === 3).map((t) => t.target)).toEqual(['S001', 'S002', 'S003', 'S004', 'S005']);
    expect(STRONGEST_TIES).toBe(3);
  });
});

describe('forceLayout', () => {
  const ids = ['A', 'B', 'C', 'D', 'E', 'F'];
  const ties = [
    { source: 'A', target: 'B', weight: 3 },
    { source: 'B', target: 'C', weight: 1 },
    { source: 'D', target: 'E', weight: 2 },
  ];

  it('is the same at every run, for any order of the actors', () => {
    const once = forceLayout({ ids, ties });
    expect(forceLayout({ ids: [...ids].reverse(), ties })).toEqual(once);
    expect(Object.keys(once).sort()).toEqual(ids);
  });

  it('keeps every two actors apart', () => {
    const at = Object.values(forceLayout({ ids, ties }));
    for (let i = 0; i < at.length; i++) for (let j = i + 1; j < at.length; j++) expect(Math.hypot(at[i]!.x - at[j]!.x, at[i]!.y - at[j]!.y)).toBeGreaterThan(MIN_SEPARATION * 0.9);
  });

  it('separate() parts points that share a spot', () => {
    const points = [{ x: 0, y: 0 }, { x: 0, y: 0 }, { x: 1, y: 0 }];
    separate(points, 50);
    for (let i = 0; i < 3; i++) for (let j = i + 1; j < 3; j++) expect(Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y)).toBeGreaterThan(40);
  });
});

describe('placeNew', () => {
  const placed = { A: { x: 0, y: 0 }, B: { x: 200, y: 0 }, C: { x: 1000, y: 1000 } };

  it('puts a new actor near the weighted mean of its placed neighbours, and places nobody else', () => {
    const out = placeNew(['N', 'A'], [rel('N', 'A'), rel('B', 'N')], placed);
    expect(Object.keys(out)).toEqual(['N']);
    expect(Math.hypot(out.N!.x - 100, out.N!.y - 0)).toBeCloseTo(NEW_ACTOR_OFFSET, 0);
  });

  it('places actors linked only to new ones once those are placed, and the unlinked below the picture', () => {
    const out = placeNew(['N', 'M', 'Z'], [rel('N', 'C'), rel('M', 'N')], placed);
    expect(Math.hypot(out.M!.x - out.N!.x, out.M!.y - out.N!.y)).toBeCloseTo(NEW_ACTOR_OFFSET, 0);
    expect(out.Z!.y).toBeGreaterThan(1000);
  });

  it('places an actor whatever its id, even one Object.prototype has', () => {
    const out = placeNew(['constructor', '__proto__'], [rel('constructor', 'A'), rel('__proto__', 'B')], placed);
    expect(Object.keys(out).sort()).toEqual(['__proto__', 'constructor']);
  });

  it('is the same at every run', () => {
    expect(placeNew(['N'], [rel('N', 'A')], placed)).toEqual(placeNew(['N'], [rel('N', 'A')], placed));
  });
});

// The generator's IGO profile has the shape it advertises (COW IGO v3): 210 states, 530
// organizations, about 19,000 spells, 11,000 to 13,000 memberships active in any year after
// 1990, observations every five years up to 1965 and every year after.
import { describe, expect, it } from 'vitest';
import { isActiveAt } from '../../shared/time/temporal.ts';
import { generateIgoWorld, IGO_YEARLY_FROM } from '../../server/generate/igo.ts';

const world = generateIgoWorld({ seed: 1 });
const year = (d: string) => Number(d.slice(0, 4));

describe('generate --profile igo', () => {
  it('has about 210 states, 530 organizations and 19,000 membership spells', () => {
    expect(world.actors.filter((a) => a.kind === 'state')).toHaveLength(210);
    expect(world.actors.filter((a) => a.kind === 'organization')).toHaveLength(530);
    expect(world.relations.length).toBeGreaterThanOrEqual(18_000);
    expect(world.relations.length).toBeLessThanOrEqual(20_000);
    expect(new Set(world.relations.map((r) => r.type))).toEqual(new Set(['MEMBER_OF', 'OBSERVER_OF']));
    expect(world.relations.every((r) => !r.event && r.precision === 'year')).toBe(true);
  });

  it('holds 11,000 to 13,000 active memberships in every year from 1990', () => {
    for (let y = 1990; y <= 2025; y++) {
      const at = `${y}-06-30`;
      const active = world.relations.filter((r) => isActiveAt(r, at)).length;
      expect(active, String(y)).toBeGreaterThanOrEqual(11_000);
      expect(active, String(y)).toBeLessThanOrEqual(13_000);
    }
  });

  it('changes every five years up to 1965 and every year after', () => {
    const dates = world.relations.flatMap((r) => (r.end ? [r.start, r.end] : [r.start]));
    expect(dates.every((d) => d.endsWith('-01-01'))).toBe(true);
    const years = new Set(dates.map(year));
    expect([...years].filter((y) => y < IGO_YEARLY_FROM && y % 5 !== 0)).toEqual([]);
    for (let y = IGO_YEARLY_FROM; y <= 2014; y++) expect(years.has(y), String(y)).toBe(true);
    expect(Math.max(...years)).toBeLessThanOrEqual(2014);
  });

  it('is the same world for the same seed', () => {
    // Compared as text: a deep equality over 19,000 objects takes seconds.
    expect(JSON.stringify(generateIgoWorld({ seed: 1 }))).toBe(JSON.stringify(world));
    expect(JSON.stringify(generateIgoWorld({ seed: 2 }).relations)).not.toBe(JSON.stringify(world.relations));
  });
});

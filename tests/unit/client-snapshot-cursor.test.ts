// The slider's incremental snapshots must be the very snapshots computed from scratch, for
// any data and any walk of dates, forward, backward and in jumps.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TemporalPayload } from '../../client/api/client.ts';
import { changeDates, maxMemberCounts, SnapshotCursor, visibleAt } from '../../client/snapshot.ts';
import { activeAt } from '../../shared/time/temporal.ts';

type Rel = TemporalPayload['relations'][number];
const ids = ['A', 'B', 'C', 'O1', 'O2'];
const actors: TemporalPayload['actors'] = ids.map((id) => ({
  id,
  name: id,
  kind: id.startsWith('O') ? 'organization' : 'state',
  shortName: null, aliases: [],
  founded: id === 'O2' ? '2000-01-01' : null,
  dissolved: id === 'O2' ? '2010-01-01' : null,
}));
const date = fc.integer({ min: 10_000, max: 10_400 }).map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));
const relation = fc.record({
  source: fc.constantFrom(...ids),
  target: fc.constantFrom(...ids),
  type: fc.constantFrom('MEMBER_OF', 'CONFLICT_WITH', 'SOUGHT_AID_FROM') as fc.Arbitrary<Rel['type']>,
  start: date,
  end: fc.option(date, { nil: null }),
  event: fc.boolean(),
});
const relations = fc.array(relation, { maxLength: 40 }).map((rows) =>
  rows.map((r, i): Rel => ({ id: `r${i}`, ...r, end: r.event ? null : r.end, precision: 'day', sources: ['s'], note: '' })),
);
const filters = fc.record({
  types: fc.option(fc.subarray(['MEMBER_OF', 'CONFLICT_WITH', 'SOUGHT_AID_FROM']), { nil: null }),
  kinds: fc.option(fc.subarray(['state', 'organization'] as const), { nil: null }),
  hideIsolated: fc.boolean(),
});

describe('SnapshotCursor', () => {
  it('answers what visibleAt answers, at every date of any walk, with exactly the changed relations', () => {
    fc.assert(
      fc.property(relations, fc.array(date, { minLength: 1, maxLength: 25 }), filters, (rels, walk, f) => {
        const payload = { actors, relations: rels };
        const cursor = new SnapshotCursor(payload, 30);
        let previous = new Set<string>();
        for (const at of walk) {
          const { snapshot, changed } = cursor.at(at, f);
          const fresh = visibleAt(payload, at, f, 30);
          expect(snapshot.relations.map((r) => r.id)).toEqual(fresh.relations.map((r) => r.id));
          expect([...snapshot.actorIds].sort()).toEqual([...fresh.actorIds].sort());
          expect(new Map([...snapshot.memberCount].sort())).toEqual(new Map([...fresh.memberCount].sort()));
          const now = new Set(activeAt(rels, at, 30).map((r) => r.id));
          const expected = [...new Set([...previous, ...now])].filter((id) => previous.has(id) !== now.has(id)).sort();
          expect(changed.map((r) => r.id).sort()).toEqual(expected);
          previous = now;
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('maxMemberCounts', () => {
  /** A membership from 1998 and a conflict from 1999, both ongoing. */
  const twoRelations: Rel[] = [
    { id: 'r0', source: 'A', target: 'O1', type: 'MEMBER_OF', start: '1998-01-01', end: null, event: false, precision: 'day', sources: ['s'], note: '' },
    { id: 'r1', source: 'B', target: 'O1', type: 'CONFLICT_WITH', start: '1999-01-01', end: null, event: false, precision: 'day', sources: ['s'], note: '' },
  ];

  it('gives the same snapshot again while the date and the filters hold, a new one when either moves', () => {
    const cursor = new SnapshotCursor({ actors, relations: twoRelations });
    const f = { types: null, kinds: null, hideIsolated: false };
    const first = cursor.at('2000-01-01', f).snapshot;
    const again = cursor.at('2000-01-01', { ...f });
    expect(again.changed).toEqual([]);
    expect(again.snapshot).toBe(first);
    const typed = cursor.at('2000-01-01', { ...f, types: ['MEMBER_OF'] }).snapshot;
    expect(typed).not.toBe(first);
    expect(typed.relations.map((r) => r.id)).toEqual(['r0']);
    expect(cursor.at('1998-06-01', f).snapshot.relations.map((r) => r.id)).toEqual(['r0']);
  });

  it('makes a new snapshot when any filter changes at the same date (each one is in the key)', () => {
    const cursor = new SnapshotCursor({ actors, relations: twoRelations });
    const f = { types: null, kinds: null, hideIsolated: false };
    const base = cursor.at('2000-01-01', f).snapshot;
    for (const change of [{ kinds: ['state' as const] }, { hideIsolated: true }, { minMembers: 5 }, { hood: ['A'] }, { orgs: ['O1'] }]) {
      expect(cursor.at('2000-01-01', { ...f, ...change }).snapshot, JSON.stringify(change)).not.toBe(base);
      cursor.at('2000-01-01', f);
    }
  });

  it('is the largest member count found at any change date', () => {
    fc.assert(
      fc.property(relations, (rels) => {
        const payload = { actors, relations: rels };
        const brute = new Map<string, number>();
        for (const at of changeDates(payload)) {
          const counts = new Map<string, number>();
          for (const r of activeAt(rels, at).filter((r) => r.type === 'MEMBER_OF')) counts.set(r.target, (counts.get(r.target) ?? 0) + 1);
          for (const [id, n] of counts) if (n > (brute.get(id) ?? 0)) brute.set(id, n);
        }
        expect(new Map([...maxMemberCounts(payload)].sort())).toEqual(new Map([...brute].sort()));
      }),
      { numRuns: 300 },
    );
  });
});

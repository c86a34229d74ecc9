// The compact wire form of the temporal payload: exact round trip, and plain errors for a
// payload whose indexes point nowhere.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRECISIONS, RELATION_TYPES, type Relation } from '../../shared/model/schemas.ts';
import { decodeColumns, encodeColumns, type TemporalObjects } from '../../shared/model/temporal-columns.ts';

const actors = ['ARM', 'CSTO', 'RUS'].map((id) => ({ id, name: `Name of ${id}`, kind: 'state' as const, shortName: null, aliases: [], founded: null, dissolved: null }));
const sources = ['a', 'b'].map((id) => ({ id, title: `Title ${id}`, author: null, publisher: null, published: null, url: null }));
const day = fc.integer({ min: 0, max: 30_000 }).map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));
const coordinate = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).map((v) => (Object.is(v, -0) ? 0 : v));
const positions = fc.dictionary(fc.constantFrom('ARM', 'CSTO', 'RUS'), fc.record({ x: coordinate, y: coordinate }));
const relation = fc.record({
  source: fc.constantFrom('ARM', 'CSTO', 'RUS'),
  target: fc.constantFrom('ARM', 'CSTO', 'RUS'),
  type: fc.constantFrom(...RELATION_TYPES),
  start: day,
  end: fc.option(day, { nil: null }),
  precision: fc.constantFrom(...PRECISIONS),
  event: fc.boolean(),
  sources: fc.uniqueArray(fc.constantFrom('a', 'b'), { minLength: 1, maxLength: 2 }),
  note: fc.string(),
});

describe('temporal columns', () => {
  it('decode(encode(x)) is x, for any relations and positions', () => {
    fc.assert(
      fc.property(fc.array(relation, { maxLength: 30 }), positions, (rows, at) => {
        const t: TemporalObjects = { range: { start: '1990-01-01', end: '2026-01-01' }, actors, sources, relations: rows.map((r, i): Relation => ({ id: `r${i}`, ...r })), positions: at };
        expect(decodeColumns(JSON.parse(JSON.stringify(encodeColumns(t))))).toEqual(t);
      }),
    );
  });

  it('sends each repeated string once', () => {
    const rel = (i: number): Relation => ({ id: `r${i}`, source: 'ARM', target: 'CSTO', type: 'MEMBER_OF', start: '2002-10-07', end: null, precision: 'day', event: false, sources: ['a'], note: 'same note' });
    const c = encodeColumns({ range: { start: '1990-01-01', end: '2026-01-01' }, actors, sources, relations: [rel(1), rel(2), rel(3)], positions: {} });
    expect(c.strings).toEqual(['MEMBER_OF', 'day', 'same note']);
    expect(c.relations.start).toEqual([11967, 11967, 11967]);
  });

  it('says which relation points at an actor that is not there', () => {
    const c = encodeColumns({ range: { start: '1990-01-01', end: '2026-01-01' }, actors, sources, relations: [], positions: {} });
    c.relations = { id: ['x'], source: [7], target: [0], type: [0], start: [0], end: [null], precision: [1], event: [0], sources: [[0]], note: [0] };
    c.strings = ['MEMBER_OF', 'day'];
    expect(() => decodeColumns(c)).toThrow(/relation 0: actor index 7 is out of range/);
  });

  it('sends positions as two columns beside the actors, null where an actor has none', () => {
    const c = encodeColumns({ range: { start: '1990-01-01', end: '2026-01-01' }, actors, sources, relations: [], positions: { RUS: { x: 1.5, y: -2 } } });
    expect(c.positions).toEqual({ x: [null, null, 1.5], y: [null, null, -2] });
    expect(() => encodeColumns({ range: { start: '1990-01-01', end: '2026-01-01' }, actors, sources, relations: [], positions: { XXX: { x: 0, y: 0 } } })).toThrow(/unknown actor XXX/);
  });
});

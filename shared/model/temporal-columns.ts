// The compact wire form of the temporal payload the explorer loads: relations as columns,
// every repeated string (actor ids, types, precisions, notes, source ids) as an index into a
// table sent once, and dates as whole days since 1970-01-01. Encoding and decoding are pure
// and exact inverses, so the client rebuilds the very objects the server holds. Layout
// positions (computed once on the server, server/layout) travel as two columns beside actors.
import { z } from 'zod';
import { fromDayNumber, toDayNumber } from '../time/time.ts';
import type { Positions } from '../graph/positions.ts';
import { ActorSchema, Precision, RelationType, SourceSchema, type Actor, type Relation, type Source } from './schemas.ts';

export interface TemporalObjects {
  range: { start: string; end: string };
  actors: Actor[];
  relations: Relation[];
  sources: Source[];
  /** Where each laid-out actor is drawn, by actor id; actors without a position are absent. */
  positions: Positions;
}

/**
 * A column of the wire form, checked value by value in one loop. An element schema per value
 * (z.array(z.number()...)) cost the browser about 150 ms on the IGO profile's 19,000 relations
 * times ten columns, the largest part of reading the payload. The JSON Schema (OpenAPI) is
 * the same as the element schema's; a bad value is reported at its index.
 */
function column<T>(what: string, ok: (v: unknown) => boolean, items: Record<string, unknown>) {
  return z
    .custom<T[]>((v) => Array.isArray(v), `expected an array of ${what}`)
    .superRefine((values, ctx) => {
      const i = values.findIndex((v) => !ok(v));
      if (i >= 0) ctx.addIssue({ code: 'custom', path: [i], message: `expected ${what}` });
    })
    .meta({ type: 'array', items });
}

const isIndex = (v: unknown): boolean => Number.isInteger(v) && (v as number) >= 0;
const INDEX = { type: 'integer', minimum: 0 };
const indexes = () => column<number>('indexes (whole numbers from 0)', isIndex, INDEX);
const coordinates = () =>
  column<number | null>('coordinates (finite numbers or null)', (v) => v === null || Number.isFinite(v), { anyOf: [{ type: 'number' }, { type: 'null' }] });

export const TemporalColumnsSchema = z.object({
  format: z.literal('columns'),
  range: z.object({ start: z.string(), end: z.string() }),
  actors: z.array(ActorSchema),
  /** Layout positions, index for index with actors; null for an actor not laid out. */
  positions: z.object({ x: coordinates(), y: coordinates() }),
  sources: z.array(SourceSchema),
  /** Strings used more than once by relations: types, precisions, notes. */
  strings: z.array(z.string()),
  relations: z.object({
    id: column<string>('relation ids (non-empty strings)', (v) => typeof v === 'string' && v.length > 0, { type: 'string', minLength: 1 }),
    /** Index into actors. */
    source: indexes(),
    target: indexes(),
    /** Index into strings. */
    type: indexes(),
    /** Days since 1970-01-01. */
    start: column<number>('day numbers (whole numbers)', Number.isInteger, { type: 'integer' }),
    /** Days since 1970-01-01, or null while ongoing. */
    end: column<number | null>('day numbers or null', (v) => v === null || Number.isInteger(v), { anyOf: [{ type: 'integer' }, { type: 'null' }] }),
    precision: indexes(),
    event: column<0 | 1>('0 or 1', (v) => v === 0 || v === 1, { type: 'integer', enum: [0, 1] }),
    /** Indexes into sources. */
    sources: column<number[]>(
      'lists of at least one source index',
      (v) => Array.isArray(v) && v.length > 0 && v.every(isIndex),
      { type: 'array', items: INDEX, minItems: 1 },
    ),
    note: indexes(),
  }),
});
export type TemporalColumns = z.infer<typeof TemporalColumnsSchema>;

class Interner {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  constructor(initial: readonly string[] = []) {
    for (const s of initial) this.of(s);
  }
  of(s: string): number {
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(s);
      this.index.set(s, i);
    }
    return i;
  }
}

export function encodeColumns(t: TemporalObjects): TemporalColumns {
  const actorIndex = new Map(t.actors.map((a, i) => [a.id, i]));
  const sourceIndex = new Map(t.sources.map((s, i) => [s.id, i]));
  const strings = new Interner();
  const n = t.relations.length;
  const cols: TemporalColumns['relations'] = { id: [], source: [], target: [], type: [], start: [], end: [], precision: [], event: [], sources: [], note: [] };
  const must = (m: Map<string, number>, id: string, what: string, rel: string): number => {
    const i = m.get(id);
    if (i === undefined) throw new Error(`relation ${rel} names an unknown ${what} ${id}`);
    return i;
  };
  for (let i = 0; i < n; i++) {
    const r = t.relations[i]!;
    cols.id.push(r.id);
    cols.source.push(must(actorIndex, r.source, 'actor', r.id));
    cols.target.push(must(actorIndex, r.target, 'actor', r.id));
    cols.type.push(strings.of(r.type));
    cols.start.push(toDayNumber(r.start));
    cols.end.push(r.end === null ? null : toDayNumber(r.end));
    cols.precision.push(strings.of(r.precision));
    cols.event.push(r.event ? 1 : 0);
    cols.sources.push(r.sources.map((s) => must(sourceIndex, s, 'source', r.id)));
    cols.note.push(strings.of(r.note));
  }
  for (const id of Object.keys(t.positions)) if (!actorIndex.has(id)) throw new Error(`a position names an unknown actor ${id}`);
  const positions = {
    x: t.actors.map((a) => (Object.hasOwn(t.positions, a.id) ? t.positions[a.id]!.x : null)),
    y: t.actors.map((a) => (Object.hasOwn(t.positions, a.id) ? t.positions[a.id]!.y : null)),
  };
  return { format: 'columns', range: t.range, actors: t.actors, positions, sources: t.sources, strings: strings.list, relations: cols };
}

/** Rebuilds the objects; throws with a plain message when an index or a value is out of place. */
export function decodeColumns(c: TemporalColumns): TemporalObjects {
  const r = c.relations;
  const n = r.id.length;
  for (const [name, col] of Object.entries(r)) {
    if (col.length !== n) throw new Error(`column ${name} has ${col.length} values for ${n} relations`);
  }
  // A date per distinct day, formatted once: spells share their start and end days.
  const dates = new Map<number, string>();
  const date = (day: number): string => {
    let s = dates.get(day);
    if (s === undefined) dates.set(day, (s = fromDayNumber(day)));
    return s;
  };
  const at = <T>(list: readonly T[], i: number, what: string, row: number): T => {
    const v = list[i];
    if (v === undefined) throw new Error(`relation ${row}: ${what} index ${i} is out of range`);
    return v;
  };
  const types = c.strings.map((s) => (RelationType.safeParse(s).success ? (s as Relation['type']) : null));
  const precisions = c.strings.map((s) => (Precision.safeParse(s).success ? (s as Relation['precision']) : null));
  const relations: Relation[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const type = at(types, r.type[i]!, 'type', i);
    const precision = at(precisions, r.precision[i]!, 'precision', i);
    if (type === null || precision === null) throw new Error(`relation ${i}: not a relation type or precision`);
    const end = r.end[i]!;
    relations[i] = {
      id: r.id[i]!,
      source: at(c.actors, r.source[i]!, 'actor', i).id,
      target: at(c.actors, r.target[i]!, 'actor', i).id,
      type,
      start: date(r.start[i]!),
      end: end === null ? null : date(end),
      precision,
      event: r.event[i] === 1,
      sources: r.sources[i]!.map((s) => at(c.sources, s, 'source', i).id),
      note: at(c.strings, r.note[i]!, 'note', i),
    };
  }
  if (c.positions.x.length !== c.actors.length || c.positions.y.length !== c.actors.length) {
    throw new Error(`positions have ${c.positions.x.length} x and ${c.positions.y.length} y values for ${c.actors.length} actors`);
  }
  const entries: [string, { x: number; y: number }][] = [];
  c.actors.forEach((a, i) => {
    const x = c.positions.x[i];
    const y = c.positions.y[i];
    if ((x === null) !== (y === null)) throw new Error(`actor ${a.id} has only one coordinate`);
    if (x != null && y != null) entries.push([a.id, { x, y }]);
  });
  const positions: Positions = Object.fromEntries(entries);
  return { range: c.range, actors: c.actors, relations, sources: c.sources, positions };
}

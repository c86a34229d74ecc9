// The URL is the view state: parse and serialize round-trip, defaults stay out of the URL,
// and malformed parameters fall back instead of breaking the page.
import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, parseState, serializeState, unknownTypes, type ViewState } from '../../client/state/view-state.ts';
import { addMonths, formatDate } from '../../client/dates.ts';

describe('URL state', () => {
  it('reads at, focus and types from a bookmark', () => {
    const s = parseState('?at=2024-03-01&focus=ARM&types=MEMBER_OF,CONFLICT_WITH');
    expect(s).toEqual({ ...DEFAULT_STATE, at: '2024-03-01', focus: 'ARM', types: ['MEMBER_OF', 'CONFLICT_WITH'] });
  });

  it('writes the same bookmark back', () => {
    const q = '?at=2024-03-01&focus=ARM&types=MEMBER_OF,CONFLICT_WITH';
    expect(serializeState(parseState(q))).toBe(q);
  });

  it('round-trips every field', () => {
    const s: ViewState = {
      at: '2010-06-01',
      focus: 'CSTO',
      rel: 'uzb-member-of-csto-2006',
      types: ['SOUGHT_AID_FROM'],
      kinds: ['organization' as const],
      hideIsolated: false,
      path: ['ARM', 'CHN'],
      compare: '2008-01-01',
      size: 'betweenness',
      panel: 'paths',
      follow: false,
      groups: ['CSTO', 'GUAM'],
      minMembers: 12,
      graph: 'states',
      share: 3,
      hood: ['KAZ', 'CSTO'],
      cypher: "MATCH (a:Actor {id: 'ARM'})-[r]-(b) WHERE r.start <= $at RETURN a, r, b & more",
      cypherParams: '{"id": "ARM"}',
      shifts: { target: 'CHN', from: '2010-01-01', to: '2020-01-01' },
      camera: { zoom: 1.25, x: 120, y: -40 },
      orgs: ['CSTO', 'SCO'],
      pos: { KAZ: { x: 12, y: -40 }, UZB: { x: -3, y: 7 } },
    };
    expect(parseState(serializeState(s))).toEqual(s);
  });

  it('leaves defaults out of the URL', () => {
    expect(serializeState(DEFAULT_STATE)).toBe('');
    expect(parseState('')).toEqual(DEFAULT_STATE);
  });

  it('keeps the camera short: zoom to 2 decimals, pan to whole pixels', () => {
    const q = serializeState({ ...DEFAULT_STATE, camera: { zoom: 1.23456, x: 10.4, y: -3.6 } });
    expect(q).toBe('?zoom=1.23&pan=10,-4');
    expect(parseState('?zoom=abc&pan=1,2').camera).toBeNull();
    expect(parseState('?shifts=CHN,2020-01-01,2010-01-01').shifts).toBeNull();
  });

  it('reads types=FOO as all types, and names FOO as unknown', () => {
    expect(parseState('?types=FOO').types).toBeNull();
    expect(unknownTypes('?types=FOO,member_of')).toEqual(['FOO']);
    expect(parseState('?types=FOO,member_of').types).toEqual(['MEMBER_OF']);
    expect(unknownTypes('?types=MEMBER_OF')).toEqual([]);
  });

  it('keeps "no types" distinct from "all types"', () => {
    const none = { ...DEFAULT_STATE, types: [] };
    expect(serializeState(none)).toBe('?types=');
    expect(parseState('?types=').types).toEqual([]);
    // Groups off is an empty list, not the dataset's default.
    expect(parseState('?groups=').groups).toEqual([]);
    expect(serializeState({ ...DEFAULT_STATE, groups: [] })).toBe('?groups=');
  });

  it('ignores a malformed date, id, unknown type or kind', () => {
    const s = parseState('?at=2023-02-30&focus=<script>&types=MEMBER_OF,BOGUS&kinds=planet');
    expect(s.at).toBeNull();
    expect(s.focus).toBeNull();
    expect(s.types).toEqual(['MEMBER_OF']);
    expect(s.kinds).toEqual([]);
  });
});

describe('client dates', () => {
  it('steps by months, keeping the day where the month has it', () => {
    expect(addMonths('2010-06-01', 1)).toBe('2010-07-01');
    expect(addMonths('2012-12-20', 1)).toBe('2013-01-20');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2010-01-15', -13)).toBe('2008-12-15');
  });

  it('shows only the known part of an uncertain date', () => {
    expect(formatDate('2024-02-22')).toBe('22 Feb 2024');
    expect(formatDate('2024-02-01', 'month')).toBe('Feb 2024');
    expect(formatDate('1992-01-01', 'year')).toBe('1992');
  });
});

describe('URL state of the analysis panels', () => {
  it('reads a path, a comparison date, a size measure and a panel', () => {
    const s = parseState('?at=2013-06-01&path=ARM,CHN&compare=2010-06-01&size=degree&panel=compare');
    expect(s.path).toEqual(['ARM', 'CHN']);
    expect(s.compare).toBe('2010-06-01');
    expect(s.size).toBe('degree');
    expect(s.panel).toBe('compare');
    expect(serializeState(s)).toBe('?at=2013-06-01&path=ARM,CHN&compare=2010-06-01&size=degree&panel=compare');
  });

  it('drops a malformed path, date, measure or panel', () => {
    const s = parseState('?path=ARM&compare=2010-13-45&size=pagerank&panel=nope');
    expect(s).toEqual(DEFAULT_STATE);
    expect(parseState('?path=ARM,ARM').path).toBeNull();
    expect(parseState('?path=ARM,CHN,RUS').path).toBeNull();
    expect(parseState('?path=ARM,<x>').path).toBeNull();
  });
});

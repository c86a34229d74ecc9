// Pure helpers of the analysis panels: the span holding a date, a span's path repaired to
// active relations, the path sentences, shift bars, centrality sizes, step charts, console cells.
import { describe, expect, it } from 'vitest';
import type { PathHistory } from '../../client/api/analysis.ts';
import { valueAt, stepPath } from '../../client/panels/chart.ts';
import { cellText, graphIdsIn } from '../../client/panels/console-rows.ts';
import { errorTitle } from '../../client/panels/console.ts';
import { ApiError } from '../../client/api/client.ts';
import { historySummary, notConnectedSentence, pathSentence, preferShown, repairPath, spanAt } from '../../client/panels/path-model.ts';
import { barGeometry, signed } from '../../client/panels/shifts.ts';
import { centralitySize, edgeClasses, nodeClasses } from '../../client/graph/style.ts';
import { DEFAULT_STATE } from '../../client/state/view-state.ts';

const history: PathHistory = {
  from: 'ARM',
  to: 'CHN',
  firstConnected: '2001-06-15',
  breaks: ['2010-01-01'],
  spans: [
    { start: '1991-12-21', end: '2001-06-15', connected: false, hops: null, path: null },
    { start: '2001-06-15', end: '2010-01-01', connected: true, hops: 3, path: { nodes: ['ARM', 'RUS', 'SCO', 'CHN'], edges: ['r1', 'r2', 'r3'] } },
    { start: '2010-01-01', end: '2012-01-01', connected: false, hops: null, path: null },
    { start: '2012-01-01', end: null, connected: true, hops: 2, path: { nodes: ['ARM', 'KAZ', 'CHN'], edges: ['r4', 'r5'] } },
  ],
};
const names: Record<string, string> = { ARM: 'Armenia', CHN: 'China', RUS: 'Russia', SCO: 'SCO', KAZ: 'Kazakhstan' };
const relations = [
  { id: 'r1', source: 'RUS', target: 'ARM', type: 'DEPLOYED_TO' },
  { id: 'r1b', source: 'ARM', target: 'RUS', type: 'PARTNER_OF' },
  { id: 'r2', source: 'RUS', target: 'SCO', type: 'MEMBER_OF' },
  { id: 'r3', source: 'CHN', target: 'SCO', type: 'MEMBER_OF' },
];
const namer = {
  name: (id: string) => names[id] ?? id,
  relation: (id: string) => relations.find((r) => r.id === id),
  label: (t: string) => t.toLowerCase().replace(/_/g, ' '),
};

describe('path history', () => {
  it('finds the span that holds a date, ends exclusive', () => {
    expect(spanAt(history.spans, '1990-01-01')).toBeNull();
    expect(spanAt(history.spans, '2001-06-14')?.connected).toBe(false);
    expect(spanAt(history.spans, '2001-06-15')?.hops).toBe(3);
    expect(spanAt(history.spans, '2010-01-01')?.connected).toBe(false);
    expect(spanAt(history.spans, '2030-01-01')?.hops).toBe(2);
  });

  it('swaps an ended hop for an active relation between the same two actors', () => {
    const p = history.spans[1]!.path!;
    expect(repairPath(p, new Set(['r1b', 'r2', 'r3']), relations).edges).toEqual(['r1b', 'r2', 'r3']);
    expect(repairPath(p, new Set(['r2', 'r3']), relations).edges).toEqual(['r1', 'r2', 'r3']);
  });

  it('keeps the path already shown first among the alternatives', () => {
    const alts = [{ nodes: ['ARM', 'CIS', 'CHN'], edges: [] }, { nodes: ['ARM', 'KAZ', 'CHN'], edges: [] }];
    expect(preferShown(alts, { nodes: ['ARM', 'KAZ', 'CHN'], edges: ['x'] })).toBe(1);
    expect(preferShown(alts, { nodes: ['ARM', 'RUS', 'CHN'], edges: [] })).toBe(0);
    expect(preferShown(alts, null)).toBe(0);
  });

  it('answers in words', () => {
    expect(pathSentence(history.spans[1]!.path!, namer)).toBe(
      'Armenia → Russia → SCO → China, 3 steps, via Russia deployed to Armenia; Russia member of SCO; China member of SCO',
    );
    expect(notConnectedSentence(history, '1995-01-01', namer)).toBe('Armenia and China are not connected on 1 Jan 1995; first connected 15 Jun 2001.');
    expect(notConnectedSentence(history, '2011-01-01', namer)).toBe(
      'Armenia and China are not connected on 1 Jan 2011; connected until 1 Jan 2010; connected again from 1 Jan 2012.',
    );
    expect(notConnectedSentence({ ...history, firstConnected: null }, '2011-01-01', namer)).toMatch(/nor at any date/);
    expect(historySummary(history, namer)).toBe('Armenia – China: first connected 15 Jun 2001, in 2–3 steps; broken 1 Jan 2010.');
  });
});

describe('overlay classes', () => {
  const view = { relationIds: new Set(['e1']), actorIds: new Set(['A', 'B']), near: null };
  it('lights a path and dims the rest', () => {
    const overlay = { path: { nodes: new Set(['A', 'C']), edges: new Set(['e2']), ends: ['A', 'C'] } };
    expect(edgeClasses('e1', false, view, DEFAULT_STATE, overlay)).toContain('dimmed');
    expect(edgeClasses('e2', false, view, DEFAULT_STATE, overlay)).toEqual(['off-date', 'lit', 'on-path']);
    expect(nodeClasses('C', view, DEFAULT_STATE, overlay)).toEqual(['lit', 'on-path', 'path-end']);
    expect(nodeClasses('B', view, DEFAULT_STATE, overlay)).toEqual(['dimmed']);
  });

  it('marks added relations and draws removed ones as ghosts instead of hiding them', () => {
    const overlay = { compare: { added: new Set(['e1']), removed: new Set(['e9']), removedEnds: new Set(['Z']) } };
    expect(edgeClasses('e1', false, view, DEFAULT_STATE, overlay)).toEqual(['added']);
    expect(edgeClasses('e9', false, view, DEFAULT_STATE, overlay)).toEqual(['ghost']);
    expect(nodeClasses('Z', view, DEFAULT_STATE, overlay)).toEqual(['ghost']);
    expect(edgeClasses('e8', false, view, DEFAULT_STATE, overlay)).toEqual(['hidden']);
  });
});

describe('shift bars and centrality sizes', () => {
  it('places bars either side of zero', () => {
    expect(barGeometry(6, 6)).toEqual([50, 50]);
    expect(barGeometry(-3, 6)).toEqual([25, 25]);
    expect(barGeometry(0, 6)).toEqual([50, 0]);
    expect(signed(5)).toBe('+5');
    expect(signed(-2.5)).toBe('−2.5');
    expect(signed(0)).toBe('0');
  });

  it('sizes by area, smallest at zero', () => {
    expect(centralitySize(0, 10)).toBe(16);
    expect(centralitySize(10, 10)).toBe(70);
    expect(centralitySize(5, 10)).toBeGreaterThan(16);
    expect(centralitySize(5, 0)).toBe(16);
  });
});

describe('charts', () => {
  const pts = [
    { date: '2000-01-01', value: 1 },
    { date: '2005-01-01', value: 3 },
  ];
  it('reads the value in force at a date', () => {
    expect(valueAt(pts, '1999-01-01')).toBe(0);
    expect(valueAt(pts, '2004-12-31')).toBe(1);
    expect(valueAt(pts, '2005-01-01')).toBe(3);
  });
  it('draws a step line', () => {
    const x = (d: string) => Number(d.slice(0, 4)) - 2000;
    expect(stepPath(pts, x, (v) => 10 - v, '2010-01-01')).toBe('M0.0 9.0 H5.0 V7.0 H10.0');
  });
});

describe('console results', () => {
  const rows = [
    { a: { id: 'ARM', name: 'Armenia', kind: 'state', labels: ['Actor'] }, r: { id: 'arm-member-of-csto', source: 'ARM', target: 'CSTO', type: 'MEMBER_OF' }, n: 3 },
    { list: [{ id: 'KAZ', name: 'Kazakhstan', kind: 'state' }], name: 'x' },
  ];
  it('finds the actors and relations in the rows', () => {
    const ids = graphIdsIn(rows);
    expect([...ids.nodes].sort()).toEqual(['ARM', 'CSTO', 'KAZ']);
    expect([...ids.edges]).toEqual(['arm-member-of-csto']);
  });
  it('writes cells as text', () => {
    expect(cellText(rows[0]!.a)).toBe('Armenia (ARM)');
    expect(cellText(rows[0]!.r)).toBe('(ARM)-[:MEMBER_OF]->(CSTO)');
    expect(cellText(null)).toBe('null');
    expect(cellText([1, 'a'])).toBe('[1, a]');
    expect(cellText({ x: 1 })).toBe('{"x":1}');
  });
  it('names what went wrong', () => {
    expect(errorTitle(new ApiError('uses CREATE', 403, 'read_only'))).toMatch(/read-only/);
    expect(errorTitle(new ApiError('bad', 400, 'bad_request'))).toBe('Not valid Cypher');
    expect(errorTitle(new ApiError('slow', 408, 'query_timeout'))).toBe('The query took too long');
    // A memory or time limit is not "Not valid Cypher" (issue 15).
    expect(errorTitle(new ApiError('slow', 422, 'query_timeout'))).toBe('The query took too long');
    expect(errorTitle(new ApiError('memory', 422, 'query_too_large'))).toBe('The query needed too much memory');
    expect(errorTitle(new ApiError('deep', 400, 'query_too_complex'))).toBe('The query is too complex to check');
    expect(errorTitle(new ApiError('engine', 400, 'query_failed'))).toBe('The engine could not run the query');
  });
});

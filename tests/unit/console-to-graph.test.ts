// Console rows in the graph API's shapes: engine nodes and relationships become
// { id, name, kind, ... } and { id, source, target, type, start, end, ... }.
import { describe, expect, it } from 'vitest';
import { toGraphRows } from '../../server/console/to-graph.ts';

const arm = { _id: 97, _labels: ['Actor', 'State'], id: 'ARM', name: 'Armenia', kind: 'state' };
const csto = { _id: 120, _labels: ['Actor', 'Organization'], id: 'CSTO', name: 'CSTO', kind: 'organization', founded: '2002-10-07' };
const rel = { _id: 8, _type: 'MEMBER_OF', _source: 97, _target: 120, id: 'arm-csto', start: '2002-10-07', sources: ['s1'] };

describe('toGraphRows', () => {
  it('maps a node to the graph API shape, keeping its properties and labels', () => {
    const { rows } = toGraphRows([{ a: arm }]);
    expect(rows[0]?.a).toEqual({ id: 'ARM', name: 'Armenia', kind: 'state', labels: ['Actor', 'State'] });
  });

  it('resolves a relationship to the actor ids of its endpoints when the result holds them', () => {
    const { rows, graph } = toGraphRows([{ a: arm, r: rel, b: csto }]);
    expect(rows[0]?.r).toEqual({ id: 'arm-csto', source: 'ARM', target: 'CSTO', type: 'MEMBER_OF', start: '2002-10-07', end: null, sources: ['s1'] });
    expect(graph.nodes.map((n) => n.id)).toEqual(['ARM', 'CSTO']);
    expect(graph.edges.map((e) => e.id)).toEqual(['arm-csto']);
  });

  it('leaves internal endpoint ids when the nodes are not in the result', () => {
    const { rows } = toGraphRows([{ r: rel }]);
    expect(rows[0]?.r).toMatchObject({ source: 97, target: 120 });
  });

  it('maps nodes and relationships inside paths, lists and maps, and leaves plain values alone', () => {
    const { rows } = toGraphRows([{ p: { nodes: [arm, csto], edges: [rel] }, l: [arm], m: { x: 1, who: arm }, n: 3, s: 'x', z: null }]);
    const row = rows[0]!;
    expect((row.p as { edges: { source: string }[] }).edges[0]?.source).toBe('ARM');
    expect((row.l as { id: string }[])[0]?.id).toBe('ARM');
    expect(row.m).toEqual({ x: 1, who: { id: 'ARM', name: 'Armenia', kind: 'state', labels: ['Actor', 'State'] } });
    expect([row.n, row.s, row.z]).toEqual([3, 'x', null]);
  });

  it('gives a node without an id property its internal id as text', () => {
    const { rows } = toGraphRows([{ n: { _id: 5, _labels: ['Thing'] } }]);
    expect(rows[0]?.n).toEqual({ id: '5', name: null, kind: null, labels: ['Thing'] });
  });
});

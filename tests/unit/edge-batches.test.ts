// The batched edge layer's pure parts: which edges it draws (and which stay real Cytoscape
// edges), how they group into strokes, picking distance, and the renderer choice.
import { describe, expect, it } from 'vitest';
import { batchEdges, DASHED_IN_LAYER, FAINT_ALPHA, LAYER_ALPHA, placeOf, segmentDistance2, type LayerEdge } from '../../client/graph/edge-batches.ts';
import { chooseRenderer, isHardwareGpu } from '../../client/graph/renderer.ts';
import { RELATION_LOOK } from '../../client/graph/style.ts';

const edge = (id: string, type: string, faint = false): LayerEdge => ({ id, source: 'A', target: 'B', type, faint });

describe('placeOf', () => {
  it('draws nothing for a hidden edge, even near the focus', () => {
    expect(placeOf(['hidden'], false)).toBe('none');
    expect(placeOf(['hidden', 'event'], true)).toBe('none');
  });
  it('puts plain, event, faded and dimmed edges in the layer', () => {
    expect(placeOf([], false)).toBe('layer');
    expect(placeOf(['event'], false)).toBe('layer');
    expect(placeOf(['faded'], false)).toBe('layer');
    expect(placeOf(['dimmed', 'event'], false)).toBe('layer');
  });
  it('keeps selected, path, lit, compared and focus-near edges as Cytoscape edges', () => {
    for (const c of ['chosen', 'on-path', 'lit', 'highlight', 'added', 'ghost', 'off-date']) expect(placeOf([c], false), c).toBe('cytoscape');
    expect(placeOf([], true)).toBe('cytoscape');
  });
});

describe('batchEdges', () => {
  it('makes one batch per colour, dash, opacity and width, whatever the order', () => {
    const edges = [
      edge('1', 'MEMBER_OF'),
      edge('2', 'CONFLICT_WITH'),
      edge('3', 'MEMBER_OF'),
      edge('4', 'OBSERVER_OF'), // same colour as MEMBER_OF, drawn solid: same batch
      edge('5', 'MEMBER_OF', true),
      edge('6', 'FROZE_PARTICIPATION_IN'),
    ];
    const batches = batchEdges(edges);
    const byIds = batches.map((b) => b.edges.map((e) => e.id).sort());
    expect(byIds).toHaveLength(4);
    expect(byIds).toContainEqual(['1', '3', '4']);
    expect(byIds).toContainEqual(['2']);
    expect(byIds).toContainEqual(['5']);
    expect(byIds).toContainEqual(['6']);
    // Every edge in exactly one batch.
    expect(batches.flatMap((b) => b.edges.map((e) => e.id)).sort()).toEqual(['1', '2', '3', '4', '5', '6']);
    const member = batches.find((b) => b.edges.some((e) => e.id === '1'))!;
    expect(member).toMatchObject({ color: RELATION_LOOK.MEMBER_OF.color, dash: [], alpha: LAYER_ALPHA });
    expect(batches.find((b) => b.edges.some((e) => e.id === '5'))!.alpha).toBe(FAINT_ALPHA);
    expect(batches.find((b) => b.edges.some((e) => e.id === '6'))!.dash.length).toBeGreaterThan(0);
  });
  it('keeps dashes for a few types only, and draws faint and solid batches first', () => {
    const dashed = Object.entries(RELATION_LOOK).filter(([t, l]) => l.line !== 'solid' && DASHED_IN_LAYER.has(t));
    expect(dashed.length).toBe(DASHED_IN_LAYER.size);
    expect(DASHED_IN_LAYER.size).toBeLessThan(Object.values(RELATION_LOOK).filter((l) => l.line !== 'solid').length);
    const batches = batchEdges([edge('d', 'SEEKS_MEMBERSHIP_IN'), edge('s', 'SUPPORTS'), edge('f', 'SUPPORTS', true)]);
    expect(batches.map((b) => b.edges[0]!.id)).toEqual(['f', 's', 'd']);
  });
  it('separates widths (the states-only view draws weight as width)', () => {
    const b = batchEdges([{ ...edge('a', 'X'), width: 1 }, { ...edge('b', 'X'), width: 2 }, { ...edge('c', 'X'), width: 1 }]);
    expect(b.map((x) => x.edges.map((e) => e.id))).toEqual([['a', 'c'], ['b']]);
  });
});

describe('segmentDistance2', () => {
  it('measures to the nearest point of the segment, ends included', () => {
    expect(segmentDistance2(5, 3, 0, 0, 10, 0)).toBe(9);
    expect(segmentDistance2(-3, 4, 0, 0, 10, 0)).toBe(25);
    expect(segmentDistance2(1, 1, 2, 2, 2, 2)).toBe(2);
  });
});

describe('chooseRenderer', () => {
  it('tells software GL from a GPU', () => {
    expect(isHardwareGpu('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)')).toBe(false);
    expect(isHardwareGpu('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe(false);
    expect(isHardwareGpu(null)).toBe(false);
    expect(isHardwareGpu('ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0)')).toBe(true);
  });
  it('uses WebGL with a GPU, the layer without one, the setting when given, and the canvas for small graphs', () => {
    expect(chooseRenderer('auto', true, 'Mesa Intel(R) UHD Graphics 620')).toBe('webgl');
    expect(chooseRenderer('auto', true, 'SwiftShader')).toBe('layer');
    expect(chooseRenderer('canvas', true, 'Mesa Intel(R) UHD Graphics 620')).toBe('canvas');
    expect(chooseRenderer('layer', true, null)).toBe('layer');
    expect(chooseRenderer('webgl', false, 'NVIDIA')).toBe('canvas');
  });
});

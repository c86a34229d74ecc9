// Pictures of the view: PNG (painted like a video frame) and SVG (built from the elements), both
// with the title, date, legend and credit, at 1x, 2x or 4x; and the view's elements as
// Cytoscape JSON with their positions, so the picture can be rebuilt as it was laid out.
import type { Core } from 'cytoscape';
import { pictureLayout, type BurnIn, type Layout } from './burn-in.ts';
import { paintFrame } from './frame-painter.ts';
import { pictureSvg } from './picture-svg.ts';
import { layerOfCanvas } from '../graph/edge-layer.ts';

export const PICTURE_SCALES = [1, 2, 4] as const;
export type PictureScale = (typeof PICTURE_SCALES)[number];

/** The layout of a picture of the graph's container at this scale. */
export function viewLayout(cy: Core, scale: number): Layout {
  const c = cy.container();
  return pictureLayout(c?.clientWidth || cy.width(), c?.clientHeight || cy.height(), scale);
}

export async function picturePng(cy: Core, scale: number, burnIn: BurnIn): Promise<Blob> {
  const layout = viewLayout(cy, scale);
  const canvas = document.createElement('canvas');
  canvas.width = layout.width;
  canvas.height = layout.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('No 2D canvas available.');
  await paintFrame(ctx, layout, cy, burnIn);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The PNG came out empty.'))), 'image/png'));
}

export function pictureSvgBlob(cy: Core, scale: number, burnIn: BurnIn): Blob {
  return new Blob([pictureSvg(cy, viewLayout(cy, scale), burnIn)], { type: 'image/svg+xml' });
}

/** The drawn elements as Cytoscape JSON (positions kept), with the viewport, for cytoscape({ elements, zoom, pan }). */
export function viewCytoscapeJson(cy: Core, at: string): object {
  const drawn = cy.elements().filter((e) => e.visible() && e.effectiveOpacity() > 0.01);
  const nodes = drawn.nodes().map((n) => ({ group: 'nodes', data: n.data(), position: { ...n.position() }, classes: n.classes().join(' ') }));
  const edges = drawn.edges().map((e) => ({ group: 'edges', data: e.data(), classes: e.classes().join(' ') }));
  // A large graph's mass of edges is drawn by the batched layer, not held by Cytoscape.
  const canvas = cy.container()?.querySelector<HTMLCanvasElement>('canvas[data-id="edge-layer"]');
  const layer = canvas ? layerOfCanvas(canvas) : undefined;
  for (const e of layer?.list() ?? []) edges.push({ group: 'edges', data: { id: e.id, source: e.source, target: e.target, type: e.type }, classes: e.faint ? 'faded' : '' });
  return { at, zoom: cy.zoom(), pan: { ...cy.pan() }, elements: { nodes, edges } };
}

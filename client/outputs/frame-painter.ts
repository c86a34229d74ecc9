// Paints one picture of the view: the graph as Cytoscape draws it (at the picture's resolution,
// not the screen's), with extra canvas layers in their screen order (the batched edge layer
// under the nodes, repainted at the picture's scale), and the burn-in bands.
import type { Core } from 'cytoscape';
import { layerOfCanvas } from '../graph/edge-layer.ts';
import { drawBurnIn, fitInto, type BurnIn, type Ctx2D, type Layout } from './burn-in.ts';

interface Sized {
  width: number;
  height: number;
}

type Image = CanvasImageSource & Sized;

interface BufferRenderer {
  bufferCanvasImage?(options: { full: boolean; maxWidth: number; maxHeight: number; bg?: string }): HTMLCanvasElement;
}

/**
 * The current view of the graph as an image fitting maxW × maxH. Cytoscape's canvas renderer
 * draws it into a fresh canvas (what cy.png encodes); using that canvas directly skips a PNG
 * encode and decode per video frame. Other renderers get cy.png's blob.
 */
export async function graphImage(cy: Core, maxW: number, maxH: number): Promise<Image> {
  // No background: layers under the graph show through; the frame is filled white first.
  const opts = { full: false, maxWidth: Math.floor(maxW), maxHeight: Math.floor(maxH) };
  const renderer = (cy as unknown as { renderer?(): BufferRenderer }).renderer?.();
  if (renderer && typeof renderer.bufferCanvasImage === 'function') return renderer.bufferCanvasImage(opts);
  const blob = cy.png({ ...opts, output: 'blob' });
  return createImageBitmap(blob);
}

/** Canvases in the graph's container that Cytoscape does not own, split by whether they lie under its canvases or over them. */
export function extraLayers(cy: Core): { under: HTMLCanvasElement[]; over: HTMLCanvasElement[] } {
  const container = cy.container();
  const out = { under: [] as HTMLCanvasElement[], over: [] as HTMLCanvasElement[] };
  if (!container) return out;
  const all = [...container.querySelectorAll('canvas')];
  const own = (c: HTMLCanvasElement) => (c.dataset.id ?? '').startsWith('layer');
  const first = all.find(own);
  for (const c of all) {
    if (own(c) || c.width === 0 || c.height === 0) continue;
    // Later in the document paints later (the layers here share their stacking context's order).
    const under = first !== undefined && (c.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    (under ? out.under : out.over).push(c);
  }
  return out;
}

/** One extra layer on the picture: repainted at its scale when it can be, else its pixels stretched. */
function drawLayer(ctx: Ctx2D, cy: Core, layer: HTMLCanvasElement, at: { x: number; y: number; w: number; h: number }): void {
  const edges = layerOfCanvas(layer);
  if (!edges) {
    ctx.drawImage(layer, at.x, at.y, at.w, at.h);
    return;
  }
  ctx.save();
  ctx.beginPath();
  ctx.rect(at.x, at.y, at.w, at.h);
  ctx.clip();
  ctx.translate(at.x, at.y);
  ctx.scale(at.w / Math.max(1, cy.width()), at.h / Math.max(1, cy.height()));
  edges.paint(ctx);
  ctx.restore();
}

/** Paints the whole picture on ctx (sized layout.width × layout.height). */
export async function paintFrame(ctx: Ctx2D, layout: Layout, cy: Core, burnIn: BurnIn): Promise<void> {
  const img = await graphImage(cy, layout.graph.w, layout.graph.h);
  ctx.save();
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, layout.width, layout.height);
  const at = fitInto(img.width, img.height, layout.graph);
  const layers = extraLayers(cy);
  for (const layer of layers.under) drawLayer(ctx, cy, layer, at);
  ctx.drawImage(img, at.x, at.y, at.w, at.h);
  if ('close' in img && typeof img.close === 'function') img.close();
  for (const layer of layers.over) drawLayer(ctx, cy, layer, at);
  ctx.restore();
  drawBurnIn(ctx, layout, burnIn);
}

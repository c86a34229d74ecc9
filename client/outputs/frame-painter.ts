// Paints one picture of the view: the graph as Cytoscape draws it (at the picture's resolution,
// not the screen's), any extra canvas layers laid over the graph, and the burn-in bands.
import type { Core } from 'cytoscape';
import { drawBurnIn, fitInto, type BurnIn, type Ctx2D, type Layout } from './burn-in.ts';

interface Sized {
  width: number;
  height: number;
}

type Image = CanvasImageSource & Sized;

interface BufferRenderer {
  bufferCanvasImage?(options: { full: boolean; maxWidth: number; maxHeight: number; bg: string }): HTMLCanvasElement;
}

/**
 * The current view of the graph as an image fitting maxW × maxH. Cytoscape's canvas renderer
 * draws it into a fresh canvas (what cy.png encodes); using that canvas directly skips a PNG
 * encode and decode per video frame. Other renderers get cy.png's blob.
 */
export async function graphImage(cy: Core, maxW: number, maxH: number): Promise<Image> {
  const opts = { full: false, maxWidth: Math.floor(maxW), maxHeight: Math.floor(maxH), bg: '#ffffff' };
  const renderer = (cy as unknown as { renderer?(): BufferRenderer }).renderer?.();
  if (renderer && typeof renderer.bufferCanvasImage === 'function') return renderer.bufferCanvasImage(opts);
  const blob = cy.png({ ...opts, output: 'blob' });
  return createImageBitmap(blob);
}

/** Canvases in the graph's container that Cytoscape does not own (layers other views add on top). */
export function extraLayers(cy: Core): HTMLCanvasElement[] {
  const container = cy.container();
  if (!container) return [];
  return [...container.querySelectorAll('canvas')].filter((c) => !(c.dataset.id ?? '').startsWith('layer') && c.width > 0 && c.height > 0);
}

/** Paints the whole picture on ctx (sized layout.width × layout.height). */
export async function paintFrame(ctx: Ctx2D, layout: Layout, cy: Core, burnIn: BurnIn): Promise<void> {
  const img = await graphImage(cy, layout.graph.w, layout.graph.h);
  ctx.save();
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, layout.width, layout.height);
  const at = fitInto(img.width, img.height, layout.graph);
  ctx.drawImage(img, at.x, at.y, at.w, at.h);
  if ('close' in img && typeof img.close === 'function') img.close();
  for (const layer of extraLayers(cy)) ctx.drawImage(layer, at.x, at.y, at.w, at.h);
  ctx.restore();
  drawBurnIn(ctx, layout, burnIn);
}

// Which edges of a large graph the batched layer draws, and in which batch: pure, so the
// split is unit-tested. One batch is one beginPath … stroke (RENDERING.md: fewer, larger draw
// calls win; dashes cost about four times a solid line, so only a few types keep them).
import { lookOf } from './style.ts';

/** Types whose meaning is in the dash even at world scale; every other type is told by colour. */
export const DASHED_IN_LAYER: ReadonlySet<string> = new Set(['FROZE_PARTICIPATION_IN', 'SEEKS_MEMBERSHIP_IN']);

/** Classes an edge may carry and still be drawn in the layer; any other one needs a real Cytoscape edge. */
const LAYER_OK: ReadonlySet<string> = new Set(['event', 'faded', 'dimmed']);

export type EdgePlace = 'none' | 'layer' | 'cytoscape';

/**
 * Where an edge with these classes (style.ts edgeClasses) is drawn: not at all (hidden), in
 * the layer, or as a real Cytoscape edge on top (selected, on a path, lit, compared: the few
 * edges that need events and underlays at that moment). A focus's own neighbourhood stays
 * real too (`near`), so its edges can be clicked.
 */
export function placeOf(classes: readonly string[], near: boolean): EdgePlace {
  if (classes.includes('hidden')) return 'none';
  if (near) return 'cytoscape';
  return classes.every((c) => LAYER_OK.has(c)) ? 'layer' : 'cytoscape';
}

export interface LayerEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  /** Set back (a focus elsewhere, or an analysis overlay lit elsewhere). */
  faint: boolean;
  /** Line width in model units; the states-only view uses it for a link's weight. */
  width?: number;
}

export interface Batch {
  key: string;
  color: string;
  dash: readonly number[];
  alpha: number;
  width: number;
  edges: LayerEdge[];
}

/** Full and set-back opacities of layer edges (the large-graph style draws edges at 0.35). */
export const LAYER_ALPHA = 0.35;
export const FAINT_ALPHA = 0.08;

/** What one stroke shares (a batch without its edges), and its key. */
export function batchLook(e: LayerEdge): Omit<Batch, 'edges'> {
  const look = lookOf(e.type);
  const dash = DASHED_IN_LAYER.has(e.type) ? [6, 4] : [];
  const alpha = e.faint ? FAINT_ALPHA : LAYER_ALPHA;
  const width = e.width ?? 1;
  return { key: `${look.color}|${dash.join(',')}|${alpha}|${width}`, color: look.color, dash, alpha, width };
}

/** The order batches are stroked in: solid first and faint first, so the brighter and the dashed lie on top. */
export function batchOrder(a: Omit<Batch, 'edges'>, b: Omit<Batch, 'edges'>): number {
  return a.alpha - b.alpha || a.dash.length - b.dash.length || (a.key < b.key ? -1 : 1);
}

/** Groups edges by what one stroke can share: colour, dash, opacity and width. */
export function batchEdges(edges: Iterable<LayerEdge>): Batch[] {
  const out = new Map<string, Batch>();
  for (const e of edges) {
    const look = batchLook(e);
    let b = out.get(look.key);
    if (!b) {
      b = { ...look, edges: [] };
      out.set(look.key, b);
    }
    b.edges.push(e);
  }
  return [...out.values()].sort(batchOrder);
}

/** Squared distance from p to the segment a–b. */
export function segmentDistance2(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  const x = ax + t * dx - px;
  const y = ay + t * dy - py;
  return x * x + y * y;
}

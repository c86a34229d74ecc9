// The batched edge layer of large-graph mode: one canvas under Cytoscape's own, with
// Cytoscape's pan and zoom as its transform, stroking the mass of edges in one path per batch
// (edge-batches.ts), redrawn at most once per animation frame on viewport changes and on
// slider steps. Cytoscape keeps the nodes, labels, events and the few edges that need them.
import type { Core } from 'cytoscape';
import { CHANGE_GHOST, CHANGE_GLOW, type MarkedEdge } from './change-marks.ts';
import { batchLook, batchOrder, segmentDistance2, type Batch, type LayerEdge } from './edge-batches.ts';

/** A batch kept between frames: an edge moves between batches as it changes, never a regrouping of all. */
type LiveBatch = Omit<Batch, 'edges'> & { edges: Map<string, LayerEdge> };

type Point = { x: number; y: number };
type Ctx = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** The layer drawn on a canvas, so a picture can paint it again at its own scale (outputs/). */
const layers = new WeakMap<HTMLCanvasElement, EdgeLayer>();

export function layerOfCanvas(canvas: HTMLCanvasElement): EdgeLayer | undefined {
  return layers.get(canvas);
}

export class EdgeLayer {
  readonly canvas: HTMLCanvasElement;
  private readonly edges = new Map<string, LayerEdge>();
  private frame = 0;
  /** Batches and node positions are kept between frames: a pan or zoom frame only strokes. */
  private readonly live = new Map<string, LiveBatch>();
  private readonly keyOf = new Map<string, string>();
  private order: LiveBatch[] | null = null;
  private pos: Map<string, Point> | null = null;
  /** How many times the layer has been drawn (tests wait on it, never on time). */
  draws = 0;
  /** The last step's change marks: relations that began glow under the mass, ended ones stay as ghosts over it. */
  private marks: { began: MarkedEdge[]; ended: MarkedEdge[] } = { began: [], ended: [] };

  constructor(private readonly cy: Core) {
    this.canvas = document.createElement('canvas');
    this.canvas.dataset.id = 'edge-layer';
    layers.set(this.canvas, this);
    Object.assign(this.canvas.style, { position: 'absolute', left: '0', top: '0', zIndex: '0', pointerEvents: 'none' });
    // Cytoscape's canvases sit in one positioned div (z-index 1 and up): go under them.
    const host = cy.container()?.querySelector('canvas')?.parentElement ?? cy.container();
    host?.prepend(this.canvas);
    cy.on('viewport resize', () => this.schedule());
    cy.on('position', 'node', () => {
      this.pos = null;
      this.schedule();
    });
  }

  /** Puts an edge in the layer (or takes it out with null); the caller schedules a draw. */
  set(id: string, edge: LayerEdge | null): void {
    const was = this.edges.get(id);
    if (edge && was && was.faint === edge.faint && was.width === edge.width && was.type === edge.type && was.source === edge.source && was.target === edge.target) return;
    if (was) {
      const key = this.keyOf.get(id)!;
      const b = this.live.get(key)!;
      b.edges.delete(id);
      if (b.edges.size === 0) {
        this.live.delete(key);
        this.order = null;
      }
      this.keyOf.delete(id);
      this.edges.delete(id);
    }
    if (!edge) return;
    this.edges.set(id, edge);
    const look = batchLook(edge);
    let b = this.live.get(look.key);
    if (!b) {
      b = { ...look, edges: new Map() };
      this.live.set(look.key, b);
      this.order = null;
    }
    b.edges.set(id, edge);
    this.keyOf.set(id, look.key);
  }

  clear(): void {
    this.edges.clear();
    this.live.clear();
    this.keyOf.clear();
    this.order = null;
  }

  /** Sets the change marks (change-marks.ts); the caller schedules a draw. */
  setMarks(began: readonly MarkedEdge[], ended: readonly MarkedEdge[]): void {
    this.marks = { began: [...began], ended: [...ended] };
  }

  /** The ids marked as begun and as ended, for tests. */
  markedIds(): { began: string[]; ended: string[] } {
    return { began: this.marks.began.map((e) => e.id), ended: this.marks.ended.map((e) => e.id) };
  }

  /** The ids the layer draws, for tests and exports. */
  ids(): string[] {
    return [...this.edges.keys()];
  }

  list(): LayerEdge[] {
    return [...this.edges.values()];
  }

  private ordered(): LiveBatch[] {
    return (this.order ??= [...this.live.values()].sort(batchOrder));
  }

  /** The batches as drawn (one stroke each, in order), for exports. */
  batched(): Batch[] {
    return this.ordered().map((b) => ({ ...b, edges: [...b.edges.values()] }));
  }

  /** Node positions in model coordinates. */
  positions(): ReadonlyMap<string, Point> {
    if (!this.pos) {
      const out = new Map<string, Point>();
      this.cy.nodes().forEach((n) => {
        out.set(n.id(), n.position());
      });
      this.pos = out;
    }
    return this.pos;
  }

  schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  /** Draws now (also what PNG export calls, so the picture is current). */
  draw(): void {
    const ratio = window.devicePixelRatio || 1;
    const w = this.cy.width();
    const h = this.cy.height();
    if (this.canvas.width !== Math.round(w * ratio) || this.canvas.height !== Math.round(h * ratio)) {
      this.canvas.width = Math.round(w * ratio);
      this.canvas.height = Math.round(h * ratio);
      this.canvas.style.width = `${w}px`;
      this.canvas.style.height = `${h}px`;
    }
    const ctx = this.canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    this.paint(ctx);
    this.draws++;
  }

  /** Strokes the batches on ctx, whose current transform maps the container's pixels to the target. */
  paint(ctx: Ctx): void {
    const zoom = this.cy.zoom();
    const pan = this.cy.pan();
    ctx.save();
    ctx.transform(zoom, 0, 0, zoom, pan.x, pan.y);
    const pos = this.positions();
    // Only what crosses the view is stroked: zoomed in, most edges lie outside.
    const x1 = -pan.x / zoom;
    const y1 = -pan.y / zoom;
    const x2 = x1 + this.cy.width() / zoom;
    const y2 = y1 + this.cy.height() / zoom;
    ctx.lineCap = 'butt';
    const path = (edges: Iterable<MarkedEdge>): void => {
      ctx.beginPath();
      for (const e of edges) {
        const s = pos.get(e.source);
        const t = pos.get(e.target);
        if (!s || !t) continue;
        if ((s.x < x1 && t.x < x1) || (s.x > x2 && t.x > x2) || (s.y < y1 && t.y < y1) || (s.y > y2 && t.y > y2)) continue;
        ctx.moveTo(s.x, s.y);
        ctx.lineTo(t.x, t.y);
      }
    };
    // A glow under what began (as Cytoscape's underlay does for its own edges), a few pixels wide.
    if (this.marks.began.length) {
      path(this.marks.began);
      ctx.strokeStyle = CHANGE_GLOW;
      ctx.globalAlpha = 0.7;
      ctx.lineWidth = 6 / zoom;
      ctx.setLineDash([]);
      ctx.stroke();
    }
    for (const b of this.ordered()) {
      path(b.edges.values());
      ctx.strokeStyle = b.color;
      ctx.globalAlpha = b.alpha;
      // At least a pixel on screen when zoomed out, or the lines vanish.
      ctx.lineWidth = Math.max(b.width, 1 / zoom);
      ctx.setLineDash(b.dash.map((d) => d / zoom));
      ctx.stroke();
    }
    // What ended stays a moment as a dashed grey ghost over the rest.
    if (this.marks.ended.length) {
      path(this.marks.ended);
      ctx.strokeStyle = CHANGE_GHOST;
      ctx.globalAlpha = 0.8;
      ctx.lineWidth = 1.5 / zoom;
      ctx.setLineDash([6 / zoom, 4 / zoom]);
      ctx.stroke();
    }
    ctx.restore();
  }

  /**
   * The layer edge nearest a rendered (screen) point within `tolerancePx`, or null. A pass
   * over the layer's edges: about 12,000 segment tests, well under a millisecond, so no grid.
   */
  pick(x: number, y: number, tolerancePx = 4): string | null {
    const zoom = this.cy.zoom();
    const pan = this.cy.pan();
    const mx = (x - pan.x) / zoom;
    const my = (y - pan.y) / zoom;
    const tol = tolerancePx / zoom;
    const pos = this.positions();
    let best: string | null = null;
    let bestD = tol * tol;
    for (const e of this.edges.values()) {
      const a = pos.get(e.source);
      const b = pos.get(e.target);
      if (!a || !b) continue;
      const d = segmentDistance2(mx, my, a.x, a.y, b.x, b.y);
      if (d <= bestD) {
        bestD = d;
        best = e.id;
      }
    }
    return best;
  }

  destroy(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    layers.delete(this.canvas);
    this.canvas.remove();
  }
}

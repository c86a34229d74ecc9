// The batched edge layer of large-graph mode: one canvas under Cytoscape's own, with
// Cytoscape's pan and zoom as its transform, stroking the mass of edges in one path per batch
// (edge-batches.ts), redrawn at most once per animation frame on viewport changes and on
// slider steps. Cytoscape keeps the nodes, labels, events and the few edges that need them.
import type { Core } from 'cytoscape';
import { batchEdges, segmentDistance2, type LayerEdge } from './edge-batches.ts';

export class EdgeLayer {
  readonly canvas: HTMLCanvasElement;
  private readonly edges = new Map<string, LayerEdge>();
  private frame = 0;
  /** How many times the layer has been drawn (tests wait on it, never on time). */
  draws = 0;

  constructor(private readonly cy: Core) {
    this.canvas = document.createElement('canvas');
    this.canvas.dataset.id = 'edge-layer';
    Object.assign(this.canvas.style, { position: 'absolute', left: '0', top: '0', zIndex: '0', pointerEvents: 'none' });
    // Cytoscape's canvases sit in one positioned div (z-index 1 and up): go under them.
    const host = cy.container()?.querySelector('canvas')?.parentElement ?? cy.container();
    host?.prepend(this.canvas);
    cy.on('viewport resize', () => this.schedule());
    cy.on('position', 'node', () => this.schedule());
  }

  /** Puts an edge in the layer (or takes it out with null); the caller schedules a draw. */
  set(id: string, edge: LayerEdge | null): void {
    if (edge) this.edges.set(id, edge);
    else this.edges.delete(id);
  }

  clear(): void {
    this.edges.clear();
  }

  /** The ids the layer draws, for tests and exports. */
  ids(): string[] {
    return [...this.edges.keys()];
  }

  list(): LayerEdge[] {
    return [...this.edges.values()];
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
    const zoom = this.cy.zoom();
    const pan = this.cy.pan();
    ctx.setTransform(ratio * zoom, 0, 0, ratio * zoom, ratio * pan.x, ratio * pan.y);
    const pos = this.positions();
    ctx.lineCap = 'butt';
    for (const b of batchEdges(this.edges.values())) {
      ctx.beginPath();
      for (const e of b.edges) {
        const s = pos.get(e.source);
        const t = pos.get(e.target);
        if (!s || !t) continue;
        ctx.moveTo(s.x, s.y);
        ctx.lineTo(t.x, t.y);
      }
      ctx.strokeStyle = b.color;
      ctx.globalAlpha = b.alpha;
      // At least a pixel on screen when zoomed out, or the lines vanish.
      ctx.lineWidth = Math.max(b.width, 1 / zoom);
      ctx.setLineDash(b.dash.map((d) => d / zoom));
      ctx.stroke();
    }
    ctx.globalAlpha = 1;
    ctx.setLineDash([]);
    this.draws++;
  }

  private positions(): Map<string, { x: number; y: number }> {
    const out = new Map<string, { x: number; y: number }>();
    this.cy.nodes().forEach((n) => {
      out.set(n.id(), n.position());
    });
    return out;
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
    let best: string | null = null;
    let bestD = tol * tol;
    for (const e of this.edges.values()) {
      const s = this.cy.getElementById(e.source);
      const t = this.cy.getElementById(e.target);
      if (s.empty() || t.empty()) continue;
      const a = s.position();
      const b = t.position();
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
    this.canvas.remove();
  }
}

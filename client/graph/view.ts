// The network view: builds the Cytoscape core once from the temporal payload, places the
// actors at the positions the server stored (layout.ts runs fCoSE only for a payload without
// them), and then only toggles classes (inside one cy.batch()) as the date, filters,
// selection or overlays change.
import cytoscape, { type Core, type EventObject } from 'cytoscape';
import type { Relation, TemporalPayload } from '../api/client.ts';
import type { Settings } from '../settings.ts';
import { changeMarkStyle } from './change-marks.ts';
import { drawableRelations, edgeElement, nodeElements } from './elements.ts';
import { layoutGraph, storedPositions } from './layout.ts';
import type { Snapshot } from '../snapshot.ts';
import type { ViewState } from '../state/view-state.ts';
import { edgeClasses, largeGraphStyle, nodeClasses, orgSize, stylesheet, viewOf, type ElementView, type Overlay } from './style.ts';
import { EdgeLayer } from './edge-layer.ts';
import { fitViewport } from './camera.ts';
import { placeOf } from './edge-batches.ts';
import { chooseRenderer, detectGpuRenderer, type RendererName } from './renderer.ts';
import type { StateLink } from './projection.ts';

export interface GraphHandlers {
  onActor(id: string): void;
  onRelation(id: string): void;
  onBackground(): void;
  onHover(target: { kind: 'node' | 'edge'; id: string } | null, x: number, y: number): void;
  onPathEnd?(id: string): void;
}

export class GraphView {
  readonly cy: Core;

  constructor(container: HTMLElement, payload: Pick<TemporalPayload, 'actors' | 'relations'> & Partial<Pick<TemporalPayload, 'positions'>>, handlers: GraphHandlers, private readonly settings: Settings) {
    this.relations = drawableRelations(payload);
    // Placed at the stored positions from the start (a 'preset' without a fit): Cytoscape's
    // default grid layout and its fit cost seconds of a world's first drawing for nothing.
    const stored = payload.positions && Object.keys(payload.positions).length > 0 ? payload.positions : null;
    const at = stored ? storedPositions(payload.actors.map((a) => a.id), stored, payload.relations) : null;
    const nodes = nodeElements(payload).map((n) => (at ? { ...n, position: at[n.data.id as string] } : n));
    this.large = nodes.length + this.relations.length > settings.largeGraph;
    // Asking the GPU's name costs a WebGL context: only when the choice depends on it.
    this.renderer = chooseRenderer(settings.renderer, this.large, this.large && settings.renderer === 'auto' ? detectGpuRenderer() : null);
    // With the batched layer, Cytoscape holds the nodes only: an edge is added when it needs
    // events or a look of its own (applyLayered), the mass is drawn from the snapshot. Twenty
    // thousand hidden edges cost most of a first drawing and a class pass at every step.
    const layered = this.renderer === 'layer';
    this.cy = cytoscape({
      container,
      elements: layered ? nodes : [...nodes, ...this.relations.map((r) => edgeElement(r))],
      style: this.large ? [...this.sheet(), ...largeGraphStyle()] : this.sheet(),
      // Cytoscape's canvas alone leaves a world's edges out while panning; with the layer
      // its own edges are the few interactive ones. Labels of hundreds of nodes are what a
      // pan or zoom frame would draw otherwise: they wait until the viewport rests.
      ...(this.large ? { renderer: { name: 'canvas', webgl: this.renderer === 'webgl' }, hideEdgesOnViewport: !layered, hideLabelsOnViewport: true } : {}),
      layout: { name: 'preset', fit: false },
      minZoom: 0.15,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: 'single',
    });
    this.allNodes = this.cy.nodes();
    if (this.renderer === 'layer') this.layer = new EdgeLayer(this.cy);
    if (!at) layoutGraph(this.cy, this.large, settings.largeLayoutTies, this.relations);
    // Small graphs keep labels readable at any zoom; a large one shows them only zoomed in
    // (hundreds of names over each other tell nothing).
    if (!this.large) {
      this.cy.on('zoom', () => this.scheduleLabelSize());
      this.applyLabelSize();
    }
    // The container changes size with the window and the panels; keep the canvas in step.
    new ResizeObserver(() => this.cy.resize()).observe(container);
    this.cy.on('tap', 'node', (e: EventObject) => handlers.onActor(e.target.id()));
    this.cy.on('tap', 'edge', (e: EventObject) => handlers.onRelation(e.target.id()));
    this.cy.on('tap', (e: EventObject) => {
      if (e.target !== this.cy) return;
      // A click on the background may be a click on an edge of the layer.
      const p = e.renderedPosition;
      const hit = p && this.layer && !this.projection ? this.layer.pick(p.x, p.y) : null;
      if (hit) handlers.onRelation(hit);
      else handlers.onBackground();
    });
    // Hover over the layer's edges, at most once a frame.
    let hoverFrame = 0;
    this.cy.on('mousemove', (e: EventObject) => {
      if (e.target !== this.cy || !this.layer || this.projection || hoverFrame) return;
      const p = e.renderedPosition ?? { x: 0, y: 0 };
      hoverFrame = requestAnimationFrame(() => {
        hoverFrame = 0;
        const hit = this.layer?.pick(p.x, p.y) ?? null;
        handlers.onHover(hit ? { kind: 'edge', id: hit } : null, p.x, p.y);
      });
    });
    this.cy.on('mouseover', 'node, edge', (e: EventObject) => {
      const p = e.renderedPosition ?? { x: 0, y: 0 };
      handlers.onHover({ kind: e.target.isNode() ? 'node' : 'edge', id: e.target.id() }, p.x, p.y);
    });
    this.cy.on('mousemove', 'node, edge', (e: EventObject) => {
      const p = e.renderedPosition ?? { x: 0, y: 0 };
      handlers.onHover({ kind: e.target.isNode() ? 'node' : 'edge', id: e.target.id() }, p.x, p.y);
    });
    this.cy.on('mouseout', 'node, edge', () => handlers.onHover(null, 0, 0));
    // Right-click (or long-press) on an actor: an end of a path.
    this.cy.on('cxttap', 'node', (e: EventObject) => handlers.onPathEnd?.(e.target.id()));
    this.cy.on('viewport', () => handlers.onHover(null, 0, 0));
  }

  /** The stylesheet with this page's fade length (none with transitions off). */
  private sheet() {
    return [...stylesheet(this.settings.transitions ? this.settings.fadeMs : 0), ...changeMarkStyle()];
  }

  private labelFrame = 0;

  private scheduleLabelSize(): void {
    if (this.labelFrame) return;
    this.labelFrame = requestAnimationFrame(() => {
      this.labelFrame = 0;
      this.applyLabelSize();
    });
  }

  /** Keeps labels readable when zoomed out: at least ~11px on screen, growing gently with zoom. */
  private applyLabelSize(): void {
    const z = this.cy.zoom();
    const screen = Math.min(16, Math.max(11.5, 12 * z));
    const size = Math.round((screen / z) * 10) / 10;
    if (size === this.labelSize) return;
    this.labelSize = size;
    this.cy.style().selector('node').style({ 'font-size': size }).selector('node[kind = "organization"]').style({ 'font-size': size }).update();
  }

  private labelSize = 0;
  readonly large: boolean;
  /** The relations with both ends among the actors, in payload order. */
  private readonly relations: Relation[];
  /** What draws this graph (graph/renderer.ts). */
  readonly renderer: RendererName;
  /** The batched edge layer: with the 'layer' renderer, or made when the states-only view needs it. */
  layer: EdgeLayer | null = null;
  /** The states-only links drawn in the layer, or null when the usual graph is shown. */
  private projection: readonly StateLink[] | null = null;

  /** The layer while it draws relations (not the states-only view's links), for change marks. */
  relationLayer(): EdgeLayer | null {
    return this.projection ? null : this.layer;
  }
  private readonly allNodes: cytoscape.NodeCollection;

  /** The classes last given to each element, so an unchanged one is not restyled. */
  private readonly shownClasses = new Map<string, string>();
  private lastKey: string | null = null;

  /**
   * Shows the snapshot: one batch of class and size changes, never a rebuild, and only for
   * elements whose classes differ. When only the date moved since the last call and nothing
   * is overlaid, the edges checked are those of the relations that changed; the (few) nodes
   * are always checked.
   */
  apply(snapshot: Snapshot, state: ViewState, overlay: Overlay = {}, changed: readonly Relation[] | null = null, projection: readonly StateLink[] | null = null): void {
    const view = viewOf(snapshot, state);
    const plain = !overlay.path && !overlay.highlight && !overlay.compare && !overlay.sizes && !projection && !this.projection;
    // Whether the focus is drawn decides what fades everywhere, so it is part of the key.
    // The camera, the open panel and the like decide nothing drawn here: a pan that turns
    // Follow off or puts the camera in the URL must not cost a pass over every relation.
    const key = plain ? JSON.stringify({ ...state, at: null, camera: null, follow: null, panel: null, groups: null, cypher: null, cypherParams: null, shifts: null, near: view.near !== null }) : null;
    const incremental = key !== null && key === this.lastKey && changed !== null;
    this.lastKey = key;
    const setClasses = (el: cytoscape.SingularElementArgument, classes: string[]) => {
      const text = classes.join(' ');
      if (this.shownClasses.get(el.id()) === text) return;
      this.shownClasses.set(el.id(), text);
      el.classes(text);
    };
    if (projection && !this.layer) this.layer = new EdgeLayer(this.cy);
    // Leaving the states-only view: the layer holds links, not relations; refill it.
    if (this.projection && !projection) this.layer?.clear();
    this.projection = projection;
    this.cy.batch(() => {
      // Nodes are few: always checked (their existence has dates of its own).
      this.allNodes.forEach((n) => {
        const classes = nodeClasses(n.id(), view, state, overlay);
        // States only: organizations are what the links stand for, not drawn themselves.
        if (projection && n.data('kind') !== 'state' && !classes.includes('hidden')) classes.push('hidden');
        setClasses(n, classes);
        // A large graph keeps organizations at their largest size: resizing hundreds of them
        // (and every edge they touch) at each step cost about a third of the step.
        if (n.data('kind') === 'organization' && !this.large) {
          const size = orgSize(snapshot.memberCount.get(n.id()) ?? 0);
          if (n.data('size') !== size) n.data('size', size);
        }
        const csize = overlay.sizes?.get(n.id());
        if (csize !== undefined && n.data('csize') !== csize) n.data('csize', csize);
      });
      if (this.renderer === 'layer') this.applyLayered(view, state, overlay, incremental ? changed : null, projection !== null);
      else this.applyEdges(view, state, overlay, incremental ? changed : null, projection !== null, setClasses);
    });
    if (projection && this.layer) {
      this.layer.clear();
      for (const l of projection) this.layer.set(`${l.a}~${l.b}`, { id: `${l.a}~${l.b}`, source: l.a, target: l.b, type: 'SHARED_MEMBERSHIP', faint: false, width: linkWidth(l.weight) });
    }
    this.layer?.schedule();
  }

  /** Cytoscape holds every relation (canvas and WebGL renderers): classes say what is drawn. */
  private applyEdges(view: ElementView, state: ViewState, overlay: Overlay, changed: readonly Relation[] | null, projected: boolean, setClasses: (el: cytoscape.SingularElementArgument, classes: string[]) => void): void {
    const edges = changed ? changed.map((r) => this.cy.getElementById(r.id)).filter((e) => e.nonempty()) : this.cy.edges().toArray();
    for (const e of edges) setClasses(e, projected ? ['hidden'] : edgeClasses(e.id(), e.data('event') === true, view, state, overlay));
  }

  /**
   * The batched layer draws every relation shown that needs nothing of its own; the few that
   * do (chosen, on a path, lit, compared, near the focus) become real Cytoscape edges on top,
   * and leave Cytoscape again when they no longer need it. `changed` (a date step with nothing
   * overlaid) limits the pass to the relations whose activity changed.
   */
  private applyLayered(view: ElementView, state: ViewState, overlay: Overlay, changed: readonly Relation[] | null, projected: boolean): void {
    const layer = (this.layer ??= new EdgeLayer(this.cy));
    const gone: string[] = [];
    if (projected) {
      for (const id of this.real) gone.push(id);
    } else {
      const adds: cytoscape.ElementDefinition[] = [];
      for (const r of changed ?? this.relations) {
        if (!this.drawable.has(r.id)) continue;
        const classes = edgeClasses(r.id, r.event === true, view, state, overlay);
        const place = placeOf(classes, view.near?.has(r.id) ?? false);
        if (place === 'layer') {
          const faint = classes.includes('faded') || classes.includes('dimmed');
          layer.set(r.id, { id: r.id, source: r.source, target: r.target, type: r.type, faint });
        } else layer.set(r.id, null);
        if (place !== 'cytoscape') {
          if (this.real.has(r.id)) gone.push(r.id);
          continue;
        }
        const text = classes.join(' ');
        if (!this.real.has(r.id)) {
          adds.push(edgeElement(r, classes));
          this.real.add(r.id);
        } else if (this.shownClasses.get(r.id) !== text) this.cy.getElementById(r.id).classes(text);
        this.shownClasses.set(r.id, text);
      }
      if (adds.length) this.cy.add(adds);
    }
    for (const id of gone) {
      this.real.delete(id);
      this.shownClasses.delete(id);
      this.cy.getElementById(id).remove();
    }
  }

  /** With the batched layer: the relations that are real Cytoscape edges now. */
  private readonly real = new Set<string>();
  private drawableIds: Set<string> | null = null;
  private get drawable(): Set<string> {
    return (this.drawableIds ??= new Set(this.relations.map((r) => r.id)));
  }

  private instant = false;
  private restoreTimer = 0;

  /**
   * The slider is being dragged: fades would only trail behind the hand, so they are off
   * until it rests for a moment (large graphs never fade).
   */
  scrubbing(): void {
    if (this.large || !this.settings.transitions) return;
    window.clearTimeout(this.restoreTimer);
    this.restoreTimer = window.setTimeout(() => this.setInstant(false), this.settings.scrubRestMs);
    if (!this.instant) this.setInstant(true);
  }

  private setInstant(on: boolean): void {
    this.instant = on;
    this.cy.style(on ? [...this.sheet(), { selector: 'node, edge', style: { 'transition-property': 'none' } }] : this.sheet());
    // The label size is a rule added to the stylesheet: put it back.
    this.labelSize = 0;
    this.applyLabelSize();
  }

  /** Fits the elements active at the date (or all, when none are). */
  fit(animate = true): void {
    const visible = this.cy.elements().not('.hidden');
    const target = visible.nonempty() ? visible : this.cy.elements();
    this.cy.stop();
    const before = { zoom: this.cy.zoom(), pan: { ...this.cy.pan() } };
    const c = this.cy.container();
    if (this.large && c) {
      // Names are not drawn zoomed out: fit the actors' shapes without measuring hundreds of names.
      this.cy.viewport(fitViewport(target.boundingBox({ includeLabels: false }), c.clientWidth, c.clientHeight, 40, this.cy.minZoom(), this.settings.maxFitZoom));
    } else {
      this.cy.fit(target, 40);
      // A handful of nodes would otherwise be blown up to fill the screen.
      const zoom = Math.min(this.cy.zoom(), this.settings.maxFitZoom);
      this.cy.zoom(zoom);
      this.cy.center(target);
    }
    const end = { zoom: this.cy.zoom(), pan: { ...this.cy.pan() } };
    if (animate && this.settings.transitions) {
      this.cy.viewport(before);
      this.cy.animate(end, { duration: this.settings.fitMs });
    }
  }

  zoomBy(factor: number): void {
    const c = this.cy.container();
    const w = c?.clientWidth ?? 0;
    const h = c?.clientHeight ?? 0;
    this.cy.zoom({ level: this.cy.zoom() * factor, renderedPosition: { x: w / 2, y: h / 2 } });
  }

  /** Pans to an actor (zooming in a little if far out) and marks it briefly. */
  centreOn(id: string): boolean {
    const n = this.cy.getElementById(id);
    if (n.empty()) return false;
    const to = { center: { eles: n }, zoom: Math.max(this.cy.zoom(), 1.1) };
    if (this.settings.transitions) this.cy.animate(to, { duration: this.settings.centreMs });
    else {
      this.cy.zoom(to.zoom);
      this.cy.center(n);
    }
    n.addClass('found');
    window.setTimeout(() => n.removeClass('found'), this.settings.foundMs);
    return true;
  }

  /** Keeps Cytoscape's own selection in step with the view state's. */
  select(id: string | null): void {
    if (id === this.selectedId) return;
    this.selectedId = id;
    this.cy.batch(() => {
      // Asking the core for ':selected' would walk every element: keep the one we chose.
      this.cy.elements(':selected').unselect();
      if (id) this.cy.getElementById(id).select();
    });
  }

  private selectedId: string | null | undefined = undefined;

  resize(): void {
    this.cy.resize();
  }
}

/** A states-only link's width in model units: grows with the log of the organizations shared, few distinct widths (few batches). */
export function linkWidth(weight: number): number {
  return 0.5 + Math.floor(Math.log2(Math.max(1, weight)));
}

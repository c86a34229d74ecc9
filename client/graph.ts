// The network view: builds the Cytoscape core once from the temporal payload, places the
// actors at the positions the server stored (fCoSE only for a payload without them), and
// then only toggles classes (inside one cy.batch()) as the date, filters or selection change.
import cytoscape, { type Core, type EventObject } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { placeNew } from '../server/layout/place-new.ts';
import type { Relation, TemporalPayload } from './api.ts';
import { toElements } from './elements.ts';
import type { Snapshot } from './snapshot.ts';
import type { ViewState } from './state.ts';
import { edgeClasses, largeGraphStyle, nodeClasses, orgSize, stylesheet, viewOf, type Overlay } from './style.ts';

cytoscape.use(fcose);

const MAX_FIT_ZOOM = 1.3;

/**
 * Runs a layout with Math.random seeded: fCoSE starts from random positions and has no seed
 * option, and the same data should look the same at every load (and in every screenshot).
 */
function seeded<T>(run: () => T): T {
  const rng = xoroshiro128plus(20_021_007);
  const saved = Math.random;
  Math.random = () => uniformInt(rng, 0, 0x3fffffff) / 0x40000000;
  try {
    return run();
  } finally {
    Math.random = saved;
  }
}
/** Above this many elements the graph is drawn the large-graph way (simpler edges, quicker layout). */
const LARGE_GRAPH = 5000;
/** How long the slider rests before fades come back after a drag. */
const SCRUB_REST_MS = 400;
/** How many of its strongest ties each actor brings to the large-graph layout. */
const LARGE_LAYOUT_TIES = 3;

export interface GraphHandlers {
  onActor(id: string): void;
  onRelation(id: string): void;
  onBackground(): void;
  onHover(target: { kind: 'node' | 'edge'; id: string } | null, x: number, y: number): void;
  onPathEnd?(id: string): void;
}

export class GraphView {
  readonly cy: Core;

  constructor(container: HTMLElement, payload: Pick<TemporalPayload, 'actors' | 'relations'> & Partial<Pick<TemporalPayload, 'positions'>>, handlers: GraphHandlers) {
    const elements = toElements(payload);
    this.large = elements.length > LARGE_GRAPH;
    this.cy = cytoscape({
      container,
      elements,
      style: this.large ? [...stylesheet(), ...largeGraphStyle()] : stylesheet(),
      // A world-sized graph leaves edges out while panning. WebGL is opt-in (?webgl=1): with
      // software rendering (no GPU) it measured slower than the canvas (README, Benchmark).
      ...(this.large ? { renderer: { name: 'canvas', webgl: new URLSearchParams(location.search).get('webgl') === '1' }, hideEdgesOnViewport: true } : {}),
      minZoom: 0.15,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: 'single',
    });
    this.allNodes = this.cy.nodes();
    if (payload.positions && Object.keys(payload.positions).length > 0) this.place(payload.positions, payload.relations);
    else this.layout();
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
      if (e.target === this.cy) handlers.onBackground();
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
  private readonly allNodes: cytoscape.NodeCollection;

  /**
   * Positions are data, laid out once on the server (server/layout): no layout runs here. An
   * actor the server has not placed goes next to its neighbours, as the server would put it.
   */
  private place(stored: TemporalPayload['positions'], relations: readonly Relation[]): void {
    const at = { ...stored, ...placeNew(this.cy.nodes().map((n) => n.id()), relations, stored) };
    this.cy.batch(() => this.cy.nodes().positions((n) => at[n.id()] ?? { x: 0, y: 0 }));
    this.cy.fit(undefined, 40);
  }

  /** The fallback without stored positions: once, over the union of all dates, so an actor keeps its place as the slider moves. */
  private layout(): void {
    if (this.cy.elements().empty()) return;
    if (this.large) {
      this.layoutLarge();
      return;
    }
    // Size organizations by their largest membership for the layout, so big ones get room.
    seeded(() =>
      this.cy
        .layout({
          name: 'fcose',
          quality: 'proof',
          randomize: true,
          animate: false,
          fit: true,
          padding: 40,
          nodeDimensionsIncludeLabels: true,
          nodeRepulsion: () => 30000,
          idealEdgeLength: () => 140,
          edgeElasticity: () => 0.3,
          nodeSeparation: 90,
          numIter: 3000,
          packComponents: true,
        } as cytoscape.LayoutOptions)
        .run(),
    );
  }

  /**
   * A world-sized graph: the layout sees each actor's few strongest ties (the pairs with the
   * most relations), one edge per pair; tens of thousands of spells between the same pairs
   * add no information about where actors belong, and cost the layout minutes.
   */
  private layoutLarge(): void {
    const pairs = new Map<string, { edge: cytoscape.EdgeSingular; count: number }>();
    this.cy.edges().forEach((e) => {
      const [a, b] = [e.data('source') as string, e.data('target') as string].sort();
      const k = `${a}|${b}`;
      const p = pairs.get(k);
      if (p) p.count++;
      else pairs.set(k, { edge: e, count: 1 });
    });
    const byNode = new Map<string, { edge: cytoscape.EdgeSingular; count: number }[]>();
    for (const p of pairs.values()) {
      for (const end of [p.edge.data('source') as string, p.edge.data('target') as string]) {
        let list = byNode.get(end);
        if (!list) byNode.set(end, (list = []));
        list.push(p);
      }
    }
    const keep = new Set<string>();
    for (const list of byNode.values()) {
      list.sort((x, y) => y.count - x.count);
      for (const p of list.slice(0, LARGE_LAYOUT_TIES)) keep.add(p.edge.id());
    }
    // Laid out in a headless copy holding only those edges: fCoSE walks each node's whole
    // neighbourhood to find components, which over every spell costs seconds.
    const copy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: [...stylesheet(), ...largeGraphStyle()],
      elements: [
        ...this.cy.nodes().map((n) => ({ group: 'nodes' as const, data: n.data() as Record<string, unknown> })),
        ...this.cy.edges().filter((e) => keep.has(e.id())).map((e) => ({ group: 'edges' as const, data: e.data() as Record<string, unknown> })),
      ],
    });
    seeded(() =>
      copy
        .layout({
          name: 'fcose',
          quality: 'default',
          randomize: true,
          animate: false,
          fit: false,
          nodeDimensionsIncludeLabels: false,
          nodeRepulsion: () => 30000,
          idealEdgeLength: () => 140,
          edgeElasticity: () => 0.3,
          numIter: 1000,
          packComponents: true,
        } as cytoscape.LayoutOptions)
        .run(),
    );
    const at = new Map(copy.nodes().map((n) => [n.id(), { ...n.position() }]));
    this.cy.batch(() => this.cy.nodes().positions((n) => at.get(n.id()) ?? { x: 0, y: 0 }));
    copy.destroy();
    this.cy.fit(undefined, 40);
  }

  /** The classes last given to each element, so an unchanged one is not restyled. */
  private readonly shownClasses = new Map<string, string>();
  private lastKey: string | null = null;

  /**
   * Shows the snapshot: one batch of class and size changes, never a rebuild, and only for
   * elements whose classes differ. When only the date moved since the last call and nothing
   * is overlaid, the edges checked are those of the relations that changed; the (few) nodes
   * are always checked.
   */
  apply(snapshot: Snapshot, state: ViewState, overlay: Overlay = {}, changed: readonly Relation[] | null = null): void {
    const view = viewOf(snapshot, state);
    const plain = !overlay.path && !overlay.highlight && !overlay.compare && !overlay.sizes;
    // Whether the focus is drawn decides what fades everywhere, so it is part of the key.
    const key = plain ? JSON.stringify({ ...state, at: null, near: view.near !== null }) : null;
    const incremental = key !== null && key === this.lastKey && changed !== null;
    this.lastKey = key;
    const setClasses = (el: cytoscape.SingularElementArgument, classes: string[]) => {
      const text = classes.join(' ');
      if (this.shownClasses.get(el.id()) === text) return;
      this.shownClasses.set(el.id(), text);
      el.classes(text);
    };
    this.cy.batch(() => {
      // Nodes are few: always checked (their existence has dates of its own).
      this.allNodes.forEach((n) => {
        setClasses(n, nodeClasses(n.id(), view, state, overlay));
        // A large graph keeps organizations at their largest size: resizing hundreds of them
        // (and every edge they touch) at each step cost about a third of the step.
        if (n.data('kind') === 'organization' && !this.large) {
          const size = orgSize(snapshot.memberCount.get(n.id()) ?? 0);
          if (n.data('size') !== size) n.data('size', size);
        }
        const csize = overlay.sizes?.get(n.id());
        if (csize !== undefined && n.data('csize') !== csize) n.data('csize', csize);
      });
      const edges = incremental ? changed.map((r) => this.cy.getElementById(r.id)).filter((e) => e.nonempty()) : this.cy.edges().toArray();
      for (const e of edges) setClasses(e, edgeClasses(e.id(), e.data('event') === true, view, state, overlay));
    });
  }

  private instant = false;
  private restoreTimer = 0;

  /**
   * The slider is being dragged: fades would only trail behind the hand, so they are off
   * until it rests for a moment (large graphs never fade).
   */
  scrubbing(): void {
    if (this.large) return;
    window.clearTimeout(this.restoreTimer);
    this.restoreTimer = window.setTimeout(() => this.setInstant(false), SCRUB_REST_MS);
    if (!this.instant) this.setInstant(true);
  }

  private setInstant(on: boolean): void {
    this.instant = on;
    this.cy.style(on ? [...stylesheet(), { selector: 'node, edge', style: { 'transition-property': 'none' } }] : stylesheet());
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
    this.cy.fit(target, 40);
    // A handful of nodes would otherwise be blown up to fill the screen.
    const zoom = Math.min(this.cy.zoom(), MAX_FIT_ZOOM);
    this.cy.zoom(zoom);
    this.cy.center(target);
    const end = { zoom: this.cy.zoom(), pan: { ...this.cy.pan() } };
    if (animate) {
      this.cy.viewport(before);
      this.cy.animate(end, { duration: 300 });
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
    this.cy.animate({ center: { eles: n }, zoom: Math.max(this.cy.zoom(), 1.1) }, { duration: 350 });
    n.addClass('found');
    window.setTimeout(() => n.removeClass('found'), 1600);
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

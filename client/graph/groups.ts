// Membership as groups: each chosen organization and its members at the slider's date are
// drawn inside one bubble set (cytoscape-bubblesets, on an SVG layer under the nodes), so a
// state joining or leaving is seen entering or leaving the shape. Non-members drawn nearby
// are avoided by the outline. What is drawn is also written to the container's
// data-groups (JSON: org id → member ids), which the browser tests read.
import cytoscape, { type Core, type NodeCollection } from 'cytoscape';
import BubbleSets, { type BubbleSetPath, type BubbleSetsPlugin } from 'cytoscape-bubblesets';
import type { Relation } from '../api/client.ts';
import { placeLabels, type Box } from './group-labels.ts';

cytoscape.use(BubbleSets);

/** The organizations drawn as groups by default, when the dataset holds them. */
export const DEFAULT_GROUPS: readonly string[] = ['CSTO', 'GUAM', 'EAEU', 'C5PLUS1'];

/** Distinct, colour-blind-friendly hues (Okabe–Ito), one per group in order. */
export const GROUP_COLOURS: readonly string[] = ['#d55e00', '#009e73', '#0072b2', '#cc79a7', '#e69f00', '#56b4e9'];

/** Each chosen organization's members at the date (MEMBER_OF relations active now), in the order chosen. */
export function groupMembers(orgs: readonly string[], active: readonly Relation[]): Map<string, string[]> {
  const out = new Map<string, string[]>(orgs.map((o) => [o, []]));
  for (const r of active) {
    if (r.type !== 'MEMBER_OF') continue;
    out.get(r.target)?.push(r.source);
  }
  for (const list of out.values()) list.sort();
  return out;
}

interface Drawn {
  key: string;
  path: BubbleSetPath;
  label: SVGTextElement;
}

export class GroupLayer {
  private made: BubbleSetsPlugin | null = null;
  private readonly drawn = new Map<string, Drawn>();
  private labelFrame = 0;

  private viewportTimer = 0;

  constructor(
    private readonly cy: Core,
    private readonly nameOf: (id: string) => string,
    /** Elements drawn over the graph (its buttons): a label is not placed under them. */
    private readonly overlays: () => readonly Element[] = () => [],
  ) {
    // Labels follow their shape after a drag (the plugin redraws the paths itself).
    cy.on('position', 'node', () => this.scheduleLabels());
    // What is on screen, and what the buttons cover, change with the camera: re-placed once it rests.
    cy.on('viewport', () => {
      if (this.drawn.size === 0) return;
      window.clearTimeout(this.viewportTimer);
      this.viewportTimer = window.setTimeout(() => this.placeLabels(), VIEWPORT_REST_MS);
    });
  }

  /**
   * The plugin and its SVG layer, made when the first group is drawn: making them cost some
   * 70 ms of a world's first drawing, where no group is chosen.
   */
  private get plugin(): BubbleSetsPlugin {
    this.made ??= (this.cy as Core & { bubbleSets(o: object): BubbleSetsPlugin }).bubbleSets({ interactive: false, includeLabels: true, virtualEdges: true, throttle: 50 });
    return this.made;
  }

  /** Draws these groups (org id → member ids at the date, drawn ones only); unchanged ones are kept. */
  show(groups: ReadonlyMap<string, readonly string[]>): void {
    if (groups.size === 0 && this.drawn.size === 0) {
      this.cy.container()?.setAttribute('data-groups', '{}');
      return;
    }
    const visible = this.cy.nodes().not('.hidden');
    // Who else is drawn decides what the outline goes around, so it is part of each shape's key.
    const visibleKey = visible.map((n) => n.id()).join(',');
    const wanted = new Map<string, { ids: string[]; colour: string }>();
    [...groups.keys()].forEach((org, i) => {
      const members = (groups.get(org) ?? []).filter((id) => visible.getElementById(id).nonempty());
      if (members.length === 0 || visible.getElementById(org).empty()) return;
      wanted.set(org, { ids: [org, ...members], colour: GROUP_COLOURS[i % GROUP_COLOURS.length] ?? '#555' });
    });
    for (const [org, d] of this.drawn) {
      const w = wanted.get(org);
      if (!w || JSON.stringify([w.ids, w.colour, visibleKey]) !== d.key) {
        this.plugin.removePath(d.path);
        d.label.remove();
        this.drawn.delete(org);
      }
    }
    for (const [org, w] of wanted) {
      if (this.drawn.has(org)) continue;
      const nodes = this.cy.nodes().filter((n) => w.ids.includes(n.id())) as NodeCollection;
      // No real edges: the outline follows virtual edges routed around non-members, which keeps
      // an unrelated actor that a membership line passes by out of the shape.
      const edges = this.cy.collection();
      const avoid = visible.difference(nodes);
      const path = this.plugin.addPath(nodes, edges, avoid, {
        style: { fill: w.colour, fillOpacity: '0.12', stroke: w.colour, strokeOpacity: '0.75', strokeWidth: '2' } as Partial<CSSStyleDeclaration>,
        className: 'group',
      });
      path.node.dataset.org = org;
      const label = document.createElementNS('http://www.w3.org/2000/svg', 'text');
      label.textContent = this.nameOf(org);
      label.setAttribute('class', 'group-label');
      // Centred on its point both ways, so a placed box is where the text is.
      label.setAttribute('dominant-baseline', 'central');
      label.setAttribute('fill', w.colour);
      path.node.after(label);
      this.drawn.set(org, { key: JSON.stringify([w.ids, w.colour, visibleKey]), path, label });
    }
    this.placeLabels();
    const container = this.cy.container();
    if (container) container.dataset.groups = JSON.stringify(Object.fromEntries([...wanted].map(([org, w]) => [org, w.ids.slice(1)])));
  }

  private scheduleLabels(): void {
    if (this.labelFrame || this.drawn.size === 0) return;
    this.labelFrame = requestAnimationFrame(() => {
      this.labelFrame = 0;
      this.plugin.update(true);
      this.placeLabels();
    });
  }

  /**
   * Each label sits outside its members (above them when that is free), off every drawn node
   * and its name, and off the labels of the groups chosen before it (group-labels.ts).
   */
  private placeLabels(): void {
    if (this.drawn.size === 0) return;
    const obstacles: Box[] = [];
    this.cy.nodes().not('.hidden').forEach((n) => void obstacles.push(n.boundingBox({ includeLabels: true })));
    const drawn = [...this.drawn.values()];
    const requests = drawn.map((d) => {
      let size = { width: 0, height: 0 };
      try {
        size = d.label.getBBox();
      } catch {
        // Not laid out yet (a hidden container): estimated below.
      }
      const text = d.label.textContent ?? '';
      return {
        members: d.path.nodes.boundingBox({ includeLabels: true }),
        width: size.width > 0 ? size.width : text.length * 14,
        height: size.height > 0 ? size.height : 26,
      };
    });
    // The screen and the buttons over it, in model coordinates.
    const zoom = this.cy.zoom();
    const pan = this.cy.pan();
    const origin = this.cy.container()?.getBoundingClientRect();
    if (origin) {
      for (const el of this.overlays()) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) continue;
        obstacles.push({
          x1: (r.left - origin.left - pan.x) / zoom,
          y1: (r.top - origin.top - pan.y) / zoom,
          x2: (r.right - origin.left - pan.x) / zoom,
          y2: (r.bottom - origin.top - pan.y) / zoom,
        });
      }
    }
    const extent = this.cy.extent();
    placeLabels(requests, obstacles, LABEL_GAP, { x1: extent.x1, y1: extent.y1, x2: extent.x2, y2: extent.y2 }).forEach((p, i) => {
      const label = drawn[i]!.label;
      label.setAttribute('x', String(p.x));
      label.setAttribute('y', String(p.y));
    });
  }
}

/** Room between the members' box and a label: the bubble's outline runs in it. */
const LABEL_GAP = 18;
/** How long the camera rests before the labels are placed again. */
const VIEWPORT_REST_MS = 120;

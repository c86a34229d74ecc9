// The legend and the filter toggles in one: each relation type's mark (colour, line style,
// arrow) next to its checkbox, plus the marks for actor kinds and the focus/selection.
import type { RelationType } from '../../shared/model/schemas.ts';
import { h } from '../dom.ts';
import { KINDS, type Kind, type ViewState } from '../state/view-state.ts';
import { ACCENT, ADDED_COLOR, GHOST_COLOR, HIGHLIGHT_COLOR, KIND_LOOK, PATH_COLOR, RELATION_LOOK, TYPE_ORDER, type RelationLook } from '../graph/style.ts';

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag: string, attrs: Record<string, string | number>): SVGElement {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

/** A small drawing of an edge: its colour, dash and arrow head. */
export function edgeSwatch(look: RelationLook): SVGElement {
  const s = svg('svg', { width: 40, height: 14, viewBox: '0 0 40 14', 'aria-hidden': 'true', class: 'edge-swatch' });
  const dash = look.line === 'dashed' ? '6 4' : look.line === 'dotted' ? '1.5 3.5' : '';
  const end = look.arrow === 'none' ? 38 : 30;
  s.append(
    svg('line', { x1: 2, y1: 7, x2: end, y2: 7, stroke: look.color, 'stroke-width': Math.min(look.width, 4.5), 'stroke-dasharray': dash, 'stroke-linecap': look.line === 'dotted' ? 'round' : 'butt' }),
  );
  if (look.arrow === 'triangle' || look.arrow === 'triangle-backcurve') s.append(svg('path', { d: 'M29 2 L38 7 L29 12 Z', fill: look.color }));
  if (look.arrow === 'vee') s.append(svg('path', { d: 'M29 2 L38 7 L29 12 L32 7 Z', fill: look.color }));
  if (look.arrow === 'tee') s.append(svg('rect', { x: 30, y: 1, width: 3, height: 12, fill: look.color }));
  return s;
}

/** An edge lit by an analysis panel: a wide soft band of `color` under a plain line. */
function overlaySwatch(color: string, line = '#1f5fa8', dash = ''): SVGElement {
  const s = svg('svg', { width: 40, height: 22, viewBox: '0 0 40 22', 'aria-hidden': 'true', class: 'node-swatch' });
  if (color) s.append(svg('line', { x1: 2, y1: 11, x2: 38, y2: 11, stroke: color, 'stroke-width': 12, 'stroke-opacity': 0.5 }));
  s.append(svg('line', { x1: 2, y1: 11, x2: 38, y2: 11, stroke: line, 'stroke-width': 3, 'stroke-dasharray': dash }));
  return s;
}

function nodeSwatch(kind: Kind | 'focus' | 'selected' | 'uncertain'): SVGElement {
  const s = svg('svg', { width: 40, height: 22, viewBox: '0 0 40 22', 'aria-hidden': 'true', class: 'node-swatch' });
  if (kind === 'state') s.append(svg('circle', { cx: 20, cy: 11, r: 8, fill: KIND_LOOK.state.fill, stroke: KIND_LOOK.state.border, 'stroke-width': 2 }));
  if (kind === 'organization' || kind === 'alliance') s.append(svg('path', { d: 'M12 11 L16 3 L24 3 L28 11 L24 19 L16 19 Z', fill: KIND_LOOK.organization.fill }));
  if (kind === 'focus') s.append(svg('circle', { cx: 20, cy: 11, r: 7, fill: '#fff', stroke: ACCENT, 'stroke-width': 4 }));
  if (kind === 'selected') s.append(svg('line', { x1: 2, y1: 11, x2: 38, y2: 11, stroke: ACCENT, 'stroke-width': 10, 'stroke-opacity': 0.45 }), svg('line', { x1: 2, y1: 11, x2: 38, y2: 11, stroke: '#1f5fa8', 'stroke-width': 3 }));
  if (kind === 'uncertain') {
    const g = svg('linearGradient', { id: 'lg-unc', x1: 0, x2: 1, y1: 0, y2: 0 });
    g.append(svg('stop', { offset: 0, 'stop-color': '#1f5fa8', 'stop-opacity': 0 }), svg('stop', { offset: 0.5, 'stop-color': '#1f5fa8', 'stop-opacity': 1 }));
    const defs = svg('defs', {});
    defs.append(g);
    s.append(defs, svg('rect', { x: 2, y: 6, width: 36, height: 10, rx: 2, fill: 'url(#lg-unc)' }));
  }
  return s;
}

export interface FilterElements {
  typeList: HTMLElement;
  kindBox: HTMLElement;
  hideIsolated: HTMLInputElement;
  minMembers: HTMLInputElement;
  graphAll: HTMLInputElement;
  graphStates: HTMLInputElement;
  hoodStart: HTMLButtonElement;
  hoodClear: HTMLButtonElement;
  hoodNote: HTMLElement;
  share: HTMLInputElement;
  shareValue: HTMLOutputElement;
  allTypes: HTMLButtonElement;
  noTypes: HTMLButtonElement;
  nodeLegend: HTMLElement;
}

export interface FilterOptions {
  /** Types that occur in the data (others are listed greyed, still explained). */
  present: ReadonlySet<string>;
  /** Actor kinds in the data: the alliance toggle is offered only when there are alliances. */
  kinds?: ReadonlySet<string>;
  /** A world-sized graph keeps organizations at their largest size (see GraphView). */
  largeGraph?: boolean;
  onChange(patch: Partial<ViewState>): void;
}

export class Filters {
  private typeBoxes = new Map<RelationType, HTMLInputElement>();
  private kindBoxes = new Map<Kind, HTMLInputElement>();
  private focus: string | null = null;

  constructor(
    private readonly els: FilterElements,
    private readonly opts: FilterOptions,
  ) {
    const items = TYPE_ORDER.map((t) => {
      const look = RELATION_LOOK[t];
      const box = h('input', { type: 'checkbox', id: `type-${t}`, 'data-type': t });
      box.addEventListener('change', () => this.emitTypes());
      this.typeBoxes.set(t, box);
      return h(
        'li',
        { class: opts.present.has(t) ? null : 'absent', title: opts.present.has(t) ? look.meaning : `${look.meaning}: none in the data` },
        h('label', { class: 'check', for: `type-${t}` }, box, edgeSwatch(look), h('span', {}, look.label)),
      );
    });
    els.typeList.replaceChildren(...items);
    els.allTypes.addEventListener('click', () => opts.onChange({ types: null }));
    els.noTypes.addEventListener('click', () => opts.onChange({ types: [] }));

    const kinds = KINDS.filter((k) => k !== 'alliance' || opts.kinds?.has(k)).map((k) => {
      const box = h('input', { type: 'checkbox', id: `kind-${k}`, 'data-kind': k });
      box.addEventListener('change', () => this.emitKinds());
      this.kindBoxes.set(k, box);
      return h('label', { class: 'check', for: `kind-${k}` }, box, nodeSwatch(k), `${KIND_LOOK[k].label}s`);
    });
    els.kindBox.replaceChildren(...kinds);
    els.hideIsolated.addEventListener('change', () => opts.onChange({ hideIsolated: els.hideIsolated.checked }));
    els.minMembers.addEventListener('change', () => {
      const n = Math.trunc(Number(els.minMembers.value));
      opts.onChange({ minMembers: Number.isFinite(n) && n > 0 ? Math.min(n, 10_000) : 0 });
    });
    els.graphAll.addEventListener('change', () => opts.onChange({ graph: 'all' }));
    els.graphStates.addEventListener('change', () => opts.onChange({ graph: 'states' }));
    els.hoodStart.addEventListener('click', () => {
      if (this.focus) opts.onChange({ hood: [this.focus] });
    });
    els.hoodClear.addEventListener('click', () => opts.onChange({ hood: null }));
    els.share.addEventListener('input', () => opts.onChange({ share: Math.max(1, Number(els.share.value) || 1) }));

    els.nodeLegend.replaceChildren(
      h('li', {}, nodeSwatch('state'), 'State (circle, name below)'),
      h(
        'li',
        {},
        nodeSwatch('organization'),
        opts.largeGraph ? 'Organization (dark hexagon, bold name; larger = more members at its largest)' : 'Organization (dark hexagon, bold name; larger = more members at the date)',
      ),
      // The marks of a selection or an analysis are listed while they can be on screen, so
      // the legend fits beside the graph without scrolling (1280 by 720).
      h('li', { 'data-when': 'focus' }, nodeSwatch('focus'), 'Actor whose details are open; the rest fades'),
      h('li', { 'data-when': 'rel' }, nodeSwatch('selected'), 'Selected relation'),
      h('li', { 'data-when': 'details' }, nodeSwatch('uncertain'), 'In details: faded start = only month or year known'),
      h('li', { 'data-when': 'path' }, overlaySwatch(PATH_COLOR), 'Paths: the traced path (dashed where a step is not active at the date)'),
      h('li', { 'data-when': 'highlight' }, overlaySwatch(HIGHLIGHT_COLOR), 'Shifts and console: the evidence or result, lit'),
      h('li', { 'data-when': 'compare' }, overlaySwatch(ADDED_COLOR), 'Compare: new since the other date'),
      h('li', { 'data-when': 'compare' }, overlaySwatch('', GHOST_COLOR, '6 5'), 'Compare: gone since the other date'),
      h('li', { class: 'legend-note' }, 'Relations appear and fade with the date; events (a request, a refusal) stay one year.'),
    );
  }

  show(state: ViewState): void {
    for (const [t, box] of this.typeBoxes) box.checked = state.types === null || state.types.includes(t);
    for (const [k, box] of this.kindBoxes) box.checked = state.kinds === null || state.kinds.includes(k);
    this.els.hideIsolated.checked = state.hideIsolated;
    // Not while typing in it: the field would jump under the cursor.
    if (document.activeElement !== this.els.minMembers) this.els.minMembers.value = String(state.minMembers);
    this.focus = state.focus;
    this.els.hoodStart.disabled = state.focus === null;
    this.els.hoodClear.disabled = state.hood === null;
    this.els.hoodNote.textContent = state.hood
      ? `Neighbourhood of ${state.hood[0]}: ${state.hood.length} expanded. Click an actor to expand its neighbours.`
      : 'Open an actor, then draw only it and its neighbours; click a neighbour to expand it.';
    this.els.graphAll.checked = state.graph === 'all';
    this.els.graphStates.checked = state.graph === 'states';
    this.els.share.value = String(state.share);
    this.els.share.disabled = state.graph !== 'states';
    this.els.shareValue.value = String(state.share);
    const when: Record<string, boolean> = {
      focus: state.focus !== null,
      rel: state.rel !== null,
      details: state.focus !== null || state.rel !== null,
      path: state.path !== null,
      highlight: state.panel === 'shifts' || state.panel === 'console',
      compare: state.compare !== null,
    };
    for (const li of this.els.nodeLegend.querySelectorAll<HTMLElement>('[data-when]')) li.hidden = !when[li.dataset.when ?? ''];
  }

  private emitTypes(): void {
    const on = [...this.typeBoxes].filter(([, b]) => b.checked).map(([t]) => t);
    this.opts.onChange({ types: on.length === this.typeBoxes.size ? null : on });
  }

  private emitKinds(): void {
    const on = [...this.kindBoxes].filter(([, b]) => b.checked).map(([k]) => k);
    this.opts.onChange({ kinds: on.length === this.kindBoxes.size ? null : on });
  }
}

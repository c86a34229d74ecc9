// How things look: the visual vocabulary of relation types and actor kinds (shared by the
// graph, the legend and the details), the Cytoscape stylesheet, and the one function that
// maps data + view state to the classes an element carries.
import type { StylesheetJson } from 'cytoscape';
import { RELATION_TYPES, type RelationType } from '../../shared/model/schemas.ts';
import type { Snapshot } from '../snapshot.ts';
import type { ViewState } from '../state/view-state.ts';

export type LineStyle = 'solid' | 'dashed' | 'dotted';
export type Arrow = 'none' | 'triangle' | 'vee' | 'tee' | 'triangle-backcurve';

export interface RelationLook {
  label: string;
  /** What the mark means, for the legend. */
  meaning: string;
  color: string;
  line: LineStyle;
  arrow: Arrow;
  width: number;
}

// Colours keep at least 3:1 against the white canvas (WCAG non-text contrast); pairs
// sharing a colour differ in line style or arrow.
export const RELATION_LOOK: Record<RelationType, RelationLook> = {
  MEMBER_OF: { label: 'member of', meaning: 'membership (solid)', color: '#1f5fa8', line: 'solid', arrow: 'none', width: 3 },
  OBSERVER_OF: { label: 'observer of', meaning: 'observer status (dotted)', color: '#1f5fa8', line: 'dotted', arrow: 'none', width: 2.5 },
  FROZE_PARTICIPATION_IN: { label: 'froze participation in', meaning: 'frozen participation (dashed)', color: '#6b46c1', line: 'dashed', arrow: 'none', width: 3 },
  SEEKS_MEMBERSHIP_IN: { label: 'seeks membership in', meaning: 'asks to join (dashed arrow)', color: '#2f7d4f', line: 'dashed', arrow: 'vee', width: 2.5 },
  SOUGHT_AID_FROM: { label: 'sought aid from', meaning: 'request for aid (arrow)', color: '#c05600', line: 'solid', arrow: 'triangle', width: 2.5 },
  REFUSED_AID_TO: { label: 'refused aid to', meaning: 'aid refused (bar end)', color: '#8b4513', line: 'solid', arrow: 'tee', width: 2.5 },
  DEPLOYED_TO: { label: 'deployed to', meaning: 'troops deployed (arrow)', color: '#0e6e6e', line: 'solid', arrow: 'triangle-backcurve', width: 3.5 },
  SUPPORTS: { label: 'supports', meaning: 'support (arrow)', color: '#2f7d4f', line: 'solid', arrow: 'triangle', width: 2 },
  CONDEMNED: { label: 'condemned', meaning: 'condemnation (dotted arrow)', color: '#b7003a', line: 'dotted', arrow: 'triangle', width: 2.5 },
  DISTANCED_FROM: { label: 'distanced from', meaning: 'distancing (dashed arrow)', color: '#5f6b7a', line: 'dashed', arrow: 'vee', width: 2 },
  CONFLICT_WITH: { label: 'conflict with', meaning: 'armed conflict (thick red)', color: '#d61f1f', line: 'solid', arrow: 'none', width: 5 },
  PARTNER_OF: { label: 'partner of', meaning: 'partnership (thin)', color: '#a16207', line: 'solid', arrow: 'none', width: 1.75 },
  EXERCISED_WITH: { label: 'exercised with', meaning: 'joint exercise (dashed)', color: '#a16207', line: 'dashed', arrow: 'none', width: 2 },
  FUNDS: { label: 'funds', meaning: 'funding (dotted arrow)', color: '#0e6e6e', line: 'dotted', arrow: 'triangle', width: 2 },
  ABSTAINED_ON_CENSURE_OF: { label: 'abstained on censure of', meaning: 'UN abstention (dotted vee)', color: '#5f6b7a', line: 'dotted', arrow: 'vee', width: 2 },
  WITHHELD_RECOGNITION_FROM: { label: 'withheld recognition from', meaning: 'non-recognition (dashed bar end)', color: '#6b46c1', line: 'dashed', arrow: 'tee', width: 2 },
  OFFERED_MEDIATION_TO: { label: 'offered mediation to', meaning: 'mediation offer (dotted arrow)', color: '#2f7d4f', line: 'dotted', arrow: 'triangle', width: 2 },
  RIVAL_OF: { label: 'rival of', meaning: 'rival formats (dashed red)', color: '#b7003a', line: 'dashed', arrow: 'none', width: 2.5 },
};

export const TYPE_ORDER: readonly RelationType[] = RELATION_TYPES;

export function lookOf(type: string): RelationLook {
  return RELATION_LOOK[type as RelationType] ?? { label: type.toLowerCase().replace(/_/g, ' '), meaning: type, color: '#5f6b7a', line: 'solid', arrow: 'none', width: 2 };
}

export const KIND_LOOK = {
  state: { label: 'State', fill: '#ffffff', border: '#2d3748', shape: 'ellipse' },
  organization: { label: 'Organization', fill: '#1e3a5f', border: '#0f1f33', shape: 'round-hexagon' },
  alliance: { label: 'Alliance', fill: '#1e3a5f', border: '#0f1f33', shape: 'round-hexagon' },
} as const;

export const ACCENT = '#d97706';

/** Node size of an organization from its member count at the date. */
export function orgSize(members: number): number {
  return Math.round(46 + 8 * Math.sqrt(members));
}

/** The default fade; settings.ts fadeMs is what a page uses. */
const FADE_MS = 280;

export const PATH_COLOR = '#d97706';
export const HIGHLIGHT_COLOR = '#7c3aed';
export const ADDED_COLOR = '#16a34a';
export const GHOST_COLOR = '#7b8594';

/** Node diameter for a centrality value, by area: 16px at zero up to 70px at the largest. */
export function centralitySize(value: number, max: number): number {
  if (!(max > 0) || !(value > 0)) return 16;
  return Math.round(16 + 54 * Math.sqrt(Math.min(1, value / max)));
}

/** The stylesheet; fadeMs 0 draws every change at once (transitions off). */
export function stylesheet(fadeMs = FADE_MS): StylesheetJson {
  const fade = fadeMs > 0 ? { 'transition-duration': fadeMs } : { 'transition-property': 'none' };
  const perType: StylesheetJson = TYPE_ORDER.map((t) => {
    const l = RELATION_LOOK[t];
    return {
      selector: `edge[type = "${t}"]`,
      style: {
        'line-color': l.color,
        'line-style': l.line,
        width: l.width,
        'target-arrow-shape': l.arrow,
        'target-arrow-color': l.color,
        'arrow-scale': 1.1,
        ...(l.line === 'dashed' ? { 'line-dash-pattern': [8, 5] } : {}),
        ...(l.line === 'dotted' ? { 'line-dash-pattern': [2, 4], 'line-cap': 'round' } : {}),
      },
    };
  });
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
        'font-size': 12,
        color: '#1a202c',
        'min-zoomed-font-size': 7,
        'transition-property': 'opacity, width, height',
        ...fade,
        opacity: 1,
      },
    },
    {
      selector: 'node[kind = "state"]',
      style: {
        shape: KIND_LOOK.state.shape,
        width: 22,
        height: 22,
        'background-color': KIND_LOOK.state.fill,
        'border-color': KIND_LOOK.state.border,
        'border-width': 2,
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        'text-background-shape': 'roundrectangle',
      },
    },
    {
      selector: 'node[kind = "organization"]',
      style: {
        shape: KIND_LOOK.organization.shape,
        width: 'data(size)',
        height: 'data(size)',
        'background-color': KIND_LOOK.organization.fill,
        'border-color': KIND_LOOK.organization.border,
        'border-width': 2,
        color: '#12263f',
        'font-weight': 'bold',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
      },
    },
    {
      selector: 'edge',
      style: {
        'curve-style': 'bezier',
        'control-point-step-size': 18,
        opacity: 0.9,
        'transition-property': 'opacity',
        ...fade,
      },
    },
    ...perType,
    { selector: 'edge.event', style: { 'line-opacity': 0.85 } },
    // Focus: the open actor, its neighbourhood, and everything else set back.
    { selector: '.faded', style: { opacity: 0.22 } },
    { selector: 'node.focus', style: { 'border-color': ACCENT, 'border-width': 5 } },
    {
      selector: 'edge.chosen, edge:selected',
      style: { 'underlay-color': ACCENT, 'underlay-opacity': 0.45, 'underlay-padding': 5, opacity: 1 },
    },
    { selector: 'node:selected', style: { 'border-color': ACCENT, 'border-width': 5 } },
    { selector: 'node.found', style: { 'underlay-color': ACCENT, 'underlay-opacity': 0.5, 'underlay-padding': 8, 'underlay-shape': 'ellipse' } },
    // Centrality sizing: the measure at the date, in place of the usual size.
    { selector: 'node.sized', style: { width: 'data(csize)', height: 'data(csize)' } },
    // Analysis overlays: what is lit (a path, evidence, console results) over the dimmed rest.
    { selector: '.dimmed', style: { opacity: 0.14 } },
    { selector: 'edge.lit', style: { opacity: 1, 'z-index': 10 } },
    { selector: 'node.lit', style: { opacity: 1, 'z-index': 10 } },
    { selector: 'edge.on-path', style: { 'underlay-color': PATH_COLOR, 'underlay-opacity': 0.55, 'underlay-padding': 7 } },
    { selector: 'node.on-path', style: { 'border-color': PATH_COLOR, 'border-width': 5 } },
    { selector: 'node.path-end', style: { 'underlay-color': PATH_COLOR, 'underlay-opacity': 0.35, 'underlay-padding': 7, 'underlay-shape': 'ellipse' } },
    { selector: 'edge.highlight', style: { 'underlay-color': HIGHLIGHT_COLOR, 'underlay-opacity': 0.5, 'underlay-padding': 7 } },
    { selector: 'node.highlight', style: { 'border-color': HIGHLIGHT_COLOR, 'border-width': 5 } },
    // Lit but not active at the date (evidence from another year): drawn faint and dashed.
    { selector: 'edge.off-date', style: { 'line-style': 'dashed', 'line-dash-pattern': [4, 4], opacity: 0.6 } },
    // Compare: relations new since the other date, and those gone since, drawn as ghosts.
    { selector: 'edge.added', style: { 'underlay-color': ADDED_COLOR, 'underlay-opacity': 0.45, 'underlay-padding': 6 } },
    {
      selector: 'edge.ghost',
      style: { 'line-color': GHOST_COLOR, 'target-arrow-color': GHOST_COLOR, 'line-style': 'dashed', 'line-dash-pattern': [6, 5], opacity: 0.85, width: 2.5 },
    },
    { selector: 'node.ghost', style: { opacity: 0.45, 'border-style': 'dashed' } },
    // Last, so it wins: what is not active at the date fades out and takes no events.
    { selector: '.hidden', style: { opacity: 0, events: 'no', 'text-events': 'no' } },
  ];
}

export interface ElementView {
  relationIds: ReadonlySet<string>;
  actorIds: ReadonlySet<string>;
  /** Ids near the focus (the focus, its active relations and their other ends), or null with no focus. */
  near: ReadonlySet<string> | null;
}

/** The neighbourhood of the focused actor at the date, for fading the rest. */
export function viewOf(snapshot: Snapshot, state: ViewState): ElementView {
  let near: Set<string> | null = null;
  if (state.focus && snapshot.actorIds.has(state.focus)) {
    near = new Set([state.focus]);
    for (const r of snapshot.relations) {
      if (r.source === state.focus || r.target === state.focus) near.add(r.id).add(r.source).add(r.target);
    }
  }
  return { relationIds: snapshot.relationIds, actorIds: snapshot.actorIds, near };
}

/** Ids of nodes and relations, lit over a dimmed rest. */
export interface Lit {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/** What the analysis panels lay over the snapshot; every part optional. */
export interface Overlay {
  /** The traced path at the date; its two ends are path.ends. */
  path?: (Lit & { ends: readonly string[] }) | null;
  /** Evidence of a shift, or the elements of a console result. */
  highlight?: Lit | null;
  /** Compare mode: relations new at the date, and those gone since the other date. */
  compare?: { added: ReadonlySet<string>; removed: ReadonlySet<string>; removedEnds: ReadonlySet<string> } | null;
  /** Node diameters by a centrality measure. */
  sizes?: ReadonlyMap<string, number> | null;
}

function litAny(overlay: Overlay): boolean {
  return Boolean(overlay.path || overlay.highlight);
}

/** The classes of a node: all of them, so applying them replaces what the last date set. */
export function nodeClasses(id: string, view: ElementView, state: ViewState, overlay: Overlay = {}): string[] {
  const c: string[] = [];
  const onPath = overlay.path?.nodes.has(id) ?? false;
  const hl = overlay.highlight?.nodes.has(id) ?? false;
  const ghost = overlay.compare?.removedEnds.has(id) ?? false;
  const shown = view.actorIds.has(id);
  if (!shown && !onPath && !hl && !ghost) c.push('hidden');
  if (!shown && ghost && !onPath && !hl) c.push('ghost');
  if (state.focus === id) c.push('focus');
  if (litAny(overlay)) {
    if (onPath || hl) c.push('lit');
    else c.push('dimmed');
  } else if (view.near && !view.near.has(id)) c.push('faded');
  if (onPath) c.push('on-path');
  if (overlay.path?.ends.includes(id)) c.push('path-end');
  if (hl) c.push('highlight');
  if (overlay.sizes?.has(id)) c.push('sized');
  return c;
}

export function edgeClasses(id: string, event: boolean, view: ElementView, state: ViewState, overlay: Overlay = {}): string[] {
  const c: string[] = [];
  if (event) c.push('event');
  const onPath = overlay.path?.edges.has(id) ?? false;
  const hl = overlay.highlight?.edges.has(id) ?? false;
  const ghost = overlay.compare?.removed.has(id) ?? false;
  const shown = view.relationIds.has(id);
  if (!shown && !onPath && !hl && !ghost) c.push('hidden');
  if (!shown && (onPath || hl)) c.push('off-date');
  if (ghost && !shown) c.push('ghost');
  if (shown && overlay.compare?.added.has(id)) c.push('added');
  if (state.rel === id) c.push('chosen');
  if (litAny(overlay)) {
    if (onPath || hl) c.push('lit');
    else c.push('dimmed');
  } else if (view.near && !view.near.has(id)) c.push('faded');
  if (onPath) c.push('on-path');
  if (hl) c.push('highlight');
  return c;
}

/** For world-sized graphs: straight edges without arrows, no fades, labels only when zoomed in. */
export function largeGraphStyle(): StylesheetJson {
  return [
    { selector: 'edge', style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none', width: 1, opacity: 0.35, 'transition-property': 'none' } },
    { selector: 'node', style: { 'font-size': 12, 'min-zoomed-font-size': 10, 'transition-property': 'none' } },
    // Smaller marks at world scale: at the seed's sizes hundreds of organizations cover each
    // other and every state. Still ordered by members (orgSize: 46 for none, 159 for 200).
    { selector: 'node[kind = "state"]', style: { width: 12, height: 12, 'border-width': 1.5 } },
    { selector: 'node[kind = "organization"]', style: { width: 'mapData(size, 46, 160, 12, 40)', height: 'mapData(size, 46, 160, 12, 40)', 'border-width': 1.5 } },
    // Out of the render entirely (not merely transparent), so a frame costs what is shown.
    { selector: '.hidden', style: { display: 'none' } },
    // Drawn by the batched edge layer (edge-layer.ts) instead.
    { selector: 'edge.layered', style: { display: 'none' } },
  ];
}

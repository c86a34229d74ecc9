// Change marks: when a step or Play moves the date, the relations that began since the shown
// date glow, the ones that ended stay as a short-lived ghost, and a line under the date says
// what changed in words. The sentences are a pure function (changeSentences), unit-tested.
import type { Core, StylesheetJson } from 'cytoscape';
import { activeAt } from '../../shared/time/temporal.ts';
import type { Relation } from '../api/client.ts';
import { lookOf } from './style.ts';

export interface ChangeNamer {
  /** How an actor is named in a sentence ("Uzbekistan", "CSTO"). */
  name(id: string): string;
  isOrganization(id: string): boolean;
}

export interface ChangeSplit {
  began: Relation[];
  ended: Relation[];
}

/** Splits the relations whose activity changed into those active at `at` (began) and not (ended). */
export function splitChanges(changed: readonly Relation[], at: string): ChangeSplit {
  const on = new Set(activeAt(changed, at).map((r) => r.id));
  return { began: changed.filter((r) => on.has(r.id)), ended: changed.filter((r) => !on.has(r.id)) };
}

/** What a change means to a reader first: memberships, then frozen participation, then the rest. */
const WEIGHT: Record<string, number> = { MEMBER_OF: 0, FROZE_PARTICIPATION_IN: 1, OBSERVER_OF: 2, SEEKS_MEMBERSHIP_IN: 3 };

function sentence(r: Relation, began: boolean, n: ChangeNamer): string | null {
  const who = n.name(r.source);
  const other = n.isOrganization(r.target) ? `the ${n.name(r.target)}` : n.name(r.target);
  switch (r.type) {
    case 'MEMBER_OF':
      return began ? `${who} joined ${other}` : `${who} left ${other}`;
    case 'FROZE_PARTICIPATION_IN':
      return began ? `${who} froze its participation in ${other}` : `${who} resumed its participation in ${other}`;
    case 'OBSERVER_OF':
      return began ? `${who} became an observer of ${other}` : `${who} stopped being an observer of ${other}`;
    default:
      // An event fading out of its window is not news; its start was.
      if (!began && r.event) return null;
      return began ? `${who} ${lookOf(r.type).label} ${other}` : `${who} no longer ${lookOf(r.type).label} ${other}`;
  }
}

/**
 * The change in words, most telling first, at most `max` sentences and "+N more" for the
 * rest; [] when nothing worth saying changed.
 */
export function changeSentences(split: ChangeSplit, namer: ChangeNamer, max = 3): string[] {
  const items: { weight: number; text: string }[] = [];
  const add = (rels: readonly Relation[], began: boolean) => {
    for (const r of rels) {
      const text = sentence(r, began, namer);
      if (text) items.push({ weight: WEIGHT[r.type] ?? 9, text });
    }
  };
  add(split.ended, false);
  add(split.began, true);
  // Stable sort: ends before beginnings within a weight (a leaving reads first).
  items.sort((a, b) => a.weight - b.weight);
  const texts = [...new Set(items.map((i) => i.text))];
  if (texts.length <= max) return texts;
  return [...texts.slice(0, max), `+${texts.length - max} more`];
}

export const CHANGE_GLOW = '#f2b705';
export const CHANGE_GHOST = '#8a94a3';

/** A relation as the batched layer marks it. */
export interface MarkedEdge {
  id: string;
  source: string;
  target: string;
}

/** Above this many changed relations in one step the layer marks none of them. */
export const MAX_LAYER_MARKS = 1500;

/** Where the marks of relations Cytoscape does not hold are drawn (the batched edge layer). */
export interface MarkLayer {
  setMarks(began: readonly MarkedEdge[], ended: readonly MarkedEdge[]): void;
  schedule(): void;
}

/** The marks' look, appended after the stylesheet's .hidden so a ghost shows through it. */
export function changeMarkStyle(): StylesheetJson {
  return [
    { selector: 'edge.change-began', style: { 'underlay-color': CHANGE_GLOW, 'underlay-opacity': 0.7, 'underlay-padding': 7 } },
    { selector: 'edge.change-ended', style: { opacity: 0.45, 'line-style': 'dashed', 'line-color': CHANGE_GHOST, 'target-arrow-color': CHANGE_GHOST, events: 'no' } },
  ];
}

/**
 * Puts the classes on the graph (and, for relations Cytoscape does not hold, the marks on the
 * batched layer) and takes the last ones off. With `lingerMs` null (transitions off) they stay
 * until the next call, so a test reads them; otherwise they go after lingerMs.
 */
export class ChangeMarks {
  private marked: string[] = [];
  private markedLayer: MarkLayer | null = null;
  private timer = 0;

  constructor(
    private readonly cy: Core,
    private readonly lingerMs: number | null,
    /** The layer that draws relations now (none in the states-only view). */
    private readonly layer: () => MarkLayer | null = () => null,
  ) {}

  mark(split: ChangeSplit): void {
    this.clear();
    const held = (id: string) => this.cy.hasElementWithId(id);
    const began = split.began.map((r) => r.id).filter(held);
    const ended = split.ended.filter((r) => !r.event).map((r) => r.id).filter(held);
    if (began.length || ended.length) {
      this.cy.batch(() => {
        for (const id of began) this.cy.getElementById(id).addClass('change-began');
        for (const id of ended) this.cy.getElementById(id).addClass('change-ended');
      });
    }
    this.marked = [...began, ...ended];
    // The rest (with the batched layer, nearly all of them) on the layer.
    const layer = this.layer();
    const off = (r: Relation) => !held(r.id);
    const layerBegan = layer ? split.began.filter(off) : [];
    const layerEnded = layer ? split.ended.filter((r) => !r.event && off(r)) : [];
    // A jump over decades changes thousands: a glow over all of them tells nothing and costs
    // each frame a stroke over them; the line under the date still says it in words.
    const many = layerBegan.length + layerEnded.length > MAX_LAYER_MARKS;
    if (layer && !many && (layerBegan.length || layerEnded.length)) {
      const edge = (r: Relation): MarkedEdge => ({ id: r.id, source: r.source, target: r.target });
      layer.setMarks(layerBegan.map(edge), layerEnded.map(edge));
      layer.schedule();
      this.markedLayer = layer;
    }
    if (this.lingerMs !== null && (this.marked.length || this.markedLayer)) this.timer = window.setTimeout(() => this.clear(), this.lingerMs);
  }

  clear(): void {
    window.clearTimeout(this.timer);
    if (this.markedLayer) {
      this.markedLayer.setMarks([], []);
      this.markedLayer.schedule();
      this.markedLayer = null;
    }
    if (!this.marked.length) return;
    const ids = this.marked;
    this.marked = [];
    this.cy.batch(() => {
      for (const id of ids) this.cy.getElementById(id).removeClass('change-began change-ended');
    });
  }
}

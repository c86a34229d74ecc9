// Positions a person set by dragging actors. They are view state (ViewState.pos, the URL's
// pos=, so a shared link shows the same arrangement), also kept in the browser (localStorage,
// keyed by the dataset) for the next visit, included in the JSON export, loaded back from
// such an export ("Load view…"), and cleared by "Reset positions". Only moved actors are kept.
import type { Core, NodeSingular } from 'cytoscape';
import { z } from 'zod';
import { IsoDate, RELATION_TYPES } from '../../shared/model/schemas.ts';
import { roundPositions, type Positions, type ViewState } from '../state/view-state.ts';

export type { Positions };

/** A short key for a dataset: a hash of its actor ids (the payload has no name of its own). */
export function datasetKey(actorIds: readonly string[]): string {
  let h = 0x811c9dc5;
  for (const id of [...actorIds].sort()) {
    for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0x2c, 0x01000193);
  }
  return `explorer.positions.${(h >>> 0).toString(36)}`;
}

const Point = z.object({ x: z.number().finite(), y: z.number().finite() });

/** Reads stored positions, dropping anything malformed (the storage is the user's). */
export function parsePositions(text: string | null): Positions {
  if (!text) return {};
  try {
    const raw: unknown = JSON.parse(text);
    if (!raw || typeof raw !== 'object') return {};
    const out: Positions = {};
    for (const [id, p] of Object.entries(raw as Record<string, unknown>)) {
      const q = Point.safeParse(p);
      if (q.success) out[id] = q.data;
    }
    return out;
  } catch {
    return {};
  }
}

// The JSON export (data/export.ts): positions of the drawn actors, the date and the filters.
const ViewFile = z.object({
  positions: z.record(z.string(), Point).optional(),
  at: IsoDate.optional(),
  filters: z
    .object({
      types: z.array(z.string()).nullable().optional(),
      kinds: z.array(z.enum(['state', 'organization', 'alliance'])).nullable().optional(),
      hideIsolated: z.boolean().optional(),
      // Not in the export yet (data/export.ts); read when it carries them.
      orgs: z.array(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/)).nullable().optional(),
      minMembers: z.number().int().min(0).max(10_000).optional(),
    })
    .optional(),
});

export type ViewFileResult = { ok: true; positions: Positions; patch: Partial<ViewState> } | { ok: false; message: string };

/**
 * Reads a view exported as JSON: every position it holds (the caller keeps the moved ones),
 * and its date and filters as a view patch. A file that is not such an export says why.
 */
export function parseViewFile(text: string): ViewFileResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, message: 'The file is not JSON. Load a view saved with the JSON export.' };
  }
  const parsed = ViewFile.safeParse(raw);
  if (!parsed.success) return { ok: false, message: 'The file is not a view exported by the explorer (its positions, date or filters are malformed).' };
  const { positions, at, filters } = parsed.data;
  if (!positions || Object.keys(positions).length === 0) return { ok: false, message: 'The file holds no positions. Load a view saved with the JSON export.' };
  const patch: Partial<ViewState> = {};
  if (at) patch.at = at;
  if (filters?.types !== undefined) patch.types = filters.types === null ? null : RELATION_TYPES.filter((t) => filters.types?.includes(t));
  if (filters?.kinds !== undefined) patch.kinds = filters.kinds;
  if (filters?.hideIsolated !== undefined) patch.hideIsolated = filters.hideIsolated;
  if (filters?.orgs !== undefined) patch.orgs = filters.orgs && filters.orgs.length > 0 ? filters.orgs : null;
  if (filters?.minMembers !== undefined) patch.minMembers = filters.minMembers;
  return { ok: true, positions, patch };
}

/** The positions that differ (by half a unit or more) from where the layout put each actor. */
export function movedFrom(positions: Positions, original: ReadonlyMap<string, { x: number; y: number }>): Positions {
  const out: Positions = {};
  for (const [id, p] of Object.entries(positions)) {
    const o = original.get(id);
    if (o && (Math.abs(o.x - p.x) >= 0.5 || Math.abs(o.y - p.y) >= 0.5)) out[id] = p;
  }
  return roundPositions(out);
}

export class DragPositions {
  private applied: Positions = {};
  private readonly original = new Map<string, { x: number; y: number }>();
  /** What the browser kept from the last visit (before any URL or drag). */
  readonly stored: Positions;

  constructor(
    private readonly cy: Core,
    private readonly key: string,
    /** A drag ended or the moves were reset: the new set of moved actors (null: none). */
    private readonly onMove: (pos: Positions | null) => void,
    private readonly storage: Storage | null = safeStorage(),
  ) {
    this.stored = parsePositions(this.storage?.getItem(key) ?? null);
    cy.nodes().forEach((n) => void this.original.set(n.id(), { ...n.position() }));
    cy.on('dragfree', 'node', (e) => {
      const n = e.target as NodeSingular;
      this.onMove(roundPositions({ ...this.applied, [n.id()]: { ...n.position() } }));
    });
  }

  /** Puts the actors where the view state says (moved ones) or where the layout put them (the others). */
  apply(pos: Positions | null): void {
    const next = pos ?? {};
    this.cy.batch(() => {
      for (const id of Object.keys(this.applied)) {
        const p = this.original.get(id);
        if (!(id in next) && p) this.cy.getElementById(id).position(p);
      }
      for (const [id, p] of Object.entries(next)) {
        const n = this.cy.getElementById(id);
        if (n.nonempty() && (n.position('x') !== p.x || n.position('y') !== p.y)) n.position(p);
      }
    });
    this.applied = { ...next };
    this.save();
  }

  /** Of a loaded file's positions, those that differ from the layout's. */
  moved(positions: Positions): Positions {
    return movedFrom(positions, this.original);
  }

  /** Every actor's position as drawn now (for the export). */
  all(): Positions {
    const out: Positions = {};
    this.cy.nodes().forEach((n) => void (out[n.id()] = { ...n.position() }));
    return out;
  }

  /** Forgets the moves: every actor goes back where the server placed it. */
  reset(): void {
    this.onMove(null);
  }

  private save(): void {
    try {
      if (Object.keys(this.applied).length > 0) this.storage?.setItem(this.key, JSON.stringify(this.applied));
      else this.storage?.removeItem(this.key);
    } catch {
      // A full or blocked storage only loses the keeping, not the move.
    }
  }
}

function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

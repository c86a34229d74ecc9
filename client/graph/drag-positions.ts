// Positions a person set by dragging actors: kept in the browser (localStorage, keyed by the
// dataset), put back at load over the server's positions, included in the JSON export, and
// cleared by "Reset positions". Only the moved actors are stored.
import type { Core, NodeSingular } from 'cytoscape';

export type Positions = Record<string, { x: number; y: number }>;

/** A short key for a dataset: a hash of its actor ids (the payload has no name of its own). */
export function datasetKey(actorIds: readonly string[]): string {
  let h = 0x811c9dc5;
  for (const id of [...actorIds].sort()) {
    for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0x2c, 0x01000193);
  }
  return `explorer.positions.${(h >>> 0).toString(36)}`;
}

/** Reads stored positions, dropping anything malformed (the storage is the user's). */
export function parsePositions(text: string | null): Positions {
  if (!text) return {};
  try {
    const raw: unknown = JSON.parse(text);
    if (!raw || typeof raw !== 'object') return {};
    const out: Positions = {};
    for (const [id, p] of Object.entries(raw as Record<string, unknown>)) {
      const q = p as { x?: unknown; y?: unknown } | null;
      if (q && typeof q.x === 'number' && typeof q.y === 'number' && Number.isFinite(q.x) && Number.isFinite(q.y)) out[id] = { x: q.x, y: q.y };
    }
    return out;
  } catch {
    return {};
  }
}

export class DragPositions {
  private moved: Positions;
  private readonly original = new Map<string, { x: number; y: number }>();

  constructor(
    private readonly cy: Core,
    private readonly key: string,
    private readonly storage: Storage | null = safeStorage(),
  ) {
    this.moved = parsePositions(this.storage?.getItem(key) ?? null);
    cy.nodes().forEach((n) => void this.original.set(n.id(), { ...n.position() }));
    cy.batch(() => {
      for (const [id, p] of Object.entries(this.moved)) {
        const n = cy.getElementById(id);
        if (n.nonempty()) n.position(p);
      }
    });
    cy.on('dragfree', 'node', (e) => {
      const n = e.target as NodeSingular;
      this.moved[n.id()] = { ...n.position() };
      this.save();
    });
  }

  /** The positions moved by hand. */
  get stored(): Positions {
    return { ...this.moved };
  }

  /** Every actor's position as drawn now (for the export). */
  all(): Positions {
    const out: Positions = {};
    this.cy.nodes().forEach((n) => void (out[n.id()] = { ...n.position() }));
    return out;
  }

  /** Puts every moved actor back where the server placed it and forgets the moves. */
  reset(): void {
    this.cy.batch(() => {
      for (const id of Object.keys(this.moved)) {
        const p = this.original.get(id);
        if (p) this.cy.getElementById(id).position(p);
      }
    });
    this.moved = {};
    this.storage?.removeItem(this.key);
  }

  private save(): void {
    try {
      this.storage?.setItem(this.key, JSON.stringify(this.moved));
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

// Typed access to the graph: each method runs one named query and checks its rows with zod,
// so nothing downstream sees an engine's own value shapes.
import { z } from 'zod';
import type { EngineName, GraphEngine, Params, Row, Statement, WriteProgress } from '../engine/graph-engine.ts';
import {
  ActorSchema,
  CountsSchema,
  RelationSchema,
  SourceSchema,
  type Actor,
  type Relation,
  type Source,
} from '../../shared/model/schemas.ts';
import { PositionRow } from '../layout/positions.ts';
import type { Positions } from '../layout/force-layout.ts';
import { placeActors, type PlacementReport } from '../layout/place-actors.ts';
import { queryText, type QueryName, type QueryRegistry } from './registry.ts';

export class EngineRowError extends Error {}

function parseRows<T>(name: QueryName, rows: Row[], schema: z.ZodType<T>): T[] {
  return rows.map((row, i) => {
    const parsed = schema.safeParse(row);
    if (!parsed.success) {
      throw new EngineRowError(`Query "${name}" row ${i} does not fit the data model: ${parsed.error.message}`);
    }
    return parsed.data;
  });
}

/** How long the whole-graph reads stay cached when another process may write (Neo4j). */
export const SHARED_ENGINE_CACHE_MS = 10_000;

interface Cached<T> {
  version: number;
  at: number;
  value: Promise<T>;
}

/**
 * Reads the graph through named queries. The whole-graph reads (actors, relations, sources)
 * are cached until a write through this store (`invalidate`), and, on an engine other
 * processes can write to (Neo4j), for at most SHARED_ENGINE_CACHE_MS. Values derived from
 * them (snapshots, timelines) are memoized per version with `derived`.
 */
export class GraphStore {
  private version = 0;
  private readonly cache = new Map<string, Cached<unknown>>();
  private readonly derivedCache = new Map<string, unknown>();
  private derivedOwner: Cached<unknown> | undefined;
  private readonly ttlMs: number | null;

  constructor(
    // Kept to itself: readers go through the named queries, writers through `write`, and the
    // console gets its own read-only view (server/open-graph.ts).
    private readonly engine: GraphEngine,
    private readonly registry: QueryRegistry,
    options: { ttlMs?: number | null } = {},
  ) {
    this.ttlMs = options.ttlMs !== undefined ? options.ttlMs : engine.name === 'neo4j' ? SHARED_ENGINE_CACHE_MS : null;
  }

  /** Which engine answers ('grafeo' or 'neo4j'). */
  get engineName(): EngineName {
    return this.engine.name;
  }

  /**
   * Writes batches in one transaction (all or nothing) after the schema statements they need,
   * then forgets cached reads.
   */
  async write(statements: Statement[], options: { schema?: string[]; onProgress?: WriteProgress } = {}): Promise<void> {
    if (options.schema) await this.engine.applySchema(options.schema);
    try {
      await this.engine.writeAll(statements, options.onProgress);
    } finally {
      this.invalidate();
    }
  }

  /** The layout step of every write path: actors without a stored position get one (server/layout). */
  async place(): Promise<PlacementReport> {
    try {
      return await placeActors(this.engine, this.registry);
    } finally {
      this.invalidate();
    }
  }

  /** Forget cached reads: call after writing to the graph. */
  invalidate(): void {
    this.version++;
    this.cache.clear();
  }

  private cached<T>(key: string, load: () => Promise<T>): Promise<T> {
    const hit = this.cache.get(key) as Cached<T> | undefined;
    const fresh = hit && hit.version === this.version && (this.ttlMs === null || Date.now() - hit.at < this.ttlMs);
    if (fresh) return hit.value;
    const value = load();
    this.cache.set(key, { version: this.version, at: Date.now(), value });
    // A failed read is not kept.
    value.catch(() => {
      if (this.cache.get(key)?.value === value) this.cache.delete(key);
    });
    return value;
  }

  /**
   * A value computed from the cached reads, kept until they change. `key` must name every
   * input of `compute` besides the graph.
   */
  async derived<T>(key: string, compute: () => Promise<T> | T): Promise<T> {
    // Derived values belong to one load of the relations: a reload (after a write or the
    // time limit) starts them afresh.
    await this.relations();
    const owner = this.cache.get('relations');
    if (owner !== this.derivedOwner) {
      this.derivedCache.clear();
      this.derivedOwner = owner;
    }
    if (this.derivedCache.has(key)) return this.derivedCache.get(key) as T;
    const value = await compute();
    if (this.derivedCache.size >= 500) this.derivedCache.clear();
    this.derivedCache.set(key, value);
    return value;
  }

  private async read<T>(name: QueryName, schema: z.ZodType<T>, params?: Params): Promise<T[]> {
    return parseRows(name, await this.engine.read(queryText(this.registry, name), params), schema);
  }

  async counts(): Promise<{ actors: number; relations: number }> {
    const [row] = await this.read('counts', CountsSchema);
    return row ?? { actors: 0, relations: 0 };
  }

  actors(): Promise<Actor[]> {
    return this.cached('actors', () => this.read('actors-all', ActorSchema));
  }

  async actor(id: string): Promise<Actor | undefined> {
    const [actor] = await this.read('actor-by-id', ActorSchema, { id });
    return actor;
  }

  actorsAt(at: string): Promise<Actor[]> {
    return this.read('actors-at', ActorSchema, { at });
  }

  relations(): Promise<Relation[]> {
    return this.cached('relations', () => this.read('relations-all', RelationSchema));
  }

  relationsOf(id: string): Promise<Relation[]> {
    return this.read('relations-of-actor', RelationSchema, { id });
  }

  relationsAt(at: string, windowDays: number, types: readonly string[] | null): Promise<Relation[]> {
    return this.read('relations-at', RelationSchema, { at, window: windowDays, types: types ? [...types] : null });
  }

  sources(): Promise<Source[]> {
    return this.cached('sources', () => this.read('sources-all', SourceSchema));
  }

  /** Stored layout positions by actor id (server/layout); actors not laid out are absent. */
  positions(): Promise<Positions> {
    return this.cached('positions', async () => {
      const rows = await this.read('positions-all', PositionRow);
      return Object.fromEntries(rows.map((p) => [p.id, { x: p.x, y: p.y }])) as Positions;
    });
  }
}

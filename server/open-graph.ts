// The one way to open the graph: an engine (from the configuration, or one already open),
// the named queries, an optional load (the seeds, or any loader such as a generated world),
// and the store the routes read through. Used by the server, the seed, import and generate
// CLIs, the bench and the test helpers.
import type { EngineConfig } from './config.ts';
import { createEngine } from './engine/create-engine.ts';
import type { GraphEngine } from './engine/graph-engine.ts';
import { ReadOnlyEngine } from './engine/read-only-engine.ts';
import { GraphStore } from './queries/graph-store.ts';
import { loadRegistry, type QueryRegistry } from './queries/registry.ts';
import { placeActors } from './layout/place-actors.ts';
import { loadSeeds, type SeedReport } from './seeding/load-seeds.ts';

/** What to load once the engine is open: the seed files (of a folder, default seeds/), or a loader. */
export type GraphLoad = { seeds: string | undefined } | ((engine: GraphEngine, registry: QueryRegistry) => Promise<unknown>);

export interface OpenGraphOptions {
  /** The engine to open from the configuration, or one that is already open (then owned by the graph). */
  engine: EngineConfig | GraphEngine;
  load?: GraphLoad;
  registry?: QueryRegistry;
}

export interface OpenGraph {
  readonly store: GraphStore;
  readonly registry: QueryRegistry;
  /** The console's own access: reads only. */
  readonly console: GraphEngine;
  /** What the seeds loaded, when the load was the seeds. */
  readonly seeded: SeedReport | undefined;
  close(): Promise<void>;
}

function isEngine(engine: EngineConfig | GraphEngine): engine is GraphEngine {
  return typeof (engine as GraphEngine).read === 'function';
}

/** Opens (or takes) an engine and runs the load on it; closes the engine if the load fails. */
export async function openEngine(
  engine: EngineConfig | GraphEngine,
  registry: QueryRegistry,
  load?: GraphLoad,
): Promise<{ engine: GraphEngine; seeded: SeedReport | undefined }> {
  const open = isEngine(engine) ? engine : await createEngine(engine);
  try {
    if (load === undefined) {
      // A graph opened from the configuration and loaded some other way (or before positions
      // were kept) gets them now; an engine handed over open is its owner's to place.
      if (!isEngine(engine)) await placeActors(open, registry);
      return { engine: open, seeded: undefined };
    }
    if (typeof load === 'function') {
      await load(open, registry);
      return { engine: open, seeded: undefined };
    }
    return { engine: open, seeded: await loadSeeds(open, { registry, dir: load.seeds }) };
  } catch (err) {
    await open.close();
    throw err;
  }
}

export async function openGraph(options: OpenGraphOptions): Promise<OpenGraph> {
  const registry = options.registry ?? loadRegistry();
  const { engine, seeded } = await openEngine(options.engine, registry, options.load);
  return {
    store: new GraphStore(engine, registry),
    registry,
    console: new ReadOnlyEngine(engine),
    seeded,
    close: () => engine.close(),
  };
}

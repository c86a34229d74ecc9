// Loads a generated world through the engine interface: the schema, then batched UNWIND
// statements of the importer's named queries in one write transaction (merge by id, so
// loading it twice changes nothing), then the layout of actors that have no position yet.
import type { GraphEngine } from '../engine/graph-engine.ts';
import { importStatements } from '../io/import-statements.ts';
import { schemaStatements } from '../io/import-graph.ts';
import { placeActors, type PlacementReport } from '../layout/place-actors.ts';
import type { QueryRegistry } from '../queries/registry.ts';
import type { World } from './world.ts';

export const WORLD_BATCH_SIZE = 5_000;

export async function loadWorld(
  engine: GraphEngine,
  registry: QueryRegistry,
  world: World,
  onProgress?: (rows: number, total: number) => void,
): Promise<PlacementReport> {
  await engine.applySchema(schemaStatements(engine.name, registry));
  const statements = importStatements({ ...world, actors: world.actors.map((a) => ({ ...a, aliases: null })), rejected: [], rejectedCount: 0, ignoredColumns: [] }, registry, WORLD_BATCH_SIZE);
  const total = statements.reduce((n, s) => n + s.rows, 0);
  const done: number[] = [];
  for (const s of statements) done.push((done[done.length - 1] ?? 0) + s.rows);
  await engine.writeAll(statements, onProgress && ((n) => onProgress(done[n - 1] ?? total, total)));
  // Positions are part of the dataset: laid out once, here, not in every browser.
  return placeActors(engine, registry);
}

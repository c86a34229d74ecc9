// The layout step of every write path (seed load, import, generated world): actors without a
// stored position get one. A graph with no positions at all is laid out whole (ForceAtlas2,
// in a worker thread when it is large); otherwise only the new actors are placed, next to
// their neighbours, and every stored position stays as it is.
import type { GraphEngine } from '../engine/graph-engine.ts';
import { queryText, type QueryRegistry } from '../queries/registry.ts';
import { forceLayout, type Positions } from './force-layout.ts';
import { placeNew } from '../../shared/graph/place-new.ts';
import { layoutInWorker } from './run-layout.ts';
import { PositionRow } from './positions.ts';
import { ALL_TIES_BELOW, layoutTies } from './ties.ts';

export interface PlacementReport {
  /** `full`: the whole graph was laid out; `new`: only actors without a position were placed. */
  mode: 'full' | 'new' | 'none';
  placed: number;
  ms: number;
}

/** Rows per write statement. */
const BATCH = 5_000;

export async function placeActors(engine: GraphEngine, registry: QueryRegistry): Promise<PlacementReport> {
  const t0 = performance.now();
  const [actors, stored] = await Promise.all([engine.read(queryText(registry, 'actors-all')), engine.read(queryText(registry, 'positions-all'))]);
  const ids = actors.map((a) => String(a.id));
  const placed: Positions = Object.fromEntries(stored.map((row) => PositionRow.parse(row)).map((p) => [p.id, { x: p.x, y: p.y }]));
  const missing = ids.filter((id) => !Object.hasOwn(placed, id));
  if (missing.length === 0) return { mode: 'none', placed: 0, ms: Math.round(performance.now() - t0) };
  const relations = (await engine.read(queryText(registry, 'relation-ends'))).map((r) => ({ source: String(r.source), target: String(r.target) }));
  let mode: PlacementReport['mode'];
  let positions: Positions;
  if (Object.keys(placed).length === 0) {
    mode = 'full';
    const input = { ids, ties: layoutTies(ids, relations) };
    // A worker costs more to start than laying out a few dozen actors.
    positions = ids.length < ALL_TIES_BELOW ? forceLayout(input) : await layoutInWorker(input);
  } else {
    mode = 'new';
    positions = placeNew(missing, relations, placed);
  }
  const rows = Object.entries(positions).map(([id, p]) => ({ id, x: p.x, y: p.y }));
  const statements = [];
  for (let i = 0; i < rows.length; i += BATCH) statements.push({ query: queryText(registry, 'positions-set'), params: { rows: rows.slice(i, i + BATCH) } });
  await engine.writeAll(statements);
  return { mode, placed: rows.length, ms: Math.round(performance.now() - t0) };
}

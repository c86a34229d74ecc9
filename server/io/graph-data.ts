// The whole graph as plain data (what every export starts from) and a snapshot of it at a
// date, sliced with the same time rules as the API.
import { networkAt } from '../../shared/time/network.ts';
import type { Actor, Relation, Source } from '../../shared/model/schemas.ts';
import type { GraphStore } from '../queries/graph-store.ts';

export interface GraphData {
  actors: Actor[];
  relations: Relation[];
  sources: Source[];
}

export async function readGraph(store: GraphStore): Promise<GraphData> {
  const [actors, relations, sources] = await Promise.all([store.actors(), store.relations(), store.sources()]);
  return { actors, relations, sources };
}

/** Actors existing at `at`, plus the endpoints of every relation active then (as /api/graph draws them). */
export function graphDataAt(data: GraphData, at: string, windowDays: number): { actors: Actor[]; relations: Relation[] } {
  const { nodes, edges } = networkAt(data.actors, data.relations, at, windowDays);
  return { actors: nodes, relations: edges };
}

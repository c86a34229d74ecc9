// Per-load memos the routes share: the change dates for a window, and the snapshot graph of
// an epoch (every date between two changes has the same one), so repeated questions about a
// date cost a lookup instead of a pass over every relation.
import { epochOf, networkTimeline, type NetworkChange } from '../../shared/time/network.ts';
import { activeGraphAt, type ActiveGraph } from '../../shared/graph/active-graph.ts';
import type { GraphStore } from '../queries/graph-store.ts';

export function changesFor(store: GraphStore, window: number): Promise<NetworkChange[]> {
  return store.derived(`timeline|${window}`, async () => networkTimeline(await store.actors(), await store.relations(), window));
}

export async function epochAt(store: GraphStore, at: string, window: number): Promise<string> {
  const dates = await store.derived(`change-dates|${window}`, async () => (await changesFor(store, window)).map((c) => c.date));
  return epochOf(dates, at);
}

export function typesKey(types: readonly string[] | undefined): string {
  return types ? [...types].sort().join(',') : '*';
}

export async function graphAt(store: GraphStore, at: string, window: number, types?: readonly string[]): Promise<ActiveGraph> {
  const epoch = await epochAt(store, at, window);
  return store.derived(`snapshot-graph|${window}|${typesKey(types)}|${epoch}`, async () => activeGraphAt(await store.relations(), at, window, types));
}

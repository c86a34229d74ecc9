// The network at one date from the whole graph: the actors that exist then plus every
// endpoint of an active relation, and the active relations. Also the change epochs: two
// dates between the same consecutive changes have the same snapshot, so it is cached by epoch.
import { activeAt, existsAt, timeline, type Interval, type Lifespan, type TimelineEntry } from './temporal.ts';

export interface NetworkChange extends TimelineEntry {
  founded: string[];
  dissolved: string[];
}

/** Every date at which the snapshot changes: relations starting or ending, organizations founded or dissolved. */
export function networkTimeline(
  actors: readonly (Lifespan & { id: string })[],
  relations: readonly Interval[],
  windowDays: number,
): NetworkChange[] {
  const byDate = new Map<string, NetworkChange>(timeline(relations, windowDays).map((c) => [c.date, { ...c, founded: [], dissolved: [] }]));
  const at = (date: string) => {
    let e = byDate.get(date);
    if (!e) byDate.set(date, (e = { date, added: [], removed: [], founded: [], dissolved: [] }));
    return e;
  };
  for (const a of actors) {
    if (a.founded) at(a.founded).founded.push(a.id);
    if (a.dissolved) at(a.dissolved).dissolved.push(a.id);
  }
  return [...byDate.values()].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

/** The latest change date on or before `at` ('' before the first change): the snapshot's cache key. */
export function epochOf(changeDates: readonly string[], at: string): string {
  let lo = 0;
  let hi = changeDates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((changeDates[mid] as string) <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? '' : (changeDates[lo - 1] as string);
}

export interface Network<A, R> {
  nodes: A[];
  edges: R[];
}

/** The network drawn at `at`: the active relations (of `types`, if given) and the actors that exist then or end one. */
export function networkAt<A extends Lifespan & { id: string }, R extends Interval & { source: string; target: string }>(
  actors: readonly A[],
  relations: readonly R[],
  at: string,
  windowDays: number,
  types?: readonly string[],
): Network<A, R> {
  const edges = activeAt(relations, at, windowDays, types);
  // An active relation's endpoints are always drawn, even if an actor's lifespan says otherwise.
  const endpoints = new Set(edges.flatMap((r) => [r.source, r.target]));
  const nodes = actors.filter((a) => existsAt(a, at) || endpoints.has(a.id));
  return { nodes, edges };
}

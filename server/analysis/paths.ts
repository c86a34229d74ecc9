// Time-aware paths: the k shortest simple paths between two actors over the relations active
// at a date, and, across every change date, whether and how closely the two were connected.
import { bidirectional, singleSourceLength } from 'graphology-shortest-path/unweighted';
import { addRelation, dropRelation, preferredEdge, activeGraphAt, buildGraph, type Linked, type ActiveGraph } from '../../shared/graph/active-graph.ts';
import { isActiveAt, timeline } from '../../shared/time/temporal.ts';

export interface Path {
  nodes: string[];
  edges: string[];
}

export interface PathOptions {
  at: string;
  windowDays: number;
  types?: readonly string[];
  maxHops: number;
  k: number;
}

export interface PathAnswer {
  found: boolean;
  paths: Path[];
}

/**
 * Up to k simple paths in order of length: every path of the shortest length first, then the
 * next length, up to maxHops. Paths are node sequences (parallel relations between the same
 * two actors do not make separate paths); each hop names one relation.
 */
export function kShortestPaths(g: ActiveGraph, from: string, to: string, maxHops: number, k: number): Path[] {
  if (!g.hasNode(from) || !g.hasNode(to) || from === to) return [];
  const toTarget = singleSourceLength(g, to);
  const shortest = toTarget[from];
  if (shortest === undefined) return [];
  const found: string[][] = [];
  const neighbours = new Map<string, string[]>();
  const sortedNeighbours = (n: string) => {
    let ns = neighbours.get(n);
    if (!ns) neighbours.set(n, (ns = [...g.neighbors(n)].sort()));
    return ns;
  };
  for (let length = shortest; length <= maxHops && found.length < k; length++) {
    const path = [from];
    const onPath = new Set([from]);
    const walk = (node: string): void => {
      if (found.length >= k) return;
      const depth = path.length - 1;
      if (node === to) {
        if (depth === length) found.push([...path]);
        return;
      }
      for (const next of sortedNeighbours(node)) {
        const rest = toTarget[next];
        if (onPath.has(next) || rest === undefined || depth + 1 + rest > length) continue;
        path.push(next);
        onPath.add(next);
        walk(next);
        path.pop();
        onPath.delete(next);
        if (found.length >= k) return;
      }
    };
    walk(from);
  }
  return found.map((nodes) => ({ nodes, edges: nodes.slice(1).map((n, i) => preferredEdge(g, nodes[i] as string, n)) }));
}

export function pathsAt(relations: readonly Linked[], from: string, to: string, o: PathOptions): PathAnswer {
  return pathsIn(activeGraphAt(relations, o.at, o.windowDays, o.types), from, to, o);
}

/** The same over a snapshot graph already built (and cached) for the date. */
export function pathsIn(g: ActiveGraph, from: string, to: string, o: { maxHops: number; k: number }): PathAnswer {
  const paths = kShortestPaths(g, from, to, o.maxHops, o.k);
  return { found: paths.length > 0, paths };
}

export interface PathSpan {
  start: string;
  /** The day the span ends (exclusive), or null when it lasts until today. */
  end: string | null;
  connected: boolean;
  hops: number | null;
  path: Path | null;
}

/** Thrown when `overTime` says the sweep has run out of time. */
export class PathHistoryOverTime extends Error {}

export interface PathHistory {
  from: string;
  to: string;
  spans: PathSpan[];
  firstConnected: string | null;
  breaks: string[];
}

/**
 * Sweeps the change dates once, adding and dropping relations in one graph, and records the
 * shortest path at each date; consecutive dates with the same answer merge into one span.
 */
export function pathHistory(
  relations: readonly Linked[],
  from: string,
  to: string,
  o: { windowDays: number; types?: readonly string[]; maxHops: number; overTime?: () => boolean },
): PathHistory {
  const allowed = o.types ? new Set(o.types) : null;
  const rels = relations.filter((r) => !allowed || allowed.has(r.type));
  const byId = new Map(rels.map((r) => [r.id, r]));
  const g = buildGraph([]);
  const spans: PathSpan[] = [];
  for (const change of timeline(rels, o.windowDays)) {
    // A world with a change every day is thousands of searches: the caller bounds the time.
    if (o.overTime?.()) throw new PathHistoryOverTime();
    for (const id of change.removed) dropRelation(g, byId.get(id) as Linked);
    for (const id of change.added) {
      const r = byId.get(id) as Linked;
      // An event whose window is zero days is never visible.
      if (isActiveAt(r, change.date, o.windowDays)) addRelation(g, r);
    }
    const nodes = g.hasNode(from) && g.hasNode(to) ? bidirectional(g, from, to) : null;
    const hops = nodes && nodes.length - 1 <= o.maxHops ? nodes.length - 1 : null;
    const path = hops === null || !nodes ? null : { nodes, edges: nodes.slice(1).map((n, i) => preferredEdge(g, nodes[i] as string, n)) };
    const last = spans[spans.length - 1];
    if (last && last.connected === (hops !== null) && last.hops === hops) continue;
    if (last) last.end = change.date;
    spans.push({ start: change.date, end: null, connected: hops !== null, hops, path });
  }
  const connected = spans.filter((s) => s.connected);
  const breaks = spans.filter((s, i) => !s.connected && i > 0 && spans[i - 1]?.connected).map((s) => s.start);
  return { from, to, spans, firstConnected: connected[0]?.start ?? null, breaks };
}


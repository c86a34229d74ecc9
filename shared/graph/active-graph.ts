// The network active at one date as a graphology graph: undirected (a path may run either
// way along a relation), one edge per relation, keyed by relation id.
import { MultiUndirectedGraph } from 'graphology';
import { RELATION_TYPES } from '../model/schemas.ts';
import { activeAt, type Interval } from '../time/temporal.ts';

export interface Linked extends Interval {
  source: string;
  target: string;
}

export type ActiveGraph = MultiUndirectedGraph<Record<string, never>, { id: string; type: string }>;

export function buildGraph(relations: readonly Linked[]): ActiveGraph {
  const g: ActiveGraph = new MultiUndirectedGraph();
  for (const r of relations) addRelation(g, r);
  return g;
}

export function addRelation(g: ActiveGraph, r: Linked): void {
  if (r.source === r.target || g.hasEdge(r.id)) return;
  g.mergeNode(r.source);
  g.mergeNode(r.target);
  g.addEdgeWithKey(r.id, r.source, r.target, { id: r.id, type: r.type });
}

export function dropRelation(g: ActiveGraph, r: Linked): void {
  if (!g.hasEdge(r.id)) return;
  g.dropEdge(r.id);
  for (const n of [r.source, r.target]) if (g.hasNode(n) && g.degree(n) === 0) g.dropNode(n);
}

/** The relations active at `at` (of `types`, if given) as a graph. */
export function activeGraphAt(
  relations: readonly Linked[],
  at: string,
  windowDays: number,
  types?: readonly string[],
): ActiveGraph {
  return buildGraph(activeAt(relations, at, windowDays, types));
}

const TYPE_RANK = new Map<string, number>(RELATION_TYPES.map((t, i) => [t, i]));

/** The relation a path uses between two adjacent actors when several link them: by type order, then id. */
export function preferredEdge(g: ActiveGraph, a: string, b: string): string {
  const edges = g.edges(a, b).map((id) => ({ id, rank: TYPE_RANK.get(g.getEdgeAttribute(id, 'type')) ?? 99 }));
  edges.sort((x, y) => x.rank - y.rank || x.id.localeCompare(y.id));
  const first = edges[0];
  if (!first) throw new Error(`no relation between ${a} and ${b}`);
  return first.id;
}

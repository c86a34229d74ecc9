// Degree and betweenness of every actor at a date (one actor over time: centrality-history.ts).
import { UndirectedGraph } from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { activeGraphAt, type Linked, type ActiveGraph } from './active-graph.ts';
import { timeline } from '../time/temporal.ts';

export interface Centrality {
  actor: string;
  /** Distinct actors it has an active relation with. */
  degree: number;
  /** Share of shortest paths between other actors that pass through it (normalized, 0..1). */
  betweenness: number;
}

/** Collapse parallel relations: centrality counts who is linked to whom, not how many ways. */
function simple(g: ActiveGraph): UndirectedGraph {
  const s = new UndirectedGraph();
  g.forEachNode((n) => s.addNode(n));
  g.forEachEdge((_e, _a, source, target) => s.mergeEdge(source, target));
  return s;
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;

export function centralityAt(relations: readonly Linked[], at: string, windowDays: number): Centrality[] {
  const g = simple(activeGraphAt(relations, at, windowDays));
  if (g.order === 0) return [];
  const between = betweennessCentrality(g, { normalized: true });
  return g
    .nodes()
    .map((actor) => ({ actor, degree: g.degree(actor), betweenness: round(between[actor] ?? 0) }))
    .sort((a, b) => b.degree - a.degree || b.betweenness - a.betweenness || a.actor.localeCompare(b.actor));
}

export interface CentralityPoint {
  date: string;
  degree: number;
  betweenness: number;
}

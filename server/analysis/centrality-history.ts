// One actor's degree and betweenness at every change date, computed incrementally: the
// network is updated date by date rather than rebuilt, and the actor's betweenness is
// recomputed only when a link inside its connected component appeared or went (it depends
// on nothing else but the network's size, which only rescales it). The answers equal
// centralityAt's at each date (tests/unit/centrality.test.ts checks this).
import { visibleUntil, timeline, type Interval } from '../../shared/time/temporal.ts';
import type { CentralityPoint } from '../../shared/graph/centrality.ts';
import type { Linked } from '../../shared/graph/active-graph.ts';

const round = (x: number) => Math.round(x * 10_000) / 10_000;

/** The simple undirected network (who is linked to whom) with the number of relations behind each link. */
class LinkCounts {
  readonly adjacency = new Map<string, Map<string, number>>();

  /** Adds one relation; true when the two actors were not linked before. */
  add(a: string, b: string): boolean {
    const n = this.bump(a, b, 1);
    this.bump(b, a, 1);
    return n === 1;
  }

  /** Removes one relation; true when the two actors are no longer linked. */
  remove(a: string, b: string): boolean {
    const n = this.bump(a, b, -1);
    this.bump(b, a, -1);
    return n === 0;
  }

  private bump(a: string, b: string, by: number): number {
    let row = this.adjacency.get(a);
    if (!row) this.adjacency.set(a, (row = new Map()));
    const n = (row.get(b) ?? 0) + by;
    if (n > 0) row.set(b, n);
    else {
      row.delete(b);
      if (row.size === 0) this.adjacency.delete(a);
    }
    return n;
  }

  /** Actors with at least one link (the snapshot graph's nodes). */
  get order(): number {
    return this.adjacency.size;
  }

  degree(actor: string): number {
    return this.adjacency.get(actor)?.size ?? 0;
  }

  component(actor: string): string[] {
    if (!this.adjacency.has(actor)) return [actor];
    const seen = new Set([actor]);
    const queue = [actor];
    for (let i = 0; i < queue.length; i++) {
      for (const next of this.adjacency.get(queue[i] as string)!.keys()) {
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    return queue;
  }
}

/**
 * The actor's betweenness within its component, unnormalized and counted as Brandes does on
 * an undirected graph (each pair from both ends), with integer indices for speed.
 */
function rawBetweenness(links: LinkCounts, nodes: readonly string[], actor: string): number {
  const n = nodes.length;
  if (n < 3) return 0;
  const index = new Map(nodes.map((id, i) => [id, i]));
  const neighbours: number[][] = nodes.map((id) => [...links.adjacency.get(id)!.keys()].map((k) => index.get(k)!));
  const target = index.get(actor)!;
  const sigma = new Float64Array(n);
  const dist = new Int32Array(n);
  const delta = new Float64Array(n);
  const order = new Int32Array(n);
  let total = 0;
  for (let s = 0; s < n; s++) {
    if (s === target) continue;
    sigma.fill(0);
    dist.fill(-1);
    delta.fill(0);
    sigma[s] = 1;
    dist[s] = 0;
    order[0] = s;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = order[head++]!;
      for (const w of neighbours[v]!) {
        if (dist[w] === -1) {
          dist[w] = dist[v]! + 1;
          order[tail++] = w;
        }
        if (dist[w] === dist[v]! + 1) sigma[w]! += sigma[v]!;
      }
    }
    for (let i = tail - 1; i > 0; i--) {
      const w = order[i]!;
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      for (const v of neighbours[w]!) if (dist[v] === dist[w]! - 1) delta[v]! += sigma[v]! * coefficient;
    }
    total += delta[target]!;
  }
  return total;
}

export function centralityHistory(relations: readonly Linked[], actor: string, windowDays: number): CentralityPoint[] {
  const byId = new Map<string, Linked & Interval>();
  for (const r of relations) if (r.source !== r.target) byId.set(r.id, r);
  const links = new LinkCounts();
  const active = new Set<string>();
  let component = new Set([actor]);
  let raw = 0;
  const points: CentralityPoint[] = [];
  for (const { date, added, removed } of timeline(relations, windowDays)) {
    let touched = false;
    const touches = (r: Linked) => component.has(r.source) || component.has(r.target);
    for (const id of removed) {
      const r = byId.get(id);
      if (!r || !active.delete(id)) continue;
      if (links.remove(r.source, r.target) && touches(r)) touched = true;
    }
    for (const id of added) {
      const r = byId.get(id);
      if (!r || active.has(id)) continue;
      // Active from its start until the day it stops being shown (never, if that is not later).
      const until = visibleUntil(r, windowDays);
      if (until !== null && until <= date) continue;
      active.add(id);
      if (links.add(r.source, r.target) && touches(r)) touched = true;
    }
    if (touched) {
      const nodes = links.component(actor);
      component = new Set(nodes);
      raw = rawBetweenness(links, nodes, actor);
    }
    const order = links.order;
    const betweenness = order <= 2 ? raw : raw / ((order - 1) * (order - 2));
    points.push({ date, degree: links.degree(actor), betweenness: round(betweenness) });
  }
  return points;
}

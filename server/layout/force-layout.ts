// ForceAtlas2 (graphology) over the layout ties, from a seeded start, so the same graph gets
// the same picture at every run; then scaled to screen units and spread so no two actors
// sit on each other. Pure and synchronous: run-layout.ts runs it in a worker thread.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { Point, Positions } from '../../shared/graph/positions.ts';
import type { Tie } from './ties.ts';

export type { Point, Positions };

export interface LayoutInput {
  ids: string[];
  ties: Tie[];
  seed?: number;
  iterations?: number;
}

export const LAYOUT_SEED = 20_021_007;
/** The median tie is drawn this long (in Cytoscape's model units, as fCoSE's ideal edge length). */
export const TIE_LENGTH = 140;
/** Actors closer than this are pushed apart after the layout. */
export const MIN_SEPARATION = 70;

/** Below this many actors the layout runs longer: it costs little and settles better. */
const SMALL = 100;

const round = (v: number) => Math.round(v * 10) / 10;

export function forceLayout(input: LayoutInput): Positions {
  const ids = [...input.ids].sort();
  const n = ids.length;
  if (n === 0) return {};
  const rng = xoroshiro128plus(input.seed ?? LAYOUT_SEED);
  const unit = () => uniformInt(rng, 0, 0x3fffffff) / 0x40000000 - 0.5;
  const graph = new Graph({ type: 'undirected', multi: false });
  const side = Math.sqrt(n) * 10;
  for (const id of ids) graph.addNode(id, { x: unit() * side, y: unit() * side });
  for (const t of input.ties) if (!graph.hasEdge(t.source, t.target)) graph.addEdge(t.source, t.target, { weight: t.weight });
  const iterations = input.iterations ?? (n < SMALL ? 1000 : 500);
  forceAtlas2.assign(graph, { iterations, getEdgeWeight: 'weight', settings: { ...forceAtlas2.inferSettings(graph), edgeWeightInfluence: 0.5 } });

  const at = new Map<string, Point>();
  graph.forEachNode((id, a) => at.set(id, { x: a.x as number, y: a.y as number }));
  const lengths = input.ties.map((t) => Math.hypot(at.get(t.source)!.x - at.get(t.target)!.x, at.get(t.source)!.y - at.get(t.target)!.y)).sort((a, b) => a - b);
  const median = lengths.length > 0 ? lengths[Math.floor(lengths.length / 2)]! : 0;
  const scale = median > 0 ? TIE_LENGTH / median : TIE_LENGTH / 10;
  let cx = 0;
  let cy = 0;
  for (const p of at.values()) {
    cx += p.x / n;
    cy += p.y / n;
  }
  const points = ids.map((id) => ({ x: (at.get(id)!.x - cx) * scale, y: (at.get(id)!.y - cy) * scale }));
  separate(points, MIN_SEPARATION);
  // fromEntries: own properties whatever the id (even `__proto__`).
  return Object.fromEntries(ids.map((id, i) => [id, { x: round(points[i]!.x), y: round(points[i]!.y) }]));
}

/**
 * Pushes apart pairs closer than `min`, a few passes over a grid of `min`-sized cells (so a
 * pass costs about the number of actors, not its square). Moves points in place.
 */
export function separate(points: Point[], min: number, passes = 12): void {
  for (let pass = 0; pass < passes; pass++) {
    const grid = new Map<string, number[]>();
    const cell = (p: Point) => [Math.floor(p.x / min), Math.floor(p.y / min)] as const;
    points.forEach((p, i) => {
      const [gx, gy] = cell(p);
      const k = `${gx},${gy}`;
      const list = grid.get(k);
      if (list) list.push(i);
      else grid.set(k, [i]);
    });
    let moved = false;
    points.forEach((p, i) => {
      const [gx, gy] = cell(p);
      for (let dx = -1; dx <= 1; dx++)
        for (let dy = -1; dy <= 1; dy++)
          for (const j of grid.get(`${gx + dx},${gy + dy}`) ?? []) {
            if (j <= i) continue;
            const q = points[j]!;
            let vx = q.x - p.x;
            let vy = q.y - p.y;
            let d = Math.hypot(vx, vy);
            if (d >= min) continue;
            if (d === 0) {
              // Same spot: part them along a direction fixed by their indexes.
              const angle = ((i * 7919 + j * 104_729) % 360) * (Math.PI / 180);
              vx = Math.cos(angle);
              vy = Math.sin(angle);
              d = 1;
            }
            const push = (min - Math.min(d, min)) / 2 / d;
            p.x -= vx * push;
            p.y -= vy * push;
            q.x += vx * push;
            q.y += vy * push;
            moved = true;
          }
    });
    if (!moved) return;
  }
}

// The layout, run once over every actor and relation of every date so an actor keeps its
// place as the slider moves: fCoSE with Math.random seeded (the same data looks the same at
// every load and in every screenshot); a world-sized graph is laid out from each actor's
// strongest ties in a headless copy.
import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { placeNew } from '../../shared/graph/place-new.ts';
import type { Relation, TemporalPayload } from '../api/client.ts';
import { largeGraphStyle, stylesheet } from './style.ts';

cytoscape.use(fcose);

/** Runs a layout with Math.random seeded: fCoSE starts from random positions and has no seed option. */
function seeded<T>(run: () => T): T {
  const rng = xoroshiro128plus(20_021_007);
  const saved = Math.random;
  Math.random = () => uniformInt(rng, 0, 0x3fffffff) / 0x40000000;
  try {
    return run();
  } finally {
    Math.random = saved;
  }
}

/**
 * Positions are data, laid out once on the server (server/layout): no layout runs here. An
 * actor the server has not placed goes next to its neighbours, as the server would put it.
 */
export function storedPositions(ids: readonly string[], stored: TemporalPayload['positions'], relations: readonly Relation[]): Record<string, { x: number; y: number }> {
  const at = { ...stored, ...placeNew(ids, relations, stored) };
  return Object.fromEntries(ids.map((id) => [id, at[id] ?? { x: 0, y: 0 }]));
}

export function layoutGraph(cy: Core, large: boolean, largeLayoutTies: number, relations: readonly Relation[]): void {
  if (cy.elements().empty()) return;
  if (large) {
    layoutLarge(cy, largeLayoutTies, relations);
    return;
  }
  // Size organizations by their largest membership for the layout, so big ones get room.
  seeded(() =>
    cy
      .layout({
        name: 'fcose',
        quality: 'proof',
        randomize: true,
        animate: false,
        fit: true,
        padding: 40,
        nodeDimensionsIncludeLabels: true,
        nodeRepulsion: () => 30000,
        idealEdgeLength: () => 140,
        edgeElasticity: () => 0.3,
        nodeSeparation: 90,
        numIter: 3000,
        packComponents: true,
      } as cytoscape.LayoutOptions)
      .run(),
  );
}

/**
 * A world-sized graph: the layout sees each actor's few strongest ties (the pairs with the
 * most relations), one edge per pair; tens of thousands of spells between the same pairs
 * add no information about where actors belong, and cost the layout minutes.
 */
function layoutLarge(cy: Core, ties: number, relations: readonly Relation[]): void {
  // From the relations, not Cytoscape's edges: with the batched layer Cytoscape holds none.
  const pairs = new Map<string, { edge: Relation; count: number }>();
  for (const e of relations) {
    if (cy.getElementById(e.source).empty() || cy.getElementById(e.target).empty()) continue;
    const [a, b] = [e.source, e.target].sort();
    const k = `${a}|${b}`;
    const p = pairs.get(k);
    if (p) p.count++;
    else pairs.set(k, { edge: e, count: 1 });
  }
  const byNode = new Map<string, { edge: Relation; count: number }[]>();
  for (const p of pairs.values()) {
    for (const end of [p.edge.source, p.edge.target]) {
      let list = byNode.get(end);
      if (!list) byNode.set(end, (list = []));
      list.push(p);
    }
  }
  const keep = new Set<Relation>();
  for (const list of byNode.values()) {
    list.sort((x, y) => y.count - x.count);
    for (const p of list.slice(0, ties)) keep.add(p.edge);
  }
  // Laid out in a headless copy holding only those edges: fCoSE walks each node's whole
  // neighbourhood to find components, which over every spell costs seconds.
  const copy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [...stylesheet(), ...largeGraphStyle()],
    elements: [
      ...cy.nodes().map((n) => ({ group: 'nodes' as const, data: n.data() as Record<string, unknown> })),
      ...relations.filter((e) => keep.has(e)).map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.source, target: e.target, type: e.type } })),
    ],
  });
  seeded(() =>
    copy
      .layout({
        name: 'fcose',
        quality: 'default',
        randomize: true,
        animate: false,
        fit: false,
        nodeDimensionsIncludeLabels: false,
        nodeRepulsion: () => 30000,
        idealEdgeLength: () => 140,
        edgeElasticity: () => 0.3,
        numIter: 1000,
        packComponents: true,
      } as cytoscape.LayoutOptions)
      .run(),
  );
  const at = new Map(copy.nodes().map((n) => [n.id(), { ...n.position() }]));
  cy.batch(() => cy.nodes().positions((n) => at.get(n.id()) ?? { x: 0, y: 0 }));
  copy.destroy();
  cy.fit(undefined, 40);
}

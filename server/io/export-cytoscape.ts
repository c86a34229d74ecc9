// The JSON export in Cytoscape.js's elements format: `cy.json(exported)` or
// `cytoscape({ elements: exported.elements })` loads it as is.
import type { Actor, Relation } from '../../shared/model/schemas.ts';

export interface CytoscapeJson {
  data: { at: string | null; window: number | null };
  elements: {
    nodes: { data: Actor & { label: string } }[];
    edges: { data: Relation & { label: string } }[];
  };
}

export function toCytoscape(actors: Actor[], relations: Relation[], snapshot: { at: string; window: number } | null): CytoscapeJson {
  return {
    data: { at: snapshot?.at ?? null, window: snapshot?.window ?? null },
    elements: {
      nodes: actors.map((a) => ({ data: { ...a, label: a.shortName ?? a.name } })),
      edges: relations.map((r) => ({ data: { ...r, label: r.type } })),
    },
  };
}

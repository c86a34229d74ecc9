// The one conversion from the API's neutral graph format to Cytoscape elements: node id =
// actor id, edge id = relation id, edge data carries source, target and type.
import type { ElementDefinition } from 'cytoscape';
import type { Relation, TemporalPayload } from '../api/client.ts';
import { maxMemberCounts } from '../snapshot.ts';
import { orgSize } from './style.ts';

/** The relations that can be drawn: an edge needs both ends (an unknown actor would make Cytoscape throw). */
export function drawableRelations(payload: Pick<TemporalPayload, 'actors' | 'relations'>): Relation[] {
  const ids = new Set(payload.actors.map((a) => a.id));
  return payload.relations.filter((r) => ids.has(r.source) && ids.has(r.target));
}

export function nodeElements(payload: Pick<TemporalPayload, 'actors' | 'relations'>): ElementDefinition[] {
  // Laid out at their largest, so the biggest organizations get room at every date.
  const maxMembers = maxMemberCounts(payload);
  return payload.actors.map((a) => {
    const label = a.kind === 'organization' ? (a.shortName ?? a.id) : a.name;
    return {
      group: 'nodes',
      data: {
        id: a.id,
        label,
        name: a.name,
        kind: a.kind,
        size: orgSize(maxMembers.get(a.id) ?? 0),
      },
    };
  });
}

export function edgeElement(r: Relation, classes: readonly string[] = r.event ? ['event'] : []): ElementDefinition {
  return { group: 'edges', data: { id: r.id, source: r.source, target: r.target, type: r.type, event: r.event }, classes: [...classes] };
}

export function toElements(payload: Pick<TemporalPayload, 'actors' | 'relations'>): ElementDefinition[] {
  return [...nodeElements(payload), ...drawableRelations(payload).map((r) => edgeElement(r))];
}

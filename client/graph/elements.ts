// The one conversion from the API's neutral graph format to Cytoscape elements: node id =
// actor id, edge id = relation id, edge data carries source, target and type.
import type { ElementDefinition } from 'cytoscape';
import type { TemporalPayload } from '../api/client.ts';
import { maxMemberCounts } from '../snapshot.ts';
import { orgSize } from './style.ts';

export function toElements(payload: Pick<TemporalPayload, 'actors' | 'relations'>): ElementDefinition[] {
  const ids = new Set(payload.actors.map((a) => a.id));
  // Laid out at their largest, so the biggest organizations get room at every date.
  const maxMembers = maxMemberCounts(payload);
  const nodes: ElementDefinition[] = payload.actors.map((a) => {
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
  const edges: ElementDefinition[] = payload.relations
    // An edge needs both ends; a relation to an unknown actor would make Cytoscape throw.
    .filter((r) => ids.has(r.source) && ids.has(r.target))
    .map((r) => ({
      group: 'edges',
      data: { id: r.id, source: r.source, target: r.target, type: r.type, event: r.event },
      classes: r.event ? ['event'] : [],
    }));
  return [...nodes, ...edges];
}

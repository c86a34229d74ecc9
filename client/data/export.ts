// Exports: the current snapshot as JSON, and the download helper. Pictures and the replay
// video are in client/outputs/.
import type { TemporalPayload } from '../api/client.ts';
import type { Snapshot } from '../snapshot.ts';
import type { ViewState } from '../state/view-state.ts';

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 2000);
}

/** The snapshot in the API's neutral format, with the filters that made it. */
export function snapshotJson(payload: TemporalPayload, snapshot: Snapshot, state: ViewState, positions: Record<string, { x: number; y: number }> | null = null): object {
  const sourceIds = new Set(snapshot.relations.flatMap((r) => r.sources));
  return {
    // Where each drawn actor sits, dragged ones where the person left them (graph/drag-positions.ts).
    ...(positions ? { positions: Object.fromEntries(Object.entries(positions).filter(([id]) => snapshot.actorIds.has(id))) } : {}),
    at: snapshot.at,
    filters: { types: state.types, kinds: state.kinds, hideIsolated: state.hideIsolated },
    nodes: payload.actors.filter((a) => snapshot.actorIds.has(a.id)),
    edges: snapshot.relations,
    sources: payload.sources.filter((s) => sourceIds.has(s.id)),
  };
}

export function exportJson(payload: TemporalPayload, snapshot: Snapshot, state: ViewState, positions: Record<string, { x: number; y: number }> | null = null): void {
  const text = JSON.stringify(snapshotJson(payload, snapshot, state, positions), null, 2);
  download(new Blob([text], { type: 'application/json' }), `alliances-${snapshot.at}.json`);
}

export { download };

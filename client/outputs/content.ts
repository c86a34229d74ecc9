// What a picture or a replay shows, for its legend and credit line: the relations drawn at a
// date (the snapshot), or at some date of a replay's range. Pure.
import { visibleUntil } from '../../shared/time/temporal.ts';
import type { Actor, Relation, Source, TemporalPayload } from '../api/client.ts';
import type { Snapshot, SnapshotFilters } from '../snapshot.ts';
import { creditLine, legendFor, type LegendEntry } from './burn-in.ts';

export interface Shown {
  legend: LegendEntry[];
  credit: string;
}

function describe(relations: readonly Relation[], actorIds: Iterable<string>, actors: ReadonlyMap<string, Actor>, sources: ReadonlyMap<string, Source>): Shown {
  const drawn = [...actorIds].map((id) => actors.get(id)).filter((a): a is Actor => a !== undefined);
  return { legend: legendFor(relations, drawn), credit: creditLine(relations, sources) };
}

/** The legend and credit of one snapshot (a picture). */
export function shownAt(snapshot: Snapshot, actors: ReadonlyMap<string, Actor>, sources: ReadonlyMap<string, Source>): Shown {
  return describe(snapshot.relations, snapshot.actorIds, actors, sources);
}

/**
 * The legend and credit of a replay from → to: every relation passing the filters that is
 * drawn at some date of the range, so the legend stays still while the video plays.
 */
export function shownBetween(
  payload: Pick<TemporalPayload, 'relations'>,
  from: string,
  to: string,
  filters: SnapshotFilters,
  actors: ReadonlyMap<string, Actor>,
  sources: ReadonlyMap<string, Source>,
): Shown {
  const types = filters.types ? new Set(filters.types) : null;
  const kindOk = (id: string) => !filters.kinds || filters.kinds.includes(actors.get(id)?.kind ?? 'state');
  const relations = payload.relations.filter((r) => {
    if (types && !types.has(r.type)) return false;
    if (!kindOk(r.source) || !kindOk(r.target)) return false;
    const until = visibleUntil(r);
    return r.start <= to && (until === null || until > from);
  });
  return describe(relations, new Set(relations.flatMap((r) => [r.source, r.target])), actors, sources);
}

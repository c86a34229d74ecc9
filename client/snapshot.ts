// Pure filtering of the temporal payload at a date: which relations are active, which
// actors are drawn, how many members each organization has, and the dates the slider marks.
// Reuses the server's time logic so the client and the API answer alike.
import { activeAt, existsAt, timeline, visibleUntil, DEFAULT_EVENT_WINDOW_DAYS } from '../shared/time/temporal.ts';
import type { Actor, Relation, TemporalPayload } from './api/client.ts';
import type { Kind } from './state/view-state.ts';
import { ActiveIndex } from '../shared/time/time-index.ts';

export interface SnapshotFilters {
  types: readonly string[] | null;
  kinds: readonly Kind[] | null;
  hideIsolated: boolean;
  /** Organizations with fewer active members are not drawn, nor their relations (0 or absent: all). */
  minMembers?: number;
  /** Neighbourhood mode: only relations touching these actors, and the actors at their ends. */
  hood?: readonly string[] | null;
  /** Only these organizations (or alliances) are drawn, with the states related to them (null or absent: all). */
  orgs?: readonly string[] | null;
}

export interface Snapshot {
  at: string;
  /** Relations active at `at` that pass the filters, in payload order. */
  relations: Relation[];
  relationIds: Set<string>;
  actorIds: Set<string>;
  /** Active MEMBER_OF relations per organization at `at`, whatever the type filter. */
  memberCount: Map<string, number>;
}

export function visibleAt(
  payload: Pick<TemporalPayload, 'actors' | 'relations'>,
  at: string,
  filters: SnapshotFilters,
  windowDays: number = DEFAULT_EVENT_WINDOW_DAYS,
): Snapshot {
  const allActive = activeAt(payload.relations, at, windowDays);
  const memberCount = new Map<string, number>();
  for (const r of allActive) {
    if (r.type === 'MEMBER_OF') memberCount.set(r.target, (memberCount.get(r.target) ?? 0) + 1);
  }
  return filtered(payload.actors, new Map(payload.actors.map((a) => [a.id, a])), allActive, memberCount, at, filters);
}

/** The snapshot from every relation active at `at` (payload order): the filters, then who is drawn. */
function filtered(
  actors: readonly Actor[],
  byId: ReadonlyMap<string, Actor>,
  allActive: readonly Relation[],
  memberCount: Map<string, number>,
  at: string,
  filters: SnapshotFilters,
): Snapshot {
  const min = filters.minMembers ?? 0;
  const orgs = filters.orgs ? new Set(filters.orgs) : null;
  const kindOk = (id: string): boolean => {
    const a = byId.get(id);
    if (a && a.kind !== 'state' && ((min > 0 && (memberCount.get(id) ?? 0) < min) || (orgs && !orgs.has(id)))) return false;
    return !filters.kinds || (a !== undefined && filters.kinds.includes(a.kind));
  };
  const types = filters.types ? new Set(filters.types) : null;
  const hood = filters.hood && filters.hood.length > 0 ? new Set(filters.hood) : null;
  let relations = allActive.filter(
    (r) => (!types || types.has(r.type)) && kindOk(r.source) && kindOk(r.target) && (!hood || hood.has(r.source) || hood.has(r.target)),
  );
  if (orgs) {
    // Chosen organizations: only the states related to one of them stay (with their relations among themselves).
    const near = new Set<string>();
    for (const r of relations) if (orgs.has(r.source) || orgs.has(r.target)) near.add(r.source).add(r.target);
    relations = relations.filter((r) => near.has(r.source) && near.has(r.target));
  }
  const actorIds = new Set<string>();
  if (hood) {
    // The expanded actors stay drawn (while they exist), linked or not; nothing else is added.
    for (const r of relations) actorIds.add(r.source).add(r.target);
    for (const id of hood) {
      const a = byId.get(id);
      if (a && existsAt(a, at)) actorIds.add(id);
    }
    return { at, relations, relationIds: new Set(relations.map((r) => r.id)), actorIds, memberCount };
  }
  // An active relation's endpoints are always drawn, whatever their lifespan says.
  for (const r of relations) actorIds.add(r.source).add(r.target);
  if (!filters.hideIsolated) {
    // With chosen organizations, an unrelated state is not theirs to show.
    for (const a of actors) if (kindOk(a.id) && existsAt(a, at) && (!orgs || a.kind !== 'state')) actorIds.add(a.id);
  }
  return { at, relations, relationIds: new Set(relations.map((r) => r.id)), actorIds, memberCount };
}

/**
 * The same snapshots as visibleAt, kept up to date as the slider moves: a step costs the
 * relations that started or ended since the last date, plus a pass over the active ones.
 */
export class SnapshotCursor {
  private readonly index: ActiveIndex;
  private readonly memberCount = new Map<string, number>();
  private readonly byId: Map<string, Actor>;

  constructor(
    private readonly payload: Pick<TemporalPayload, 'actors' | 'relations'>,
    windowDays: number = DEFAULT_EVENT_WINDOW_DAYS,
  ) {
    this.index = new ActiveIndex(payload.relations, windowDays);
    this.byId = new Map(payload.actors.map((a) => [a.id, a]));
  }

  /** The snapshot at a date, and the relations whose activity changed since the previous call. */
  at(at: string, filters: SnapshotFilters): { snapshot: Snapshot; changed: Relation[] } {
    const changed: Relation[] = [];
    for (const i of this.index.moveTo(at)) {
      const r = this.payload.relations[i]!;
      changed.push(r);
      const on = this.index.active[i] === 1;
      if (r.type === 'MEMBER_OF') this.memberCount.set(r.target, (this.memberCount.get(r.target) ?? 0) + (on ? 1 : -1));
    }
    // The same date and filters as last time (a pan, a panel, a selection): the same snapshot.
    const key = filterKey(at, filters);
    if (changed.length === 0 && this.last && this.last.key === key) return { snapshot: this.last.snapshot, changed };
    // Payload order by a scan of the flags: cheaper than sorting the active indexes.
    const allActive: Relation[] = [];
    const flags = this.index.active;
    const relations = this.payload.relations;
    for (let i = 0; i < flags.length; i++) if (flags[i] === 1) allActive.push(relations[i]!);
    const memberCount = new Map([...this.memberCount].filter(([, n]) => n > 0));
    const snapshot = filtered(this.payload.actors, this.byId, allActive, memberCount, at, filters);
    this.last = { key, snapshot };
    return { snapshot, changed };
  }

  private last: { key: string; snapshot: Snapshot } | null = null;
}

/**
 * What decides a snapshot besides the relations' activity. Typed over every filter, so a new
 * filter cannot be left out of the key (a cached snapshot would then ignore it).
 */
function filterKey(at: string, f: SnapshotFilters): string {
  const parts: { [K in keyof Required<SnapshotFilters>]: unknown } = {
    types: f.types,
    kinds: f.kinds,
    hideIsolated: f.hideIsolated,
    minMembers: f.minMembers ?? 0,
    hood: f.hood ?? null,
    orgs: f.orgs ?? null,
  };
  return JSON.stringify([at, parts]);
}

/** Every date at which the drawn network can change: relation starts and ends, foundings, dissolutions. */
export function changeDates(
  payload: Pick<TemporalPayload, 'actors' | 'relations'>,
  windowDays: number = DEFAULT_EVENT_WINDOW_DAYS,
): string[] {
  const dates = new Set(timeline(payload.relations, windowDays).map((e) => e.date));
  for (const a of payload.actors) {
    if (a.founded) dates.add(a.founded);
    if (a.dissolved) dates.add(a.dissolved);
  }
  return [...dates].sort();
}

/** The slider's first date: the earliest relation start (an old founding date alone would stretch it), else the API's range. */
export function sliderStart(payload: Pick<TemporalPayload, 'relations' | 'range'>): string {
  let first: string | null = null;
  for (const r of payload.relations) if (first === null || r.start < first) first = r.start;
  return first ?? payload.range.start;
}

export interface CounterpartStory {
  counterpart: string;
  relations: Relation[];
}

/** An actor's relations grouped by counterpart, each group oldest first, groups by first start. */
export function storiesOf(actorId: string, relations: readonly Relation[]): CounterpartStory[] {
  const groups = new Map<string, Relation[]>();
  for (const r of relations) {
    if (r.source !== actorId && r.target !== actorId) continue;
    const other = r.source === actorId ? r.target : r.source;
    let g = groups.get(other);
    if (!g) groups.set(other, (g = []));
    g.push(r);
  }
  const stories = [...groups.entries()].map(([counterpart, rels]) => ({
    counterpart,
    relations: rels.sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id)),
  }));
  return stories.sort(
    (a, b) => (a.relations[0]?.start ?? '').localeCompare(b.relations[0]?.start ?? '') || a.counterpart.localeCompare(b.counterpart),
  );
}

/** Each organization's largest member count at any date (for sizing it during the layout). */
export function maxMemberCounts(payload: Pick<TemporalPayload, 'actors' | 'relations'>): Map<string, number> {
  // One sweep over the membership boundaries in date order, ends before starts on a day.
  const steps: [string, number, string][] = [];
  for (const r of payload.relations) {
    if (r.type !== 'MEMBER_OF') continue;
    const until = visibleUntil(r, DEFAULT_EVENT_WINDOW_DAYS);
    if (until !== null && until <= r.start) continue;
    steps.push([r.start, 1, r.target]);
    if (until !== null) steps.push([until, -1, r.target]);
  }
  steps.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
  const now = new Map<string, number>();
  const max = new Map<string, number>();
  for (const [, d, id] of steps) {
    const n = (now.get(id) ?? 0) + d;
    now.set(id, n);
    if (n > (max.get(id) ?? 0)) max.set(id, n);
  }
  return max;
}

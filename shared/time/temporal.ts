// Time slicing over plain data: which relations and actors are active at a date, the dates
// at which the network changes, and what changed between two dates. Shared by the server
// and the browser client, so both answer alike.
import { addDays } from './time.ts';

/** Days an instantaneous relation (a request, a summit) stays visible after it happened. */
export const DEFAULT_EVENT_WINDOW_DAYS = 365;

export interface Interval {
  id: string;
  type: string;
  start: string;
  end: string | null;
  event: boolean;
}

export interface Lifespan {
  founded: string | null;
  dissolved: string | null;
}

/** The day a relation stops being shown: its end, or start + window for an event; null if open. */
export function visibleUntil(rel: Interval, windowDays: number = DEFAULT_EVENT_WINDOW_DAYS): string | null {
  if (rel.event) return addDays(rel.start, windowDays);
  return rel.end;
}

/** Half-open: active when start <= at and (no end, or at < end). */
export function isActiveAt(rel: Interval, at: string, windowDays: number = DEFAULT_EVENT_WINDOW_DAYS): boolean {
  if (rel.start > at) return false;
  const until = visibleUntil(rel, windowDays);
  return until === null || at < until;
}

export function existsAt(actor: Lifespan, at: string): boolean {
  return (actor.founded === null || actor.founded <= at) && (actor.dissolved === null || at < actor.dissolved);
}

export function activeAt<R extends Interval>(
  relations: readonly R[],
  at: string,
  windowDays: number = DEFAULT_EVENT_WINDOW_DAYS,
  types?: readonly string[],
): R[] {
  const allowed = types ? new Set(types) : null;
  return relations.filter((r) => (!allowed || allowed.has(r.type)) && isActiveAt(r, at, windowDays));
}

export interface TimelineEntry {
  date: string;
  added: string[];
  removed: string[];
}

/** Every date at which the set of active relations changes, with what appeared and what ended. */
export function timeline(relations: readonly Interval[], windowDays: number = DEFAULT_EVENT_WINDOW_DAYS): TimelineEntry[] {
  const byDate = new Map<string, TimelineEntry>();
  const entry = (date: string): TimelineEntry => {
    let e = byDate.get(date);
    if (!e) byDate.set(date, (e = { date, added: [], removed: [] }));
    return e;
  };
  for (const r of relations) {
    entry(r.start).added.push(r.id);
    const until = visibleUntil(r, windowDays);
    if (until !== null) entry(until).removed.push(r.id);
  }
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

export interface PairChange {
  /** The two actors, in alphabetical order. */
  pair: [string, string];
  before: string[];
  after: string[];
}

export interface Diff<R> {
  added: R[];
  removed: R[];
  /** Pairs of actors linked at both dates whose relation types differ (say, member then frozen). */
  changed: PairChange[];
}

interface Paired extends Interval {
  source: string;
  target: string;
}

function typesByPair(relations: readonly Paired[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const r of relations) {
    const key = [r.source, r.target].sort().join('\u0000');
    let set = out.get(key);
    if (!set) out.set(key, (set = new Set()));
    set.add(r.type);
  }
  return out;
}

/** Relations active at `to` and not at `from` (added), and the reverse (removed). */
export function diff<R extends Paired>(
  relations: readonly R[],
  from: string,
  to: string,
  windowDays: number = DEFAULT_EVENT_WINDOW_DAYS,
): Diff<R> {
  const beforeRels = activeAt(relations, from, windowDays);
  const before = new Set(beforeRels.map((r) => r.id));
  const after = activeAt(relations, to, windowDays);
  const afterIds = new Set(after.map((r) => r.id));
  const typesBefore = typesByPair(beforeRels);
  const typesAfter = typesByPair(after);
  const changed: PairChange[] = [];
  for (const [key, b] of typesBefore) {
    const a = typesAfter.get(key);
    if (!a || (a.size === b.size && [...a].every((t) => b.has(t)))) continue;
    changed.push({ pair: key.split('\u0000') as [string, string], before: [...b].sort(), after: [...a].sort() });
  }
  changed.sort((x, y) => x.pair.join().localeCompare(y.pair.join()));
  return {
    added: after.filter((r) => !before.has(r.id)),
    removed: relations.filter((r) => before.has(r.id) && !afterIds.has(r.id)),
    changed,
  };
}

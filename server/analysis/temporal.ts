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

export interface Diff<R> {
  added: R[];
  removed: R[];
}

/** Relations active at `to` and not at `from` (added), and the reverse (removed). */
export function diff<R extends Interval>(
  relations: readonly R[],
  from: string,
  to: string,
  windowDays: number = DEFAULT_EVENT_WINDOW_DAYS,
): Diff<R> {
  const before = new Set(activeAt(relations, from, windowDays).map((r) => r.id));
  const after = activeAt(relations, to, windowDays);
  const afterIds = new Set(after.map((r) => r.id));
  return {
    added: after.filter((r) => !before.has(r.id)),
    removed: relations.filter((r) => before.has(r.id) && !afterIds.has(r.id)),
  };
}

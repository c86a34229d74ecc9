// The slider's incremental filter: every relation's visible interval as two boundaries on a
// sorted day axis. Moving the date from a to b touches only the boundaries between a and b,
// so a step costs what changed, not the size of the graph.
import { DEFAULT_EVENT_WINDOW_DAYS, visibleUntil, type Interval } from './temporal.ts';
import { toDayNumber } from './time.ts';

export class ActiveIndex {
  /** Boundary days, ascending; at equal days ends come before starts (half-open intervals). */
  private readonly days: Int32Array;
  /** The relation index of each boundary, as i for a start and ~i for an end. */
  private readonly events: Int32Array;
  /** 1 where the relation is active at the current date. */
  readonly active: Uint8Array;
  /** Boundaries applied: every one with day <= the current day. */
  private applied = 0;
  private day = Number.NEGATIVE_INFINITY;
  private readonly seen: Int32Array;
  private stamp = 0;

  constructor(relations: readonly Interval[], windowDays: number = DEFAULT_EVENT_WINDOW_DAYS) {
    const list: [number, number][] = [];
    relations.forEach((r, i) => {
      const start = toDayNumber(r.start);
      const until = visibleUntil(r, windowDays);
      const end = until === null ? null : toDayNumber(until);
      if (end !== null && end <= start) return; // never visible
      list.push([start, i]);
      if (end !== null) list.push([end, ~i]);
    });
    // Ends (negative codes) first within a day, so a spell that ends as another starts never overlaps it.
    list.sort((a, b) => a[0] - b[0] || (a[1] < 0 ? 0 : 1) - (b[1] < 0 ? 0 : 1));
    this.days = Int32Array.from(list, (x) => x[0]);
    this.events = Int32Array.from(list, (x) => x[1]);
    this.active = new Uint8Array(relations.length);
    this.seen = new Int32Array(relations.length);
  }

  /** Moves to a date; answers the indexes of the relations that started or stopped being active. */
  moveTo(date: string): number[] {
    const day = toDayNumber(date);
    if (day === this.day) return [];
    this.day = day;
    const target = upperBound(this.days, day);
    const touched: number[] = [];
    const before = new Map<number, number>();
    const touch = (i: number) => {
      if (this.seen[i] !== this.stamp + 1) {
        this.seen[i] = this.stamp + 1;
        touched.push(i);
        before.set(i, this.active[i]!);
      }
    };
    for (; this.applied < target; this.applied++) {
      const e = this.events[this.applied]!;
      const i = e < 0 ? ~e : e;
      touch(i);
      this.active[i] = e < 0 ? 0 : 1;
    }
    for (; this.applied > target; this.applied--) {
      const e = this.events[this.applied - 1]!;
      const i = e < 0 ? ~e : e;
      touch(i);
      this.active[i] = e < 0 ? 1 : 0;
    }
    this.stamp++;
    // A relation that both started and ended within the jump did not change.
    return touched.filter((i) => before.get(i) !== this.active[i]);
  }
}

/** The number of values <= x in an ascending array. */
function upperBound(a: Int32Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

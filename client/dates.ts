// Calendar helpers the client needs beyond shared/time/time.ts (month/year steps,
// display); pure, UTC only.
import { fromDayNumber, toDayNumber } from '../shared/time/time.ts';

/** Moves a date by whole months, keeping the day where the month has it (Jan 31 + 1 → Feb 28/29). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = total - ny * 12;
  const last = new Date(Date.UTC(ny, nm + 1, 0)).getUTCDate();
  return `${String(ny).padStart(4, '0')}-${String(nm + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

export function clampDate(date: string, min: string, max: string): string {
  return date < min ? min : date > max ? max : date;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "7 Oct 2002", or "Oct 2002" / "2002" when only the month or year is known. */
export function formatDate(date: string, precision: 'day' | 'month' | 'year' = 'day'): string {
  const [y, m, d] = date.split('-');
  const month = MONTHS[Number(m) - 1] ?? m;
  if (precision === 'year') return `${y}`;
  if (precision === 'month') return `${month} ${y}`;
  return `${Number(d)} ${month} ${y}`;
}

export { fromDayNumber, toDayNumber };

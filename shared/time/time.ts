// Time arithmetic on calendar dates kept as YYYY-MM-DD strings (they sort as text).
// Everything is UTC days, so no time zone can move a date.
const DAY_MS = 86_400_000;

export function toDayNumber(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

export function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + days);
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

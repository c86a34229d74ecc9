// The slider's marks: a tick at each change date (at most one per tenth of a percent) and
// the years under the track.
import { formatDate, toDayNumber } from '../dates.ts';

export function drawTicks(els: { ticks: HTMLElement; years: HTMLElement }, range: { start: string; end: string }, changes: readonly string[]): void {
  const lo = toDayNumber(range.start);
  const hi = toDayNumber(range.end);
  const span = Math.max(1, hi - lo);
  const pct = (d: string): number => ((toDayNumber(d) - lo) / span) * 100;
  const ticks = document.createDocumentFragment();
  // One mark per tenth of a percent at most: a world-sized graph changes on tens of
  // thousands of dates, which would be as many elements drawing the same bar.
  const placed = new Set<number>();
  for (const d of changes) {
    if (d < range.start || d > range.end) continue;
    const at = Math.round(pct(d) * 10);
    if (placed.has(at)) continue;
    placed.add(at);
    const t = document.createElement('span');
    t.className = 'tick';
    t.style.left = `${pct(d)}%`;
    t.title = formatDate(d);
    ticks.append(t);
  }
  els.ticks.replaceChildren(ticks);
  const years = document.createDocumentFragment();
  const y0 = Number(range.start.slice(0, 4));
  const y1 = Number(range.end.slice(0, 4));
  const every = Math.max(1, Math.ceil((y1 - y0) / 12 / 5) * 5);
  for (let y = Math.ceil(y0 / every) * every; y <= y1; y += every) {
    const d = `${y}-01-01`;
    if (d < range.start) continue;
    const s = document.createElement('span');
    s.className = 'year';
    s.style.left = `${pct(d)}%`;
    s.textContent = String(y);
    years.append(s);
  }
  els.years.replaceChildren(years);
}

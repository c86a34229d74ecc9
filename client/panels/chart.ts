// A small inline SVG line chart of a measure over time (a step line, since the measures
// change only at change dates), with a marker at the slider's date. No chart library.
import { toDayNumber } from '../dates.ts';

const SVG = 'http://www.w3.org/2000/svg';

function el(tag: string, attrs: Record<string, string | number>): SVGElement {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

export interface SeriesPoint {
  date: string;
  value: number;
}

/** The SVG path of a step line: each value holds until the next point's date, the last until `end`. */
export function stepPath(points: readonly SeriesPoint[], x: (date: string) => number, y: (v: number) => number, end: string): string {
  if (!points.length) return '';
  const parts: string[] = [];
  points.forEach((p, i) => {
    const px = x(p.date).toFixed(1);
    const py = y(p.value).toFixed(1);
    parts.push(i === 0 ? `M${px} ${py}` : `H${px} V${py}`);
  });
  parts.push(`H${x(end).toFixed(1)}`);
  return parts.join(' ');
}

/** The value in force at `at` (the last point on or before it), or 0 before the first. */
export function valueAt(points: readonly SeriesPoint[], at: string): number {
  let v = 0;
  for (const p of points) {
    if (p.date > at) break;
    v = p.value;
  }
  return v;
}

export interface ChartOptions {
  title: string;
  start: string;
  end: string;
  at: string;
  color: string;
  format(v: number): string;
  width?: number;
  height?: number;
}

export function lineChart(points: readonly SeriesPoint[], o: ChartOptions): SVGElement {
  const w = o.width ?? 360;
  const hgt = o.height ?? 70;
  const pad = { l: 34, r: 8, t: 16, b: 14 };
  const lo = toDayNumber(o.start);
  const hi = Math.max(lo + 1, toDayNumber(o.end));
  const max = Math.max(...points.map((p) => p.value), 0) || 1;
  const x = (d: string): number => pad.l + ((Math.min(hi, Math.max(lo, toDayNumber(d))) - lo) / (hi - lo)) * (w - pad.l - pad.r);
  const y = (v: number): number => pad.t + (1 - v / max) * (hgt - pad.t - pad.b);
  const now = valueAt(points, o.at);
  const label = `${o.title}: ${o.format(now)} on ${o.at}; highest ${o.format(max)}`;
  const svg = el('svg', { viewBox: `0 0 ${w} ${hgt}`, width: '100%', role: 'img', 'aria-label': label, class: 'chart' });
  const title = el('title', {});
  title.textContent = label;
  const head = el('text', { x: pad.l, y: 11, class: 'chart-title' });
  head.textContent = `${o.title}: ${o.format(now)}`;
  const top = el('text', { x: pad.l - 4, y: pad.t + 4, 'text-anchor': 'end', class: 'chart-axis' });
  top.textContent = o.format(max);
  const zero = el('text', { x: pad.l - 4, y: hgt - pad.b + 3, 'text-anchor': 'end', class: 'chart-axis' });
  zero.textContent = '0';
  const y0 = el('text', { x: pad.l, y: hgt - 2, class: 'chart-axis' });
  y0.textContent = o.start.slice(0, 4);
  const y1 = el('text', { x: w - pad.r, y: hgt - 2, 'text-anchor': 'end', class: 'chart-axis' });
  y1.textContent = o.end.slice(0, 4);
  const mx = x(o.at);
  svg.append(
    title,
    el('rect', { x: pad.l, y: pad.t, width: w - pad.l - pad.r, height: hgt - pad.t - pad.b, class: 'chart-bg' }),
    el('path', { d: stepPath(points, x, y, o.end), fill: 'none', stroke: o.color, 'stroke-width': 2, class: 'chart-line' }),
    el('line', { x1: mx, x2: mx, y1: pad.t - 2, y2: hgt - pad.b, class: 'chart-marker' }),
    el('circle', { cx: mx, cy: y(now), r: 3.5, fill: o.color, class: 'chart-dot' }),
    head,
    top,
    zero,
    y0,
    y1,
  );
  return svg;
}

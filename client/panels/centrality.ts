// An actor's centrality over time, drawn in its details from the state (state/effects.ts
// fetches /api/centrality/history when the details open). Node sizes by a measure at the
// date are an overlay: state/overlays.ts sizesAt.
import { lineChart } from './chart.ts';
import { h } from '../dom.ts';
import type { CentralityEntry } from '../state/app-state.ts';

export function centralitySection(entry: CentralityEntry | undefined, range: { start: string; end: string }, at: string): HTMLElement {
  const box = h('section', { class: 'centrality-history', 'aria-label': 'Centrality over time' }, h('h4', {}, 'Centrality over time'));
  if (entry === undefined || entry.status === 'loading') {
    box.append(h('p', { class: 'hint' }, 'Loading…'));
  } else if (entry.status === 'error') {
    box.append(h('p', { class: 'error-text' }, `Could not load the history: ${entry.message}`));
  } else {
    const got = entry.points;
    const opts = { start: range.start, end: range.end, at };
    box.append(
      lineChart(got.map((p) => ({ date: p.date, value: p.degree })), { ...opts, title: 'Degree', color: '#1f5fa8', format: (v) => String(Math.round(v)) }),
      lineChart(got.map((p) => ({ date: p.date, value: p.betweenness })), { ...opts, title: 'Betweenness', color: '#b45309', format: (v) => v.toFixed(2) }),
      h('p', { class: 'note' }, 'Degree: distinct actors linked at the date. Betweenness: share of shortest paths between others that pass through it (0–1).'),
    );
  }
  return box;
}

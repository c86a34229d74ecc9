// Centrality in the view: node sizes by degree or betweenness at the slider's date, computed
// locally with the server's own graphology code over the snapshot (no request per tick), and
// an actor's measures over time from /api/centrality/history, drawn in its details.
import { centralityAt } from '../shared/graph/centrality.ts';
import { DEFAULT_EVENT_WINDOW_DAYS } from '../shared/time/temporal.ts';
import { ApiError } from './api.ts';
import { fetchCentralityHistory, type CentralityPoint } from './analysis-api.ts';
import { lineChart } from './chart.ts';
import { h } from './dom.ts';
import type { Snapshot } from './snapshot.ts';
import type { SizeMeasure } from './state.ts';
import { centralitySize } from './style.ts';

/** Node diameters by a measure at the snapshot's date; drawn actors without relations get the smallest. */
export function sizesAt(snapshot: Snapshot, measure: SizeMeasure): Map<string, number> {
  const rows = centralityAt(snapshot.relations, snapshot.at, DEFAULT_EVENT_WINDOW_DAYS);
  const max = Math.max(0, ...rows.map((r) => r[measure]));
  const sizes = new Map<string, number>();
  for (const id of snapshot.actorIds) sizes.set(id, centralitySize(0, max));
  for (const r of rows) sizes.set(r.actor, centralitySize(r[measure], max));
  return sizes;
}

/** Fetches and caches each actor's history; draws the two charts into a details section. */
export class CentralityHistory {
  private cache = new Map<string, CentralityPoint[] | string>();
  private loading = new Set<string>();

  constructor(
    private readonly range: { start: string; end: string },
    private readonly onLoaded: () => void,
  ) {}

  section(actor: string, at: string): HTMLElement {
    const got = this.cache.get(actor);
    const box = h('section', { class: 'centrality-history', 'aria-label': 'Centrality over time' }, h('h4', {}, 'Centrality over time'));
    if (got === undefined) {
      this.load(actor);
      box.append(h('p', { class: 'hint' }, 'Loading…'));
    } else if (typeof got === 'string') {
      box.append(h('p', { class: 'error-text' }, `Could not load the history: ${got}`));
    } else {
      const opts = { start: this.range.start, end: this.range.end, at };
      box.append(
        lineChart(got.map((p) => ({ date: p.date, value: p.degree })), { ...opts, title: 'Degree', color: '#1f5fa8', format: (v) => String(Math.round(v)) }),
        lineChart(got.map((p) => ({ date: p.date, value: p.betweenness })), { ...opts, title: 'Betweenness', color: '#b45309', format: (v) => v.toFixed(2) }),
        h('p', { class: 'note' }, 'Degree: distinct actors linked at the date. Betweenness: share of shortest paths between others that pass through it (0–1).'),
      );
    }
    return box;
  }

  private load(actor: string): void {
    if (this.loading.has(actor)) return;
    this.loading.add(actor);
    fetchCentralityHistory(actor)
      .then((points) => this.cache.set(actor, points))
      .catch((err: unknown) => this.cache.set(actor, err instanceof ApiError ? err.message : String(err)))
      .finally(() => {
        this.loading.delete(actor);
        this.onLoaded();
      });
  }
}

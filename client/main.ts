// Assembles the client: loads the temporal payload once, builds the graph, slider, table,
// filters and details, and re-renders them from the view state whenever it changes.
import type { Core } from 'cytoscape';
import { ApiError, fetchTemporal, type Actor, type Source, type TemporalPayload } from './api.ts';
import { clampDate, formatDate } from './dates.ts';
import { actorName, period, renderActor, renderRelation, sentence, shortName, type DetailsContext } from './details.ts';
import { byId, h } from './dom.ts';
import { exportJson, exportPng, recordReplay, download, type Recording } from './export.ts';
import { GraphView } from './graph.ts';
import { Filters } from './legend.ts';
import { changeDates, sliderStart, SnapshotCursor, type Snapshot } from './snapshot.ts';
import { Slider } from './slider.ts';
import { StateStore, type ViewState } from './state.ts';
import { RelationsTable } from './table.ts';
import { today } from '../shared/time/time.ts';
import { CentralityHistory, sizesAt } from './centrality.ts';
import { PanelTabs } from './panels.ts';
import { PathsPanel } from './paths.ts';
import { ShiftsPanel } from './shifts.ts';
import { DataMenu } from './data-menu.ts';
import { CypherConsole } from './console.ts';
import { compareDiff, compareOverlay, ComparePanel } from './compare.ts';
import { lookOf, type Lit, type Overlay } from './style.ts';

declare global {
  interface Window {
    cy?: Core;
    explorer?: { store: StateStore; snapshot(): Snapshot | null };
  }
}

const status = byId('status');

function showStatus(text: string, kind: 'loading' | 'error' | 'info', retry?: () => void): void {
  status.hidden = false;
  status.className = `status ${kind}`;
  status.setAttribute('role', kind === 'error' ? 'alert' : 'status');
  const children: (Node | string)[] = [h('p', {}, text)];
  if (retry) {
    const b = h('button', { type: 'button' }, 'Try again');
    b.addEventListener('click', retry);
    children.push(b);
  }
  status.replaceChildren(...children);
}

function findActor(actors: readonly Actor[], query: string): Actor | null {
  const q = query.trim().toLowerCase();
  if (!q) return null;
  const inParens = /\(([^()]+)\)\s*$/.exec(q)?.[1];
  const exact = actors.find((a) => a.id.toLowerCase() === q || a.id.toLowerCase() === inParens || a.name.toLowerCase() === q || a.shortName?.toLowerCase() === q);
  if (exact) return exact;
  return actors.find((a) => a.name.toLowerCase().startsWith(q)) ?? actors.find((a) => a.name.toLowerCase().includes(q) || (a.shortName ?? '').toLowerCase().includes(q)) ?? null;
}

function start(payload: TemporalPayload): void {
  const store = new StateStore();
  const actors = new Map<string, Actor>(payload.actors.map((a) => [a.id, a]));
  const sources = new Map<string, Source>(payload.sources.map((s) => [s.id, s]));
  const first = sliderStart(payload);
  const last = [today(), payload.range.end].sort().at(-1) ?? today();
  const changes = changeDates(payload);
  const dateOf = (s: ViewState): string => clampDate(s.at ?? last, first, last);

  const tooltip = byId('tooltip');
  const graph = new GraphView(byId('cy'), payload, {
    onActor: (id) => store.update({ focus: id, rel: null, panel: 'details' }),
    onRelation: (id) => store.update({ rel: id, panel: 'details' }),
    onPathEnd: (id) => paths.pickEnd(id),
    onBackground: () => store.update({ focus: null, rel: null }),
    onHover: (target, x, y) => {
      if (!target) {
        tooltip.hidden = true;
        return;
      }
      let text = '';
      if (target.kind === 'node') {
        const a = actors.get(target.id);
        const n = current?.relations.filter((r) => r.source === target.id || r.target === target.id).length ?? 0;
        text = a ? `${actorName({ actors }, a.id)} · ${a.kind} · ${n} active relation${n === 1 ? '' : 's'}` : target.id;
      } else {
        const r = payload.relations.find((x) => x.id === target.id);
        text = r ? `${sentence({ actors }, r)} · ${period(r)}` : target.id;
      }
      tooltip.textContent = text;
      tooltip.hidden = false;
      tooltip.style.left = `${x + 14}px`;
      tooltip.style.top = `${y + 14}px`;
    },
  });
  window.cy = graph.cy;

  const slider = new Slider(
    {
      input: byId<HTMLInputElement>('slider'),
      ticks: byId('ticks'),
      years: byId('years'),
      output: byId<HTMLOutputElement>('current-date'),
      play: byId<HTMLButtonElement>('play'),
      prev: byId<HTMLButtonElement>('prev-change'),
      next: byId<HTMLButtonElement>('next-change'),
      speed: byId<HTMLSelectElement>('speed'),
    },
    { start: first, end: last, changes, onDate: (at, mode) => store.update({ at }, mode), onScrub: () => graph.scrubbing(), onPlayEnd: () => store.endTransient() },
  );

  const table = new RelationsTable(
    {
      header: byId<HTMLTableRowElement>('table-header'),
      body: byId<HTMLTableSectionElement>('table-body'),
      filter: byId<HTMLInputElement>('table-filter'),
      title: byId('table-title'),
      scroll: byId('table-scroll'),
    },
    { name: (id) => shortName({ actors }, id), onSelect: (id) => store.update({ rel: id, panel: 'details' }) },
  );

  const filters = new Filters(
    {
      typeList: byId('type-toggles'),
      kindBox: byId('kind-toggles'),
      hideIsolated: byId<HTMLInputElement>('hide-isolated'),
      allTypes: byId<HTMLButtonElement>('types-all'),
      noTypes: byId<HTMLButtonElement>('types-none'),
      nodeLegend: byId('node-legend'),
    },
    { present: new Set(payload.relations.map((r) => r.type)), largeGraph: graph.large, onChange: (patch) => store.update(patch) },
  );

  // Search: an actor by name or id; centres on it and opens its details.
  const datalist = byId('actor-list');
  datalist.replaceChildren(...[...payload.actors].sort((a, b) => a.name.localeCompare(b.name)).map((a) => h('option', { value: `${a.name} (${a.id})` })));
  const searchInput = byId<HTMLInputElement>('search-input');
  const searchMessage = byId('search-message');
  byId('search-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const a = findActor(payload.actors, searchInput.value);
    if (!a) {
      searchMessage.textContent = `No actor matches “${searchInput.value}”.`;
      return;
    }
    store.update({ focus: a.id, rel: null });
    graph.centreOn(a.id);
    searchMessage.textContent = current?.actorIds.has(a.id) ? '' : `${a.name} has no relation shown on ${formatDate(dateOf(store.state))}.`;
  });

  byId('zoom-in').addEventListener('click', () => graph.zoomBy(1.25));
  byId('zoom-out').addEventListener('click', () => graph.zoomBy(0.8));
  byId('zoom-fit').addEventListener('click', () => graph.fit());

  // Exports.
  byId('export-png').addEventListener('click', () => exportPng(graph.cy, dateOf(store.state)));
  byId('export-json').addEventListener('click', () => current && exportJson(payload, current, store.state));
  const videoPanel = byId('video-panel');
  const videoButton = byId('export-video');
  const vFrom = byId<HTMLInputElement>('video-from');
  const vTo = byId<HTMLInputElement>('video-to');
  const vStart = byId<HTMLButtonElement>('video-start');
  const vStop = byId<HTMLButtonElement>('video-stop');
  const vStatus = byId('video-status');
  vFrom.value = first;
  vTo.value = last;
  vFrom.min = vTo.min = first;
  vFrom.max = vTo.max = last;
  videoButton.addEventListener('click', () => {
    videoPanel.hidden = !videoPanel.hidden;
    videoButton.setAttribute('aria-expanded', String(!videoPanel.hidden));
  });
  let recording: Recording | null = null;
  vStart.addEventListener('click', () => {
    const from = clampDate(vFrom.value || first, first, last);
    const to = clampDate(vTo.value || last, first, last);
    if (to <= from) {
      vStatus.textContent = 'The end date must be after the start date.';
      return;
    }
    slider.pause();
    try {
      recording = recordReplay(graph.cy, {
        from,
        to,
        seconds: Number(byId<HTMLSelectElement>('video-seconds').value) || 20,
        showDate: (at) => store.update({ at }, 'transient'),
        onProgress: (at) => (vStatus.textContent = `Recording… ${formatDate(at)}`),
      });
    } catch (err) {
      vStatus.textContent = (err as Error).message;
      return;
    }
    vStart.disabled = true;
    vStop.disabled = false;
    void recording.done.then((blob) => {
      store.endTransient();
      download(blob, `alliances-${from}-to-${to}.webm`);
      vStatus.textContent = `Saved a ${(blob.size / 1e6).toFixed(1)} MB WebM.`;
      vStart.disabled = false;
      vStop.disabled = true;
      recording = null;
    });
  });
  vStop.addEventListener('click', () => recording?.stop());

  // The side panel's tabs and the analysis panels.
  const tabs = new PanelTabs(byId('panel-tabs'), (id) => store.update({ panel: id }));
  const relationsById = new Map(payload.relations.map((r) => [r.id, r]));
  const namer = { name: (id: string) => shortName({ actors }, id), relation: (id: string) => relationsById.get(id), label: (t: string) => lookOf(t).label };
  const refresh = (): void => render(store.state, store.state);
  const paths = new PathsPanel(byId('paths-panel'), byId('path-strip'), {
    relations: payload.relations,
    start: first,
    end: last,
    namer,
    findActor: (text) => findActor(payload.actors, text),
    update: (patch, mode) => store.update(patch, mode),
    refresh,
  });
  // Evidence of a shift or a console result, lit on the graph: the latest one asked for wins.
  let highlight: { owner: string; lit: Lit } | null = null;
  const setHighlight = (owner: string, lit: Lit | null): void => {
    if (lit) highlight = { owner, lit };
    else if (highlight?.owner === owner) highlight = null;
    refresh();
  };
  const shifts = new ShiftsPanel(byId('shifts-panel'), {
    start: first,
    end: last,
    defaultTarget: actors.has('CHN') ? 'CHN' : (payload.actors[0]?.id ?? null),
    name: namer.name,
    relation: namer.relation,
    describe: (r) => `${sentence({ actors }, r)} · ${period(r)}`,
    findActor: (text) => findActor(payload.actors, text),
    onRelation: (id) => store.update({ rel: id }),
    highlight: (lit) => setHighlight('shifts', lit),
  });
  const compare = new ComparePanel(byId('compare-panel'), {
    relations: payload.relations,
    start: first,
    end: last,
    name: namer.name,
    label: namer.label,
    describe: (r) => `${sentence({ actors }, r)} · ${period(r)}`,
    update: (patch, mode) => store.update(patch, mode),
  });
  const known = new Set([...actors.keys(), ...relationsById.keys()]);
  const cypher = new CypherConsole(byId('console-panel'), { highlight: (lit) => setHighlight('console', lit), known: (id) => known.has(id) });
  tabs.onOpen((id) => {
    if (id === 'shifts') shifts.opened();
    if (id === 'console') void cypher.ready();
  });
  const dataMenu = new DataMenu(byId('data-menu'), byId<HTMLDialogElement>('import-dialog'), dateOf(store.state));
  const centralityHistory = new CentralityHistory({ start: first, end: last }, refresh);
  const sizeSelect = byId<HTMLSelectElement>('size-measure');
  sizeSelect.addEventListener('change', () => store.update({ size: sizeSelect.value === 'degree' || sizeSelect.value === 'betweenness' ? sizeSelect.value : null }));

  // Rendering: state → snapshot → every view.
  const details = byId('details-body');
  let current: Snapshot | null = null;
  const cursor = new SnapshotCursor(payload);
  let lastDetails = 0;
  const render = (state: ViewState, previous: ViewState | null): void => {
    const at = dateOf(state);
    const step = cursor.at(at, state);
    current = step.snapshot;
    tabs.show(state.panel);
    dataMenu.show(at);
    paths.update(state, current);
    sizeSelect.value = state.size ?? '';
    const changes = compareDiff(payload.relations, state, at);
    compare.update(state, at, changes);
    const overlay: Overlay = {
      compare: compareOverlay(changes),
      path: paths.overlay(state, current),
      highlight: highlight?.lit ?? null,
      sizes: state.size ? sizesAt(current, state.size) : null,
    };
    graph.apply(current, state, overlay, step.changed);
    graph.select(state.rel ?? state.focus);
    slider.show(at);
    filters.show(state);
    table.update(current, state.rel);
    const selectionChanged = !previous || previous.focus !== state.focus || previous.rel !== state.rel;
    // While playing, the details (a larger DOM) follow a few times a second, not every frame.
    const now = performance.now();
    if (selectionChanged || !slider.isPlaying || now - lastDetails > 300) {
      lastDetails = now;
      const ctx: DetailsContext = {
        payload,
        actors,
        sources,
        start: first,
        end: last,
        snapshot: current,
        onActor: (id) => {
          store.update({ focus: id, rel: null });
          graph.centreOn(id);
        },
        onRelation: (id) => store.update({ rel: id }),
        onClose: () => store.update({ focus: null, rel: null }),
      };
      if (state.rel) renderRelation(details, ctx, state.rel);
      else if (state.focus) {
        renderActor(details, ctx, state.focus);
        if (ctx.actors.has(state.focus)) details.querySelector('.details-head')?.after(centralityHistory.section(state.focus, at));
      }
      else details.replaceChildren(h('p', { class: 'hint' }, 'Click an actor or a relation in the network, or a row of the table, to see its story and sources.'));
      document.body.classList.toggle('has-details', Boolean(state.rel || state.focus));
      if (selectionChanged && (state.rel || state.focus)) details.scrollTop = 0;
    }
  };
  store.subscribe((s, p) => render(s, p));
  render(store.state, null);
  graph.fit(false);
  if (store.state.focus) graph.centreOn(store.state.focus);

  window.explorer = { store, snapshot: () => current };
  if (!payload.relations.length) showStatus('The data has no relations yet.', 'info');
  else status.hidden = true;
}

async function boot(): Promise<void> {
  showStatus('Loading the network…', 'loading');
  try {
    const payload = await fetchTemporal();
    start(payload);
    document.body.dataset.ready = 'true';
  } catch (err) {
    const msg = err instanceof ApiError ? err.message : `Something went wrong: ${(err as Error).message}`;
    showStatus(`Could not load the network. ${msg}`, 'error', () => location.reload());
    document.body.dataset.ready = 'error';
  }
}

void boot();

// Wiring: loads the temporal payload once, makes the store (state/), the effects that fetch,
// the URL sync, the views (graph/, timebar/, panels/, data/), and renders every view from the
// state whenever it changes (render.ts). No state lives here.
import type { Core } from 'cytoscape';
import { today } from '../shared/time/time.ts';
import { RELATION_TYPES } from '../shared/model/schemas.ts';
import { ApiError, fetchTemporal, type Actor, type Source, type TemporalPayload } from './api/client.ts';
import { DataMenu } from './data/data-menu.ts';
import { download, exportJson } from './data/export.ts';
import { mountVideo } from './data/video.ts';
import { shownAt, shownBetween } from './outputs/content.ts';
import { burnInNow, mountPictures } from './outputs/picture-menu.ts';
import { picturePng } from './outputs/picture.ts';
import { clampDate, formatDate } from './dates.ts';
import { byId } from './dom.ts';
import { Camera } from './graph/camera.ts';
import { ChangeMarks } from './graph/change-marks.ts';
import { datasetKey, DragPositions, parseViewFile, type Positions } from './graph/drag-positions.ts';
import { DEFAULT_GROUPS, GroupLayer } from './graph/groups.ts';
import { mountGroupChooser } from './graph/group-chooser.ts';
import { lookOf } from './graph/style.ts';
import { Tooltip } from './graph/tooltip.ts';
import { GraphView } from './graph/view.ts';
import { ComparePanel } from './panels/compare.ts';
import { CypherConsole } from './panels/console.ts';
import { actorName, period, sentence, shortName } from './panels/details.ts';
import { Filters } from './panels/legend.ts';
import { OrgChooser } from './panels/org-chooser.ts';
import { PathsPanel } from './panels/paths.ts';
import { findActor, mountSearch } from './panels/search.ts';
import { ShiftsPanel } from './panels/shifts.ts';
import { RelationsTable } from './panels/table.ts';
import { PanelTabs } from './panels/tabs.ts';
import { createRenderer } from './render.ts';
import { resolveSettings, type Settings } from './settings.ts';
import { changeDates, sliderStart, SnapshotCursor, type Snapshot } from './snapshot.ts';
import type { Action } from './state/actions.ts';
import { initialState } from './state/app-state.ts';
import { startEffects } from './state/effects.ts';
import { Store } from './state/store.ts';
import { settingsFromUrl, unknownTypesInUrl, UrlSync, viewFromUrl } from './state/url-sync.ts';
import { MAX_HOOD, positionsFitUrl, roundCamera, type HistoryMode, type ViewState } from './state/view-state.ts';
import { hideStatus, showStatus } from './status.ts';
import { Slider } from './timebar/slider.ts';

declare global {
  interface Window {
    cy?: Core;
    explorer?: {
      store: Store;
      settings: Settings;
      snapshot(): Snapshot | null;
      positions(): Record<string, { x: number; y: number }>;
      /** What draws the graph, and the edges (or states-only links) the batched layer draws, with how often it has drawn. */
      renderer: string;
      layer(): { ids: string[]; edges: { source: string; target: string; width?: number }[]; draws: number; marks: { began: string[]; ended: string[] } } | null;
      /** How often the batched edge layer has drawn (null without one): cheap, for the bench's every frame. */
      layerDraws(): number | null;
    };
    /** Settings a page sets before the app loads (the browser tests switch transitions off). */
    explorerSettings?: Partial<Settings>;
  }
}

function start(payload: TemporalPayload, settings: Settings): void {
  const store = new Store(initialState(viewFromUrl()));
  const dispatch = (a: Action): void => store.dispatch(a);
  const view = (patch: Partial<ViewState>, mode: HistoryMode | null = 'push'): void => dispatch({ type: 'view', patch, mode });
  const urlSync = new UrlSync(store, settings.transientGapMs, settings.urlRestMs);
  const actors = new Map<string, Actor>(payload.actors.map((a) => [a.id, a]));
  const sources = new Map<string, Source>(payload.sources.map((s) => [s.id, s]));
  const relationsById = new Map(payload.relations.map((r) => [r.id, r]));
  const first = sliderStart(payload);
  const last = [today(), payload.range.end].sort().at(-1) ?? today();
  const dateOf = (s: ViewState): string => clampDate(s.at ?? last, first, last);
  const name = (id: string): string => shortName({ actors }, id);
  const describe = (r: (typeof payload.relations)[number]): string => `${sentence({ actors }, r)} · ${period(r)}`;
  const find = (text: string): Actor | null => findActor(payload.actors, text);

  const tooltip = new Tooltip(byId('tooltip'), {
    node: (id) => {
      const a = actors.get(id);
      const n = renderer.snapshot()?.relations.filter((r) => r.source === id || r.target === id).length ?? 0;
      return a ? `${actorName({ actors }, a.id)} · ${a.kind} · ${n} active relation${n === 1 ? '' : 's'}` : id;
    },
    edge: (id) => {
      const r = relationsById.get(id);
      return r ? describe(r) : id;
    },
  });
  const graph = new GraphView(
    byId('cy'),
    payload,
    {
      onActor: (id) => {
        // Neighbourhood mode: a click on an actor also expands its neighbours.
        const hood = store.state.view.hood;
        view({ focus: id, rel: null, panel: 'details', ...(hood && !hood.includes(id) && hood.length < MAX_HOOD ? { hood: [...hood, id] } : {}) });
      },
      onRelation: (id) => view({ rel: id, panel: 'details' }),
      onPathEnd: (id) => dispatch({ type: 'path/pick-end', id }),
      onBackground: () => view({ focus: null, rel: null }),
      onHover: (target, x, y) => tooltip.show(target, x, y),
    },
    settings,
  );
  window.cy = graph.cy;
  // The large-graph controls start open where they matter: a large graph, or a link that uses them.
  const asked = store.state.view;
  if (graph.large || asked.minMembers > 0 || asked.graph !== 'all' || asked.hood || asked.orgs) byId<HTMLDetailsElement>('graph-options').open = true;
  // Dragged positions first (the fits and group shapes below are drawn around them): a link's
  // pos= wins, else what this browser kept; both then live in the view state (and the URL).
  const drag = new DragPositions(graph.cy, datasetKey(payload.actors.map((a) => a.id)), (pos) => view({ pos }, 'replace'));
  if (!asked.pos && Object.keys(drag.stored).length > 0) view({ pos: drag.moved(drag.stored) }, 'replace');
  drag.apply(store.state.view.pos);
  store.subscribe((s, p) => {
    if (s.view.pos !== p.view.pos) drag.apply(s.view.pos);
    positionsNote(s.view.pos, p.view.pos);
  });
  const camera = new Camera(graph.cy, {
    padding: 40,
    labels: !graph.large,
    maxFitZoom: settings.maxFitZoom,
    animateMs: settings.transitions ? settings.fitMs : 0,
    restMs: settings.followRestMs,
    everyMs: settings.transitions ? settings.followEveryMs : 0,
    onManual: () => {
      if (store.state.view.follow) view({ follow: false }, 'replace');
    },
    onFitted: (key) => {
      document.body.dataset.followed = key;
    },
  });
  const overGraph = [...document.querySelectorAll('.graph-tools, .panel-toggles')];
  const groups = new GroupLayer(graph.cy, (id) => actors.get(id)?.shortName ?? actors.get(id)?.name ?? id, () => overGraph);
  const marks = new ChangeMarks(graph.cy, settings.transitions ? settings.changeMarkMs : null, () => graph.relationLayer());
  const defaultGroups = graph.large ? [] : DEFAULT_GROUPS.filter((id) => actors.get(id)?.kind === 'organization');

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
    { start: first, end: last, changes: changeDates(payload), onDate: (at, mode) => view({ at }, mode), onScrub: () => {
        graph.scrubbing();
        camera.scrubbed();
      }, onPlayEnd: () => urlSync.endTransient() },
  );

  const table = new RelationsTable(
    {
      header: byId<HTMLTableRowElement>('table-header'),
      body: byId<HTMLTableSectionElement>('table-body'),
      filter: byId<HTMLInputElement>('table-filter'),
      title: byId('table-title'),
      scroll: byId('table-scroll'),
    },
    { name, onSelect: (id) => view({ rel: id, panel: 'details' }), all: payload.relations },
  );

  const filters = new Filters(
    {
      typeList: byId('type-toggles'),
      kindBox: byId('kind-toggles'),
      hideIsolated: byId<HTMLInputElement>('hide-isolated'),
      minMembers: byId<HTMLInputElement>('min-members'),
      graphAll: byId<HTMLInputElement>('graph-all'),
      graphStates: byId<HTMLInputElement>('graph-states'),
      hoodStart: byId<HTMLButtonElement>('hood-start'),
      hoodClear: byId<HTMLButtonElement>('hood-clear'),
      hoodNote: byId('hood-note'),
      share: byId<HTMLInputElement>('share-threshold'),
      shareValue: byId<HTMLOutputElement>('share-value'),
      allTypes: byId<HTMLButtonElement>('types-all'),
      noTypes: byId<HTMLButtonElement>('types-none'),
      nodeLegend: byId('node-legend'),
    },
    { present: new Set(payload.relations.map((r) => r.type)), kinds: new Set(payload.actors.map((a) => a.kind)), largeGraph: graph.large, onChange: (patch) => view(patch) },
  );
  const orgChooser = new OrgChooser(
    { input: byId<HTMLInputElement>('org-search'), matches: byId('org-matches'), chosen: byId('org-chosen'), all: byId<HTMLButtonElement>('org-all') },
    {
      orgs: payload.actors.filter((a) => a.kind !== 'state'),
      members: () => renderer.snapshot()?.memberCount ?? new Map<string, number>(),
      onChange: (orgs) => view({ orgs }),
    },
  );

  mountSearch(
    { form: byId('search-form'), input: byId<HTMLInputElement>('search-input'), message: byId('search-message'), datalist: byId('actor-list') },
    {
      actors: payload.actors,
      onFound: (a) => {
        // Centring on an actor is a move by hand: the camera stops following.
        view({ focus: a.id, rel: null, follow: false });
        graph.centreOn(a.id);
        return renderer.snapshot()?.actorIds.has(a.id) ? '' : `${a.name} has no relation shown on ${formatDate(dateOf(store.state.view))}.`;
      },
    },
  );

  byId('zoom-in').addEventListener('click', () => {
    camera.manual();
    graph.zoomBy(1.25);
  });
  byId('zoom-out').addEventListener('click', () => {
    camera.manual();
    graph.zoomBy(0.8);
  });
  byId('follow').addEventListener('click', () => view({ follow: !store.state.view.follow }, 'replace'));
  byId('reset-positions').addEventListener('click', () => drag.reset());
  const viewFile = byId<HTMLInputElement>('load-view-file');
  byId('load-view').addEventListener('click', () => viewFile.click());
  viewFile.addEventListener('change', () => {
    const file = viewFile.files?.[0];
    viewFile.value = '';
    if (!file) return;
    void file.text().then((text) => {
      const read = parseViewFile(text);
      if (!read.ok) return showStatus(`Could not load the view from ${file.name}. ${read.message}`, 'error', hideStatus, 'OK');
      const pos = drag.moved(read.positions);
      view({ ...read.patch, pos: Object.keys(pos).length > 0 ? pos : null });
    });
  });
  byId('zoom-fit').addEventListener('click', () => graph.fit());
  // Pictures and the replay video (outputs/): what is drawn now, and what a range shows.
  const pictures = {
    cy: graph.cy,
    at: () => dateOf(store.state.view),
    shown: () => {
      const snap = renderer.snapshot();
      return snap ? shownAt(snap, actors, sources) : { legend: [], credit: '' };
    },
  };
  byId('export-png').addEventListener('click', () => {
    void picturePng(graph.cy, 2, burnInNow(pictures, '')).then((b) => download(b, `alliances-${pictures.at()}.png`));
  });
  byId('export-json').addEventListener('click', () => {
    const snap = renderer.snapshot();
    if (snap) exportJson(payload, snap, store.state.view, drag.all());
  });
  mountVideo(byId('video-panel'), byId('export-video'), {
    cy: graph.cy,
    first,
    last,
    at: pictures.at,
    pause: () => slider.pause(),
    showDate: (at) => view({ at }, 'transient'),
    renderedAt: () => document.body.dataset.renderedAt,
    hold: (on) => camera.hold(on),
    settle: () => {
      marks.clear();
      // While following, each frame is fitted at once to its own date's actors (no animation in flight).
      if (store.state.view.follow) camera.snap();
    },
    shown: (from, to) => shownBetween(payload, from, to, store.state.view, actors, sources),
    done: () => urlSync.endTransient(),
  });

  // The side panel's tabs and the analysis panels.
  const tabs = new PanelTabs(byId('panel-tabs'), (id) => view({ panel: id }));
  const namer = { name, relation: (id: string) => relationsById.get(id), label: (t: string) => lookOf(t).label };
  const paths = new PathsPanel(byId('paths-panel'), byId('path-strip'), { relations: payload.relations, start: first, end: last, namer, findActor: find, dispatch });
  const shifts = new ShiftsPanel(byId('shifts-panel'), {
    start: first,
    end: last,
    defaultTarget: actors.has('CHN') ? 'CHN' : (payload.actors[0]?.id ?? null),
    name,
    relation: namer.relation,
    describe,
    findActor: find,
    dispatch,
  });
  const compare = new ComparePanel(byId('compare-panel'), { relations: payload.relations, start: first, end: last, name, label: namer.label, describe, dispatch });
  const known = new Set([...actors.keys(), ...relationsById.keys()]);
  const cypher = new CypherConsole(byId('console-panel'), {
    dispatch,
    known: (id) => known.has(id),
    at: () => dateOf(store.state.view),
    onRun: (query, params) => view({ cypher: query, cypherParams: params || null }),
    initial: { query: store.state.view.cypher, params: store.state.view.cypherParams },
  });
  tabs.onOpen((id) => {
    // The default ranking, unless one was asked for (a link's shifts=).
    if (id === 'shifts' && !store.state.shifts.request) shifts.opened();
    if (id === 'console') void cypher.ready();
  });
  const dataMenu = new DataMenu(byId('data-menu'), byId<HTMLDialogElement>('import-dialog'), dateOf(store.state.view));
  mountPictures(byId<HTMLDetailsElement>('data-menu'), pictures);
  const sizeSelect = byId<HTMLSelectElement>('size-measure');
  sizeSelect.addEventListener('change', () => view({ size: sizeSelect.value === 'degree' || sizeSelect.value === 'betweenness' ? sizeSelect.value : null }));

  const renderer = createRenderer(
    { payload, actors, sources, relation: namer.relation, first, last, cursor: new SnapshotCursor(payload), settings, dateOf, dispatch, defaultGroups, namer: { name, isOrganization: (id) => actors.get(id)?.kind === 'organization' } },
    {
      graph,
      slider,
      table,
      filters,
      tabs,
      dataMenu,
      paths,
      shifts,
      compare,
      sizeSelect,
      details: byId('details-body'),
      camera,
      groups,
      marks,
      changeLine: byId('change-line'),
      followButton: byId<HTMLButtonElement>('follow'),
    },
  );
  const chooser = mountGroupChooser(
    { on: byId<HTMLInputElement>('groups-on'), list: byId('group-list') },
    { organizations: payload.actors.filter((a) => a.kind === 'organization'), defaults: defaultGroups, onChange: (groups) => view({ groups }) },
  );
  store.subscribe((s) => chooser.show(s.view.groups ?? defaultGroups));
  store.subscribe((s) => orgChooser.show(s.view.orgs));
  orgChooser.show(store.state.view.orgs);
  chooser.show(store.state.view.groups ?? defaultGroups);
  store.subscribe((s, p) => renderer.render(s, p));
  // A ranking a link asked for (shifts=CHN,2010-01-01,2020-01-01), before the panel's default.
  const askedShifts = store.state.view.shifts;
  if (askedShifts) dispatch({ type: 'shifts/run', ...askedShifts });
  startEffects(store, { dateOf, isActor: (id) => actors.has(id), pathRestMs: settings.pathRestMs });
  renderer.render(store.state, null);
  // A link to a console query opens the console with it and runs it.
  if (store.state.view.panel === 'console') void (store.state.view.cypher ? cypher.execute() : cypher.ready());
  const urlCamera = store.state.view.camera;
  if (urlCamera) graph.cy.viewport({ zoom: urlCamera.zoom, pan: { x: urlCamera.x, y: urlCamera.y } });
  else {
    graph.fit(false);
    if (store.state.view.focus) graph.centreOn(store.state.view.focus);
  }
  // Zoom and pan by the person (gestures, the zoom buttons) go into the URL once they rest.
  // A button may move the camera at once (before this hears of the click) or animate it.
  let cameraArmed = false;
  let cameraTimer = 0;
  const keepCameraSoon = (): void => {
    cameraArmed = true;
    window.clearTimeout(cameraTimer);
    cameraTimer = window.setTimeout(() => {
      cameraArmed = false;
      view({ camera: roundCamera({ zoom: graph.cy.zoom(), ...graph.cy.pan() }) }, 'replace');
    }, settings.cameraRestMs);
  };
  graph.cy.on('dragpan scrollzoom pinchzoom', keepCameraSoon);
  for (const id of ['zoom-in', 'zoom-out', 'zoom-fit']) byId(id).addEventListener('click', keepCameraSoon);
  graph.cy.on('viewport', () => {
    if (cameraArmed) keepCameraSoon();
  });

  window.explorer = {
    store,
    settings,
    snapshot: renderer.snapshot,
    positions: () => drag.all(),
    renderer: graph.renderer,
    layer: () => (graph.layer ? { ids: graph.layer.ids(), edges: graph.layer.list(), draws: graph.layer.draws, marks: graph.layer.markedIds() } : null),
    layerDraws: () => graph.layer?.draws ?? null,
  };
  const unknown = unknownTypesInUrl();
  if (!payload.relations.length) showStatus('The data has no relations yet.', 'info');
  else if (unknown.length) {
    const shown = store.state.view.types === null ? 'all types are shown' : 'the others are shown';
    const names = unknown.map((t) => `“${t}”`).join(', ');
    showStatus(`The address names an unknown relation type: ${names}; ${shown}. Known types: ${RELATION_TYPES.join(', ')}.`, 'info', hideStatus, 'OK');
    document.body.dataset.unknownTypes = unknown.join(',');
  } else hideStatus();

  // Narrow screens: the side panels are toggles (styles.css); a new selection opens the right one.
  const toggles = { sidebar: byId('toggle-sidebar'), rightbar: byId('toggle-rightbar') };
  const showSide = (which: 'sidebar' | 'rightbar', on: boolean): void => {
    document.body.classList.toggle(`show-${which}`, on);
    toggles[which].setAttribute('aria-expanded', String(on));
  };
  for (const which of ['sidebar', 'rightbar'] as const) toggles[which].addEventListener('click', () => showSide(which, !document.body.classList.contains(`show-${which}`)));
  store.subscribe((s, p) => {
    const picked = (s.view.focus !== p.view.focus && s.view.focus) || (s.view.rel !== p.view.rel && s.view.rel) || s.view.panel !== p.view.panel;
    if (picked) showSide('rightbar', true);
  });

  // Escape clears the selection (not while a dialog or the console's editor has the key).
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    const t = e.target as HTMLElement | null;
    if (t?.closest('dialog, .cm-editor, #cypher-params')) return;
    const v = store.state.view;
    if (v.focus || v.rel) view({ focus: null, rel: null });
  });
}

/** Says once when the moved actors are too many for a link (the URL then leaves them out). */
function positionsNote(now: Positions | null, before: Positions | null): void {
  const fits = (p: Positions | null): boolean => !p || positionsFitUrl(p);
  document.body.dataset.positionsInUrl = String(fits(now));
  if (!fits(now) && fits(before)) {
    const n = Object.keys(now ?? {}).length;
    showStatus(`${n} moved actors are too many for the address: links leave the positions out. They stay in this browser; the JSON export keeps them, and Load view… reads them back.`, 'info', hideStatus, 'OK');
  }
}

async function boot(): Promise<void> {
  showStatus('Loading the network…', 'loading');
  try {
    const settings = resolveSettings(settingsFromUrl(), window.explorerSettings);
    const payload = await fetchTemporal();
    start(payload, settings);
    document.body.dataset.ready = 'true';
  } catch (err) {
    const msg = err instanceof ApiError ? err.message : `Something went wrong: ${(err as Error).message}`;
    showStatus(`Could not load the network. ${msg}`, 'error', () => location.reload());
    document.body.dataset.ready = 'error';
  }
}

void boot();

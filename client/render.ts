// Rendering: application state → snapshot → overlays → every view. Views never render on
// their own: each store change comes through here, and the body's data-rendered-* attributes
// say which view state and date were last drawn (what the browser tests wait on).
import type { Actor, Relation, Source, TemporalPayload } from './api/client.ts';
import { h } from './dom.ts';
import type { DataMenu } from './data/data-menu.ts';
import type { GraphView } from './graph/view.ts';
import { followKey, type Camera } from './graph/camera.ts';
import { changeSentences, splitChanges, type ChangeMarks, type ChangeNamer } from './graph/change-marks.ts';
import { groupMembers, type GroupLayer } from './graph/groups.ts';
import type { Overlay } from './graph/style.ts';
import { statesProjection } from './graph/projection.ts';
import { centralitySection } from './panels/centrality.ts';
import type { ComparePanel } from './panels/compare.ts';
import { renderActor, renderRelation, type DetailsContext } from './panels/details.ts';
import type { Filters } from './panels/legend.ts';
import type { PathsPanel } from './panels/paths.ts';
import type { ShiftsPanel } from './panels/shifts.ts';
import type { RelationsTable } from './panels/table.ts';
import type { PanelTabs } from './panels/tabs.ts';
import type { Settings } from './settings.ts';
import type { Snapshot, SnapshotCursor } from './snapshot.ts';
import type { Action } from './state/actions.ts';
import type { AppState } from './state/app-state.ts';
import { compareDiff, compareOverlay, highlightOverlay, pathOverlay, sizesAt } from './state/overlays.ts';
import { serializeState, type ViewState } from './state/view-state.ts';
import type { Slider } from './timebar/slider.ts';

export interface Views {
  graph: GraphView;
  slider: Slider;
  table: RelationsTable;
  filters: Filters;
  tabs: PanelTabs;
  dataMenu: DataMenu;
  paths: PathsPanel;
  shifts: ShiftsPanel;
  compare: ComparePanel;
  sizeSelect: HTMLSelectElement;
  details: HTMLElement;
  camera: Camera;
  groups: GroupLayer;
  marks: ChangeMarks;
  changeLine: HTMLElement;
  followButton: HTMLButtonElement;
}

export interface RenderContext {
  payload: TemporalPayload;
  actors: ReadonlyMap<string, Actor>;
  sources: ReadonlyMap<string, Source>;
  relation(id: string): Relation | undefined;
  first: string;
  last: string;
  cursor: SnapshotCursor;
  settings: Settings;
  dateOf(view: ViewState): string;
  dispatch(action: Action): void;
  /** The organizations drawn as groups when the URL does not say. */
  defaultGroups: readonly string[];
  namer: ChangeNamer;
}

export function createRenderer(ctx: RenderContext, views: Views): { render(state: AppState, previous: AppState | null): void; snapshot(): Snapshot | null } {
  let current: Snapshot | null = null;
  let lastDetails = 0;
  const { payload, first, last } = ctx;
  // The table shows the snapshot and the selection: redrawn when one of them changed (a pan
  // or a panel changes neither). On a large graph the first drawing and a date step draw the
  // network first and the table once the slider has rested (settings.tableRestMs), once for a
  // run of steps.
  let tabled: { snapshot: Snapshot; rel: string | null } | null = null;
  let tableFrame = 0;
  let tableTimer = 0;
  const drawTable = (snapshot: Snapshot, rel: string | null): void => {
    tabled = { snapshot, rel };
    views.table.update(snapshot, rel);
  };
  const updateTable = (snapshot: Snapshot, rel: string | null, later: boolean): void => {
    cancelAnimationFrame(tableFrame);
    window.clearTimeout(tableTimer);
    tableFrame = 0;
    if (tabled && tabled.snapshot === snapshot && tabled.rel === rel) return;
    if (!later) {
      drawTable(snapshot, rel);
      return;
    }
    // Rebuilding hundreds of rows (and the page layout after it) was the largest part of a
    // step: while the slider moves the table waits, and follows once it rests.
    tableFrame = requestAnimationFrame(() => {
      tableTimer = window.setTimeout(() => drawTable(snapshot, rel), ctx.settings.tableRestMs);
    });
  };
  const render = (app: AppState, previous: AppState | null): void => {
    const state = app.view;
    const at = ctx.dateOf(state);
    const step = ctx.cursor.at(at, state);
    const shownBefore = current;
    current = step.snapshot;
    views.tabs.show(state.panel);
    views.dataMenu.show(at);
    views.paths.render(app, current);
    views.shifts.render(app.shifts);
    views.sizeSelect.value = state.size ?? '';
    const changes = compareDiff(payload.relations, state, at);
    views.compare.update(state, at, changes);
    const overlay: Overlay = {
      compare: compareOverlay(changes),
      path: pathOverlay(app, current, payload.relations),
      highlight: highlightOverlay(app, ctx.relation),
      sizes: state.size ? sizesAt(current, state.size) : null,
    };
    const projection = state.graph === 'states' ? statesProjection(current.relations, (id) => ctx.actors.get(id)?.kind, state.share) : null;
    views.graph.apply(current, state, overlay, step.changed, projection);
    views.graph.select(state.rel ?? state.focus);
    // Change marks: only when the date moved from one drawn date to another (a step, Play, a scrub).
    const before0 = previous ? ctx.dateOf(previous.view) : null;
    if (before0 !== null && before0 !== at) {
      const split = splitChanges(step.changed, at);
      // Marked on the graph: what is drawn now and began, what was drawn and ended (filters hold).
      const drawnNow = current.relationIds;
      views.marks.mark({ began: split.began.filter((r) => drawnNow.has(r.id)), ended: split.ended.filter((r) => shownBefore?.relationIds.has(r.id) ?? false) });
      const words = changeSentences(split, ctx.namer);
      views.changeLine.textContent = words.join(' · ');
      views.changeLine.title = words.join('\n');
    }
    const orgs = state.groups ?? ctx.defaultGroups;
    views.groups.show(groupMembers(orgs, current.relations));
    // Follow: a fit once the date or filters rest; turning it back on fits at once.
    views.followButton.setAttribute('aria-pressed', String(state.follow));
    if (!state.follow) views.camera.stop();
    else if (previous && !previous.view.follow) views.camera.resume(followKey(state, at));
    else views.camera.follow(followKey(state, at));
    views.slider.show(at);
    views.filters.show(state);
    // A large graph's first drawing does not wait for the table either.
    updateTable(current, state.rel, Boolean(views.graph.large && (previous === null || (before0 !== null && before0 !== at))));
    const before = previous?.view;
    const selectionChanged = !before || before.focus !== state.focus || before.rel !== state.rel;
    // While playing, the details (a larger DOM) follow a few times a second, not every frame.
    const now = performance.now();
    if (selectionChanged || !views.slider.isPlaying || now - lastDetails > ctx.settings.detailsEveryMs) {
      lastDetails = now;
      const details = views.details;
      const dctx: DetailsContext = {
        payload,
        actors: ctx.actors,
        sources: ctx.sources,
        start: first,
        end: last,
        snapshot: current,
        onActor: (id) => {
          ctx.dispatch({ type: 'view', patch: { focus: id, rel: null }, mode: 'push' });
          views.graph.centreOn(id);
        },
        onRelation: (id) => ctx.dispatch({ type: 'view', patch: { rel: id }, mode: 'push' }),
        onClose: () => ctx.dispatch({ type: 'view', patch: { focus: null, rel: null }, mode: 'push' }),
      };
      if (state.rel) renderRelation(details, dctx, state.rel);
      else if (state.focus) {
        renderActor(details, dctx, state.focus);
        if (ctx.actors.has(state.focus)) details.querySelector('.details-head')?.after(centralitySection(app.centrality[state.focus], { start: first, end: last }, at));
      } else details.replaceChildren(h('p', { class: 'hint' }, 'Click an actor or a relation in the network, or a row of the table, to see its story and sources.'));
      document.body.classList.toggle('has-details', Boolean(state.rel || state.focus));
      // The panel that scrolls is the details section around the body.
      if (selectionChanged && (state.rel || state.focus)) (details.closest<HTMLElement>('.details') ?? details).scrollTop = 0;
    }
    document.body.dataset.renderedAt = at;
    document.body.dataset.renderedView = serializeState(state);
  };
  return { render, snapshot: () => current };
}

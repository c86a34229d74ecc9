// The reducer: (state, action) → state, pure, over plain data. Answers that arrive for a
// pair or a request no longer asked for are dropped here, not in the fetching code.
import { preferShown, spanAt } from '../panels/path-model.ts';
import type { Action } from './actions.ts';
import { EMPTY_PATH, pathKey, type AppState, type PathData } from './app-state.ts';
import { normalShiftsQuery, sameShiftsQuery } from './shifts-query.ts';
import { sameState, type ViewState } from './view-state.ts';

function withView(state: AppState, view: ViewState, path: PathData = state.path): AppState {
  if (sameState(state.view, view) && path === state.path) return state;
  const key = pathKey(view);
  // A new pair (or new types): the old answers say nothing about it.
  const nextPath = key === path.key ? path : { ...EMPTY_PATH, key, pending: path.pending, message: path.message, moving: path.moving };
  return { ...state, view, path: nextPath };
}

/** The lit owner after `owner` lit something (true) or cleared its light (false). */
function lightBy(current: AppState['highlight'], owner: 'shifts' | 'console', on: boolean): AppState['highlight'] {
  if (on) return owner;
  return current === owner ? null : current;
}

export function reduce(state: AppState, action: Action): AppState {
  switch (action.type) {
    case 'view': {
      const next = withView(state, { ...state.view, ...action.patch });
      if (!('at' in action.patch)) return next;
      const moving = action.mode === 'transient';
      return next.path.moving === moving ? next : { ...next, path: { ...next.path, moving } };
    }
    case 'view/restored': {
      let next = withView(state, action.view);
      if (next.path.moving) next = { ...next, path: { ...next.path, moving: false } };
      // Back or forward to another ranking runs that one, as opening its link would.
      const asked = action.view.shifts;
      if (asked && !sameShiftsQuery(asked, state.shifts.request)) {
        const seq = (state.shifts.request?.seq ?? 0) + 1;
        next = { ...next, shifts: { ...next.shifts, request: { seq, ...normalShiftsQuery(asked) }, loading: true, error: null } };
      }
      return next;
    }
    case 'path/pick-end': {
      // A right-click on an actor: the first sets the start, the second completes the path.
      const { pending } = state.path;
      if (pending === null || pending === action.id) {
        const next = pending === action.id ? null : action.id;
        return withView(state, { ...state.view, panel: 'paths' }, { ...state.path, pending: next, message: '' });
      }
      return withView(state, { ...state.view, path: [pending, action.id], panel: 'paths' }, { ...state.path, pending: null, message: '' });
    }
    case 'path/clear':
      return withView(state, { ...state.view, path: null }, { ...state.path, pending: null, message: '' });
    case 'path/message':
      return { ...state, path: { ...state.path, message: action.text } };
    case 'path/choose':
      return { ...state, path: { ...state.path, chosen: action.index } };
    case 'path/history-loaded':
      if (action.key !== state.path.key) return state;
      return { ...state, path: { ...state.path, history: action.history } };
    case 'path/answer-loaded': {
      if (action.key !== state.path.key) return state;
      // The alternative matching the path already lit comes first, so the light does not jump.
      const shown = state.path.history ? (spanAt(state.path.history.spans, action.at)?.path ?? null) : null;
      return { ...state, path: { ...state.path, answer: action.answer, answerAt: action.at, chosen: preferShown(action.answer.paths, shown) } };
    }
    case 'path/failed':
      if (action.key !== state.path.key) return state;
      return { ...state, path: { ...state.path, error: action.message } };
    case 'shifts/run': {
      const seq = (state.shifts.request?.seq ?? 0) + 1;
      // The ranking asked for (with its measure) is kept in the URL, like the console's query.
      const { type: _type, ...asked } = action;
      const query = normalShiftsQuery(asked);
      const view = { ...state.view, shifts: query };
      return { ...withView(state, view), shifts: { ...state.shifts, request: { seq, ...query }, loading: true, error: null } };
    }
    case 'shifts/loaded':
      if (action.seq !== state.shifts.request?.seq) return state;
      return { ...state, shifts: { ...state.shifts, loading: false, answer: action.answer, error: null, selected: null }, highlight: lightBy(state.highlight, 'shifts', false) };
    case 'shifts/failed':
      if (action.seq !== state.shifts.request?.seq) return state;
      return { ...state, shifts: { ...state.shifts, loading: false, answer: null, error: action.message, selected: null }, highlight: lightBy(state.highlight, 'shifts', false) };
    case 'shifts/select':
      return { ...state, shifts: { ...state.shifts, selected: action.actor }, highlight: lightBy(state.highlight, 'shifts', action.actor !== null) };
    case 'centrality/requested':
      return { ...state, centrality: { ...state.centrality, [action.actor]: { status: 'loading' } } };
    case 'centrality/loaded':
      return { ...state, centrality: { ...state.centrality, [action.actor]: { status: 'done', points: action.points } } };
    case 'centrality/failed':
      return { ...state, centrality: { ...state.centrality, [action.actor]: { status: 'error', message: action.message } } };
    case 'console/lit':
      return { ...state, consoleLit: action.lit, highlight: lightBy(state.highlight, 'console', action.lit !== null) };
  }
}

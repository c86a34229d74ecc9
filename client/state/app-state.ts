// The one application state: the view (what the URL holds) and the answers of requests,
// as plain data. Only the reducer (reducer.ts) makes a new one, from an action.
import type { CentralityPoint, PathAnswer, PathHistory, ShiftsAnswer } from '../api/analysis.ts';
import type { ShiftsQuery } from './shifts-query.ts';
import { DEFAULT_STATE, type ViewState } from './view-state.ts';

/** The path panel's answers: the pair's history, and the alternatives at one date. */
export interface PathData {
  /** Which pair and types the answers are for ("" with no path). */
  key: string;
  history: PathHistory | null;
  error: string | null;
  /** The alternatives at answerAt (asked once the slider rests). */
  answer: PathAnswer | null;
  answerAt: string | null;
  /** The alternative lit. */
  chosen: number;
  /** The first end right-clicked, waiting for the second. */
  pending: string | null;
  message: string;
  /**
   * The date is moving (scrubbed or played): the history's span stands in until the slider
   * rests. At rest only the date's own answer is lit, so the lit path never changes under a
   * reader's eyes (the history's path first, the answer's 0.4 s later).
   */
  moving: boolean;
}

export interface ShiftsRequest extends ShiftsQuery {
  /** Grows with each request, so an effect runs each one once. */
  seq: number;
}

export interface ShiftsData {
  request: ShiftsRequest | null;
  loading: boolean;
  answer: ShiftsAnswer | null;
  error: string | null;
  /** The actor whose evidence is open (and lit). */
  selected: string | null;
}

export type CentralityEntry = { status: 'loading' } | { status: 'done'; points: CentralityPoint[] } | { status: 'error'; message: string };

export interface AppState {
  view: ViewState;
  path: PathData;
  shifts: ShiftsData;
  /** Each actor's measures over time, asked for when its details open. */
  centrality: Readonly<Record<string, CentralityEntry>>;
  /** The console's result ids, when "show on graph" is on. */
  consoleLit: { nodes: string[]; edges: string[] } | null;
  /** Who lights the graph, shifts evidence or console results: the latest one asked for wins. */
  highlight: 'shifts' | 'console' | null;
}

export const EMPTY_PATH: PathData = { key: '', history: null, error: null, answer: null, answerAt: null, chosen: 0, pending: null, message: '', moving: false };

export function initialState(view: ViewState = DEFAULT_STATE): AppState {
  return {
    view,
    path: { ...EMPTY_PATH, key: pathKey(view) },
    shifts: { request: null, loading: false, answer: null, error: null, selected: null },
    centrality: {},
    consoleLit: null,
    highlight: null,
  };
}

/** The pair and the types a path's answers depend on; "" without a path. */
export function pathKey(view: Pick<ViewState, 'path' | 'types'>): string {
  return view.path ? `${view.path.join(',')}|${view.types?.join(',') ?? '*'}` : '';
}

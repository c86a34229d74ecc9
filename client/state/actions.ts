// Everything that can change the application state, as plain data. Panels and the graph turn
// DOM events into these; effects (effects.ts) dispatch the answers of requests.
import type { CentralityPoint, PathAnswer, PathHistory, ShiftsAnswer } from '../api/analysis.ts';
import type { ShiftsQuery } from './shifts-query.ts';
import type { HistoryMode, ViewState } from './view-state.ts';

export type Action =
  /** A change to what the URL holds; mode says how the history follows (null: not at all). */
  | { type: 'view'; patch: Partial<ViewState>; mode: HistoryMode | null }
  /** Back/forward: the URL already holds the state. */
  | { type: 'view/restored'; view: ViewState }
  | { type: 'path/pick-end'; id: string }
  | { type: 'path/clear' }
  | { type: 'path/message'; text: string }
  | { type: 'path/choose'; index: number }
  | { type: 'path/history-loaded'; key: string; history: PathHistory }
  | { type: 'path/answer-loaded'; key: string; at: string; answer: PathAnswer }
  | { type: 'path/failed'; key: string; message: string }
  | ({ type: 'shifts/run' } & ShiftsQuery)
  | { type: 'shifts/loaded'; seq: number; answer: ShiftsAnswer }
  | { type: 'shifts/failed'; seq: number; message: string }
  | { type: 'shifts/select'; actor: string | null }
  | { type: 'centrality/requested'; actor: string }
  | { type: 'centrality/loaded'; actor: string; points: CentralityPoint[] }
  | { type: 'centrality/failed'; actor: string; message: string }
  | { type: 'console/lit'; lit: { nodes: string[]; edges: string[] } | null };

/** How an action's view change reaches the history. */
export function historyModeOf(action: Action): HistoryMode | null {
  if (action.type === 'view') return action.mode;
  if (action.type === 'view/restored') return null;
  return 'push';
}

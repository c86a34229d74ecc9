// The store: holds the application state, runs actions through the reducer and tells its
// subscribers (the renderer, the URL sync, the effects) what changed and why.
import type { Action } from './actions.ts';
import type { AppState } from './app-state.ts';
import { reduce } from './reducer.ts';
import type { HistoryMode, ViewState } from './view-state.ts';

export type Listener = (state: AppState, previous: AppState, action: Action) => void;

export class Store {
  private current: AppState;
  private readonly listeners: Listener[] = [];

  constructor(initial: AppState) {
    this.current = initial;
  }

  get state(): AppState {
    return this.current;
  }

  subscribe(fn: Listener): void {
    this.listeners.push(fn);
  }

  private readonly queue: Action[] = [];
  private notifying = false;

  /** Actions dispatched by a subscriber wait until every subscriber has seen the current one. */
  dispatch(action: Action): void {
    this.queue.push(action);
    if (this.notifying) return;
    this.notifying = true;
    try {
      for (let a = this.queue.shift(); a; a = this.queue.shift()) {
        const previous = this.current;
        const next = reduce(previous, a);
        if (next === previous) continue;
        this.current = next;
        for (const fn of this.listeners) fn(next, previous, a);
      }
    } finally {
      this.notifying = false;
      this.queue.length = 0;
    }
  }

  /** Shorthand for a view change (also what the browser tests call). */
  update(patch: Partial<ViewState>, mode: HistoryMode | null = 'push'): void {
    this.dispatch({ type: 'view', patch, mode });
  }
}

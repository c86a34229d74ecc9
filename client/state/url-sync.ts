// The only code that reads or writes the URL: the view state at load, the settings a URL may
// override, and the history: deliberate changes push an entry, scrubbing and playing share
// one, and back/forward restore the view.
import { historyModeOf } from './actions.ts';
import type { Store } from './store.ts';
import { parseState, sameState, serializeState, unknownTypes, type HistoryMode, type ViewState } from './view-state.ts';
import type { Settings } from '../settings.ts';

export function viewFromUrl(win: Window = window): ViewState {
  return parseState(win.location.search);
}

/** Relation types the address names that do not exist (types=FOO). */
export function unknownTypesInUrl(win: Window = window): string[] {
  return unknownTypes(win.location.search);
}

/** Settings a URL may switch: ?renderer=canvas|webgl|layer (large graphs; ?webgl=1 is the old name of webgl) and ?transitions=0. */
export function settingsFromUrl(win: Window = window): Partial<Settings> {
  const p = new URLSearchParams(win.location.search);
  const out: Partial<Settings> = {};
  if (p.get('webgl') === '1') out.renderer = 'webgl';
  const renderer = p.get('renderer');
  if (renderer === 'canvas' || renderer === 'webgl' || renderer === 'layer' || renderer === 'auto') out.renderer = renderer;
  if (p.get('transitions') === '0') out.transitions = false;
  return out;
}

export class UrlSync {
  private lastTransient = 0;

  constructor(
    private readonly store: Store,
    private readonly gapMs: number,
    /** How long a run of transient changes (a drag, Play) rests before the URL takes it. */
    private readonly restMs: number,
    private readonly win: Window = window,
    private readonly now: () => number = () => Date.now(),
  ) {
    store.subscribe((state, previous, action) => {
      const mode = historyModeOf(action);
      if (mode && !sameState(state.view, previous.view)) this.write(state.view, mode);
    });
    win.addEventListener('popstate', () => {
      // Back or forward wins over a change not yet written.
      this.pending = null;
      store.dispatch({ type: 'view/restored', view: parseState(win.location.search) });
    });
  }

  /** Starts a new history entry for the next transient change (end of a scrub or a replay). */
  endTransient(): void {
    this.flush();
    this.lastTransient = 0;
  }

  /**
   * A run of transient changes (a slider drag, Play) reaches the URL once it rests, the last
   * of the run once: the history API costs 10 to 90 ms a call, in the way of every step.
   * Whether it makes a new entry is decided when each change happens, as before. Any other
   * change, and the end of a run, writes at once, after a pending one.
   */
  private pending: { view: ViewState; push: boolean } | null = null;
  private pendingTimer = 0;

  private flush(): void {
    const p = this.pending;
    if (!p) return;
    this.pending = null;
    this.win.clearTimeout(this.pendingTimer);
    this.apply(p.view, p.push);
  }

  private write(view: ViewState, mode: HistoryMode): void {
    let push = mode === 'push';
    if (mode === 'transient') {
      const now = this.now();
      push = now - this.lastTransient > this.gapMs;
      this.lastTransient = now;
    } else {
      this.lastTransient = 0;
    }
    if (mode === 'transient') {
      // A run merged into one write starts a new entry if any of it would have.
      this.pending = { view, push: push || (this.pending?.push ?? false) };
      // Written once the run rests (or at once when it ends or another change comes).
      this.win.clearTimeout(this.pendingTimer);
      this.pendingTimer = this.win.setTimeout(() => this.flush(), this.restMs);
      return;
    }
    this.flush();
    this.apply(view, push);
  }

  private apply(view: ViewState, push: boolean): void {
    const url = `${this.win.location.pathname}${serializeState(view)}${this.win.location.hash}`;
    if (push) this.win.history.pushState(null, '', url);
    else this.win.history.replaceState(null, '', url);
  }
}

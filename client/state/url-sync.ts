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
    private readonly win: Window = window,
    private readonly now: () => number = () => Date.now(),
  ) {
    store.subscribe((state, previous, action) => {
      const mode = historyModeOf(action);
      if (mode && !sameState(state.view, previous.view)) this.write(state.view, mode);
    });
    win.addEventListener('popstate', () => store.dispatch({ type: 'view/restored', view: parseState(win.location.search) }));
  }

  /** Starts a new history entry for the next transient change (end of a scrub or a replay). */
  endTransient(): void {
    this.lastTransient = 0;
  }

  private write(view: ViewState, mode: HistoryMode): void {
    const url = `${this.win.location.pathname}${serializeState(view)}${this.win.location.hash}`;
    let push = mode === 'push';
    if (mode === 'transient') {
      const now = this.now();
      push = now - this.lastTransient > this.gapMs;
      this.lastTransient = now;
    } else {
      this.lastTransient = 0;
    }
    if (push) this.win.history.pushState(null, '', url);
    else this.win.history.replaceState(null, '', url);
  }
}

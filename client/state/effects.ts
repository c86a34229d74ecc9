// Effects: the requests the state asks for, run outside the reducer; each dispatches its
// answer (or its failure) as an action. Path history when a pair is traced, the pair's
// alternatives once the slider rests, an actor's centrality history when its details open,
// and shift rankings when asked for.
import { ApiError } from '../api/client.ts';
import { fetchCentralityHistory, fetchPath, fetchPathHistory, fetchShifts } from '../api/analysis.ts';
import type { AppState } from './app-state.ts';
import type { Store } from './store.ts';
import type { ViewState } from './view-state.ts';

export interface EffectOptions {
  /** The date the view shows (the state's, clamped to the slider). */
  dateOf(view: ViewState): string;
  /** Actors whose history may be asked for (known ids). */
  isActor(id: string): boolean;
  pathRestMs: number;
}

const message = (err: unknown): string => (err instanceof ApiError ? err.message : String(err));

export function startEffects(store: Store, opts: EffectOptions): void {
  let historyKey = '';
  let answerWant = '';
  let timer = 0;
  let controller: AbortController | null = null;
  let shiftsSeq = 0;

  const run = (s: AppState): void => {
    const { path } = s;
    const [from, to] = s.view.path ?? [];
    // The pair's whole history, once per pair and types.
    if (path.key !== historyKey) {
      historyKey = path.key;
      answerWant = '';
      window.clearTimeout(timer);
      if (from && to) {
        const key = path.key;
        fetchPathHistory(from, to, s.view.types)
          .then((history) => store.dispatch({ type: 'path/history-loaded', key, history }))
          .catch((err: unknown) => store.dispatch({ type: 'path/failed', key, message: message(err) }));
      }
    }
    // The alternatives at the date, asked once the slider rests there (not on every tick).
    if (from && to) {
      const at = opts.dateOf(s.view);
      const want = `${path.key}@${at}`;
      const answered = path.answer !== null && path.answerAt === at;
      if (!answered && want !== answerWant) {
        answerWant = want;
        window.clearTimeout(timer);
        const key = path.key;
        const types = s.view.types;
        timer = window.setTimeout(() => {
          controller?.abort();
          const c = (controller = new AbortController());
          fetchPath(from, to, at, types, c.signal)
            .then((answer) => {
              if (!c.signal.aborted) store.dispatch({ type: 'path/answer-loaded', key, at, answer });
            })
            .catch((err: unknown) => {
              if ((err as Error).name !== 'AbortError') store.dispatch({ type: 'path/failed', key, message: message(err) });
            });
        }, opts.pathRestMs);
      }
    }
    // The focused actor's centrality over time, once per actor.
    const focus = s.view.rel ? null : s.view.focus;
    if (focus && opts.isActor(focus) && !s.centrality[focus]) {
      store.dispatch({ type: 'centrality/requested', actor: focus });
      fetchCentralityHistory(focus)
        .then((points) => store.dispatch({ type: 'centrality/loaded', actor: focus, points }))
        .catch((err: unknown) => store.dispatch({ type: 'centrality/failed', actor: focus, message: message(err) }));
    }
    // A shift ranking asked for by the panel.
    const req = s.shifts.request;
    if (req && req.seq !== shiftsSeq) {
      shiftsSeq = req.seq;
      fetchShifts(req)
        .then((answer) => store.dispatch({ type: 'shifts/loaded', seq: req.seq, answer }))
        .catch((err: unknown) => store.dispatch({ type: 'shifts/failed', seq: req.seq, message: message(err) }));
    }
  };
  store.subscribe((s) => run(s));
  run(store.state);
}

// The client's state: the reducer over plain data (view changes, answers for a pair no
// longer asked for dropped, who lights the graph), the store's ordering of nested
// dispatches, and the settings' defaults and overrides.
import { describe, expect, it } from 'vitest';
import { initialState, pathKey } from '../../client/state/app-state.ts';
import { reduce } from '../../client/state/reducer.ts';
import { Store } from '../../client/state/store.ts';
import { DEFAULT_STATE } from '../../client/state/view-state.ts';
import { DEFAULT_SETTINGS, resolveSettings } from '../../client/settings.ts';
import type { PathHistory } from '../../client/api/analysis.ts';

const history: PathHistory = { from: 'ARM', to: 'CHN', types: null, spans: [], firstConnected: null, breaks: [] } as unknown as PathHistory;

describe('the reducer', () => {
  it('keeps answers for the pair asked for and drops those for another', () => {
    const s0 = reduce(initialState(), { type: 'view', patch: { path: ['ARM', 'CHN'] }, mode: 'push' });
    expect(s0.path.key).toBe(pathKey({ path: ['ARM', 'CHN'], types: null }));
    const stale = reduce(s0, { type: 'path/history-loaded', key: 'X,Y|*', history });
    expect(stale).toBe(s0);
    const s1 = reduce(s0, { type: 'path/history-loaded', key: s0.path.key, history });
    expect(s1.path.history).toBe(history);
    // A new pair starts with no answers.
    const s2 = reduce(s1, { type: 'view', patch: { path: ['CHN', 'ARM'] }, mode: 'push' });
    expect(s2.path.history).toBeNull();
  });

  it('completes a path from two right-clicks', () => {
    const a = reduce(initialState(), { type: 'path/pick-end', id: 'ARM' });
    expect(a.path.pending).toBe('ARM');
    expect(a.view.panel).toBe('paths');
    const b = reduce(a, { type: 'path/pick-end', id: 'CHN' });
    expect(b.view.path).toEqual(['ARM', 'CHN']);
    expect(b.path.pending).toBeNull();
  });

  it('lets the latest of shifts and console light the graph', () => {
    let s = reduce(initialState(), { type: 'shifts/select', actor: 'TJK' });
    expect(s.highlight).toBe('shifts');
    s = reduce(s, { type: 'console/lit', lit: { nodes: ['ARM'], edges: [] } });
    expect(s.highlight).toBe('console');
    s = reduce(s, { type: 'shifts/select', actor: null });
    expect(s.highlight).toBe('console');
    s = reduce(s, { type: 'console/lit', lit: null });
    expect(s.highlight).toBeNull();
  });

  it('runs the ranking again when back or forward restores another one, and not for the same one', () => {
    const first = { target: 'CHN', from: '2000-01-01', to: '2020-01-01' };
    const s1 = reduce(initialState(), { type: 'shifts/run', ...first });
    const s2 = reduce(s1, { type: 'shifts/run', target: 'RUS', from: '2000-01-01', to: '2020-01-01', method: 's' });
    // Back: the first ranking's view; it is asked for again (a new request the effects fetch).
    const back = reduce(s2, { type: 'view/restored', view: { ...s2.view, shifts: first } });
    expect(back.shifts.request).toEqual({ seq: 3, ...first });
    expect(back.shifts.loading).toBe(true);
    // A restored view with the ranking already asked for (another part changed) asks nothing.
    const same = reduce(back, { type: 'view/restored', view: { ...back.view, at: '2010-01-01' } });
    expect(same.shifts.request).toBe(back.shifts.request);
  });

  it('returns the same state for a view change that changes nothing', () => {
    const s = initialState();
    expect(reduce(s, { type: 'view', patch: { at: DEFAULT_STATE.at }, mode: 'push' })).toBe(s);
  });
});

describe('the store', () => {
  it('lets every subscriber see an action before one dispatched from a subscriber', () => {
    const store = new Store(initialState());
    const seen: string[] = [];
    store.subscribe((s, _p, a) => {
      seen.push(`first:${a.type}`);
      if (a.type === 'view' && s.view.focus === 'ARM') store.dispatch({ type: 'centrality/requested', actor: 'ARM' });
    });
    store.subscribe((_s, _p, a) => seen.push(`second:${a.type}`));
    store.update({ focus: 'ARM' });
    expect(seen).toEqual(['first:view', 'second:view', 'first:centrality/requested', 'second:centrality/requested']);
  });
});

describe('settings', () => {
  it('starts from the defaults and takes only valid overrides', () => {
    expect(resolveSettings()).toEqual(DEFAULT_SETTINGS);
    expect(resolveSettings({ transitions: false }).transitions).toBe(false);
    expect(resolveSettings({ fadeMs: -1 }).fadeMs).toBe(DEFAULT_SETTINGS.fadeMs);
  });
});

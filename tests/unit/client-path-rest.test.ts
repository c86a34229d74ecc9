// The lit path comes from one answer: the date's own at rest, the history's span only while
// the date moves, so nothing is replaced under a reader's eyes.
import { describe, expect, it } from 'vitest';
import type { PathAnswer, PathHistory } from '../../client/api/analysis.ts';
import type { Snapshot } from '../../client/snapshot.ts';
import { initialState, pathKey } from '../../client/state/app-state.ts';
import { pathAt, pathPending } from '../../client/state/overlays.ts';
import { reduce } from '../../client/state/reducer.ts';
import { DEFAULT_STATE } from '../../client/state/view-state.ts';

const view = { ...DEFAULT_STATE, at: '2010-01-01', path: ['AAA', 'CCC'] as [string, string] };
const key = pathKey(view);
const viaB = { nodes: ['AAA', 'BBB', 'CCC'], edges: ['ab', 'bc'] };
const viaD = { nodes: ['AAA', 'DDD', 'CCC'], edges: ['ad', 'dc'] };
const history: PathHistory = { from: 'AAA', to: 'CCC', spans: [{ start: '2000-01-01', end: null, connected: true, hops: 2, path: viaB }], firstConnected: '2000-01-01', breaks: [] };
const answer: PathAnswer = { from: 'AAA', to: 'CCC', at: '2010-01-01', found: true, paths: [viaD] };
const snap = (at: string): Snapshot => ({ at, relations: [], relationIds: new Set(['ab', 'bc', 'ad', 'dc']), actorIds: new Set() }) as unknown as Snapshot;

describe('the lit path', () => {
  it('at load, waits for the date’s answer instead of showing the history’s path first', () => {
    let s = reduce(initialState(view), { type: 'path/history-loaded', key, history });
    expect(pathPending(s.path, snap('2010-01-01'))).toBe(true);
    expect(pathAt(s.path, snap('2010-01-01'), [])).toBeNull();
    s = reduce(s, { type: 'path/answer-loaded', key, at: '2010-01-01', answer });
    expect(pathAt(s.path, snap('2010-01-01'), [])).toEqual(viaD);
  });

  it('while the date moves, the history’s span stands in; at rest, the answer again', () => {
    let s = reduce(initialState(view), { type: 'path/history-loaded', key, history });
    s = reduce(s, { type: 'view', patch: { at: '2011-01-01' }, mode: 'transient' });
    expect(pathAt(s.path, snap('2011-01-01'), [])).toEqual(viaB);
    s = reduce(s, { type: 'view', patch: { at: '2012-01-01' }, mode: 'push' });
    expect(pathAt(s.path, snap('2012-01-01'), [])).toBeNull();
    expect(pathPending(s.path, snap('2012-01-01'))).toBe(true);
  });
});

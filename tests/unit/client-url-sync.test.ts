// The URL sync with a fake window: deliberate changes write at once, a run of transient ones
// (a drag, Play) is written once when it rests, and ending the run writes it at once.
import { describe, expect, it } from 'vitest';
import { initialState } from '../../client/state/app-state.ts';
import { Store } from '../../client/state/store.ts';
import { UrlSync } from '../../client/state/url-sync.ts';

function fakeWindow() {
  const frames: (() => void)[] = [];
  const timers = new Map<number, () => void>();
  let next = 1;
  const writes: { kind: 'push' | 'replace'; url: string }[] = [];
  const location = { pathname: '/', search: '', hash: '' };
  const record = (kind: 'push' | 'replace') => (_: unknown, __: string, url: string) => {
    writes.push({ kind, url });
    location.search = url.slice(1);
  };
  const win = {
    location,
    history: { pushState: record('push'), replaceState: record('replace') },
    addEventListener: () => {},
    requestAnimationFrame: (f: () => void) => frames.push(f),
    cancelAnimationFrame: () => {},
    setTimeout: (f: () => void) => {
      timers.set(next, f);
      return next++;
    },
    clearTimeout: (id: number) => timers.delete(id),
  };
  const drawFrame = () => {
    for (const f of frames.splice(0)) f();
    // The task queued after the frame.
    for (const [id, f] of [...timers]) {
      timers.delete(id);
      f();
      break;
    }
  };
  return { win: win as unknown as Window, writes, drawFrame };
}

describe('UrlSync', () => {
  it('writes a run of transient changes once, when it rests, and a deliberate change at once', () => {
    const { win, writes, drawFrame } = fakeWindow();
    const store = new Store(initialState());
    let now = 10_000;
    new UrlSync(store, 1000, 250, win, () => now);
    store.dispatch({ type: 'view', patch: { at: '2001-01-01' }, mode: 'transient' });
    now += 10;
    store.dispatch({ type: 'view', patch: { at: '2002-01-01' }, mode: 'transient' });
    expect(writes).toEqual([]);
    drawFrame();
    expect(writes).toHaveLength(1);
    expect(writes[0]!.kind).toBe('push');
    expect(writes[0]!.url).toContain('at=2002-01-01');
    store.dispatch({ type: 'view', patch: { focus: 'KAZ' }, mode: 'push' });
    expect(writes).toHaveLength(2);
    expect(writes[1]).toMatchObject({ kind: 'push' });
    expect(writes[1]!.url).toContain('focus=KAZ');
  });

  it('writes a pending transient change when the run ends (Play paused), before the frame', () => {
    const { win, writes } = fakeWindow();
    const store = new Store(initialState());
    const sync = new UrlSync(store, 1000, 250, win, () => 0);
    store.dispatch({ type: 'view', patch: { at: '2003-05-01' }, mode: 'transient' });
    expect(writes).toEqual([]);
    sync.endTransient();
    expect(writes.map((w) => w.url.includes('at=2003-05-01'))).toEqual([true]);
  });
});

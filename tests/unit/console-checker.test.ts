// The console's checker worker: starts on the first check, stops when idle (giving back
// its memory), and answers again after that by starting a fresh worker.
import { afterAll, describe, expect, it } from 'vitest';
import { ReadOnlyChecker } from '../../server/console/checker.ts';

const checker = new ReadOnlyChecker({ timeoutMs: 20_000, idleMs: 100 });
afterAll(() => checker.close());

const hasWorker = () => (checker as unknown as { current?: unknown }).current !== undefined;

describe('ReadOnlyChecker', () => {
  it('has no worker until the first check', () => {
    expect(hasWorker()).toBe(false);
  });

  it('answers, stops its worker when idle, and answers again after', async () => {
    expect((await checker.check('MATCH (a:Actor) RETURN a.id', {})).ok).toBe(true);
    expect(hasWorker()).toBe(true);
    // Waits on the state, not on a time: the worker goes once it has been idle for idleMs.
    await expect.poll(hasWorker, { timeout: 30_000, interval: 20 }).toBe(false);
    const again = await checker.check('CREATE (x:Actor {id: "X"})', {});
    expect(again.ok).toBe(false);
  }, 60_000);
});

// The console's checker worker: starts on the first check, stops when idle (giving back
// its memory), and answers again after that by starting a fresh worker.
import { afterAll, describe, expect, it } from 'vitest';
import { ReadOnlyChecker } from '../../server/console/checker.ts';

const checker = new ReadOnlyChecker({ timeoutMs: 20_000, idleMs: 300 });
afterAll(() => checker.close());

const hasWorker = () => (checker as unknown as { current?: unknown }).current !== undefined;

describe('ReadOnlyChecker', () => {
  it('has no worker until the first check', () => {
    expect(hasWorker()).toBe(false);
  });

  it('answers, stops its worker when idle, and answers again after', async () => {
    expect((await checker.check('MATCH (a:Actor) RETURN a.id', {})).ok).toBe(true);
    expect(hasWorker()).toBe(true);
    await new Promise((r) => setTimeout(r, 800));
    expect(hasWorker()).toBe(false);
    const again = await checker.check('CREATE (x:Actor {id: "X"})', {});
    expect(again.ok).toBe(false);
  }, 60_000);
});

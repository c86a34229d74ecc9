// Recovery when the engine is not there yet: backoff that grows and caps, and a deferred
// engine that answers 503 until the real one is attached, then forwards.
import { describe, expect, it } from 'vitest';
import { DeferredEngine } from '../../server/engine/deferred-engine.ts';
import { GrafeoEngine } from '../../server/engine/grafeo/grafeo-engine.ts';
import { backoffDelay, retryWithBackoff } from '../../server/engine/retry.ts';
import { EngineUnavailable } from '../../server/errors.ts';

describe('retryWithBackoff', () => {
  it('doubles the wait and caps it', () => {
    expect([0, 1, 2, 3, 10].map((n) => backoffDelay(n, 100, 1_000))).toEqual([100, 200, 400, 800, 1_000]);
  });

  it('keeps trying until the work succeeds, reporting each retry', async () => {
    let calls = 0;
    const retries: number[] = [];
    const value = await retryWithBackoff(
      async () => {
        calls++;
        if (calls < 3) throw new Error('not yet');
        return 'up';
      },
      { initialMs: 1, maxMs: 5, onRetry: (attempt) => retries.push(attempt) },
    );
    expect(value).toBe('up');
    expect(retries).toEqual([1, 2]);
  });

  it('stops when aborted', async () => {
    const ac = new AbortController();
    const p = retryWithBackoff(async () => Promise.reject(new Error('down')), { initialMs: 10_000, signal: ac.signal });
    setTimeout(() => ac.abort(), 10);
    await expect(p).rejects.toThrow('down');
  });
});

describe('DeferredEngine', () => {
  it('answers EngineUnavailable with the reason until attached, then forwards', async () => {
    const deferred = new DeferredEngine('neo4j', 'Neo4j at bolt://x is not connected yet. Check NEO4J_URI.');
    await expect(deferred.read('RETURN 1 AS x')).rejects.toBeInstanceOf(EngineUnavailable);
    await expect(deferred.read('RETURN 1 AS x')).rejects.toThrow(/NEO4J_URI/);
    const real = GrafeoEngine.open();
    deferred.attach(real);
    expect(await deferred.read('RETURN 1 AS x')).toEqual([{ x: 1 }]);
    await deferred.close();
  });
});

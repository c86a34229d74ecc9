// Retry with exponential backoff, for an engine that is not there yet (Neo4j starting or
// restarting). Stops when `signal` aborts.
export interface BackoffOptions {
  initialMs?: number;
  maxMs?: number;
  signal?: AbortSignal;
  onRetry?(attempt: number, delayMs: number, err: unknown): void;
}

/** The wait before attempt n+1: initial * 2^n, capped. */
export function backoffDelay(attempt: number, initialMs = 500, maxMs = 30_000): number {
  return Math.min(maxMs, initialMs * 2 ** Math.min(attempt, 30));
}

export async function retryWithBackoff<T>(work: () => Promise<T>, options: BackoffOptions = {}): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await work();
    } catch (err) {
      if (options.signal?.aborted) throw err;
      const delay = backoffDelay(attempt, options.initialMs, options.maxMs);
      options.onRetry?.(attempt + 1, delay, err);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delay);
        options.signal?.addEventListener('abort', () => {
          clearTimeout(timer);
          resolve();
        }, { once: true });
      });
      if (options.signal?.aborted) throw err;
    }
  }
}

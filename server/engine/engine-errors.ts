// Errors the engines raise for the console's bounded reads: a query that ran out of time,
// one the engine refused, and a console that is already running as much as it may.
import { AppError } from '../errors.ts';

export class QueryTimeout extends AppError {
  constructor(timeoutMs: number) {
    super('timeout', 'query_timeout', `The query ran longer than ${timeoutMs} ms and was stopped. Narrow it (a LIMIT, a label, fewer hops).`);
  }
}

export class QueryTooLarge extends AppError {
  constructor(maxMemoryMb: number) {
    super(
      'rejected',
      'query_too_large',
      `The query needed more than the console's memory limit (${maxMemoryMb} MB) and was stopped. Narrow it: a LIMIT early, a label or a WHERE on the first MATCH, fewer hops, or count(*) instead of returning every row.`,
    );
  }
}

export class QueryFailed extends AppError {
  constructor(message: string) {
    super('invalid', 'query_failed', message);
  }
}

export class EngineBusy extends AppError {
  constructor(running: number) {
    super('busy', 'console_busy', `The console is already running ${running} queries; try again in a few seconds.`);
  }
}

/** An engine's own error text, cut to its first lines and without anything that looks like a stack. */
export function engineMessage(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text
    .split('\n')
    .filter((line) => !/^\s+at /.test(line))
    .slice(0, 8)
    .join('\n')
    .slice(0, 1000);
}

/** Resolves with `work`, or rejects with QueryTimeout after `ms`; `work` keeps running unobserved. */
export function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      work.catch(() => undefined);
      reject(new QueryTimeout(ms));
    }, ms);
    work.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}

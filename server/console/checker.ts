// Runs checkReadOnly in a worker thread (see check-worker.mjs) with a time limit, and
// remembers recent verdicts: a console is often sent the same query again. The worker
// starts (and warms up Neo4j's parser) once; a check that runs too long stops it, and the
// next check starts a fresh one.
import { Worker } from 'node:worker_threads';
import { AppError } from '../errors.ts';
import type { Verdict } from './read-only.ts';

export class CheckerUnavailable extends AppError {
  constructor(reason: string) {
    super('unavailable', 'checker_unavailable', `The console could not check the query: ${reason}. Try again.`);
  }
}

/** A query the checker would not (or could not, in its time) parse. */
export class QueryTooComplex extends AppError {
  constructor(reason: string) {
    super('invalid', 'query_too_complex', reason);
  }
}

interface Pending {
  query: string;
  params: Record<string, null>;
  resolve(v: Verdict): void;
  reject(e: unknown): void;
  timer?: NodeJS.Timeout;
}

export interface CheckerOptions {
  /** Give up on one check (and stop the worker) after this long, counted once the worker is ready. */
  timeoutMs: number;
  /** How many verdicts to remember. */
  cacheSize?: number;
  /** Stop the worker (and give back its memory, some 300 MB) after this long without a check. */
  idleMs?: number;
}

/** One worker and the checks sent to it. */
class CheckWorker {
  readonly worker: Worker;
  ready = false;
  private nextId = 1;
  readonly pending = new Map<number, Pending>();

  constructor(
    private readonly timeoutMs: number,
    private readonly onDead: (w: CheckWorker, leftover: Pending[]) => void,
  ) {
    this.worker = new Worker(new URL('./check-worker.mjs', import.meta.url));
    this.worker.unref();
    this.worker.on('message', (msg: { ready?: boolean; id?: number; verdict?: Verdict }) => {
      if (msg.ready) {
        this.ready = true;
        for (const [id, p] of this.pending) this.send(id, p);
        return;
      }
      const p = msg.id === undefined ? undefined : this.pending.get(msg.id);
      if (!p || !msg.verdict) return;
      this.pending.delete(msg.id!);
      clearTimeout(p.timer);
      p.resolve(msg.verdict);
    });
    this.worker.on('error', (err) => this.die(new CheckerUnavailable(err.message)));
    this.worker.on('exit', () => this.die(new CheckerUnavailable('its worker stopped')));
  }

  check(query: string, params: Record<string, null>): Promise<Verdict> {
    return new Promise<Verdict>((resolve, reject) => {
      const id = this.nextId++;
      const p: Pending = { query, params, resolve, reject };
      this.pending.set(id, p);
      if (this.ready) this.send(id, p);
    });
  }

  stop(err: unknown): void {
    this.die(err);
    void this.worker.terminate();
  }

  private send(id: number, p: Pending): void {
    // A check that takes this long is stuck on a pathological input: stop the worker, answer
    // that query, and hand the others to a fresh worker.
    p.timer = setTimeout(() => {
      this.pending.delete(id);
      p.reject(new QueryTooComplex(`The console's checker could not parse this query within ${this.timeoutMs} ms. Shorten or simplify it.`));
      this.stop(undefined);
    }, this.timeoutMs);
    this.worker.postMessage({ id, query: p.query, params: p.params });
  }

  /** Rejects every pending check with `err`, or hands them back (err undefined) to run elsewhere. */
  private die(err: unknown): void {
    const leftover = [...this.pending.values()];
    for (const p of leftover) clearTimeout(p.timer);
    this.pending.clear();
    this.onDead(this, err === undefined ? leftover : []);
    if (err !== undefined) for (const p of leftover) p.reject(err);
  }
}

export class ReadOnlyChecker {
  private current: CheckWorker | undefined;
  private readonly inFlight = new Map<string, Promise<Verdict>>();
  private readonly cache = new Map<string, Verdict>();
  private closed = false;

  constructor(private readonly options: CheckerOptions) {}

  /** Start the worker now rather than on the first check. */
  warm(): this {
    if (!this.closed) this.worker();
    return this;
  }

  check(query: string, params: Record<string, unknown>): Promise<Verdict> {
    const names = Object.keys(params).sort();
    const key = `${names.join(',')}\u0000${query}`;
    const cached = this.cache.get(key);
    if (cached) {
      this.cache.delete(key); // keep recently used verdicts at the end
      this.cache.set(key, cached);
      return Promise.resolve(cached);
    }
    const running = this.inFlight.get(key);
    if (running) return running;
    if (this.closed) return Promise.reject(new CheckerUnavailable('the server is closing'));
    // Parameter values do not change whether a query reads or writes; their names do.
    const work = this.worker()
      .check(query, Object.fromEntries(names.map((n) => [n, null])))
      .then((verdict) => {
        this.cache.set(key, verdict);
        if (this.cache.size > (this.options.cacheSize ?? 500)) this.cache.delete(this.cache.keys().next().value as string);
        return verdict;
      });
    this.inFlight.set(key, work);
    clearTimeout(this.idleTimer);
    const forget = () => {
      this.inFlight.delete(key);
      if (this.inFlight.size === 0) this.stopWhenIdle();
    };
    work.then(forget, forget);
    return work;
  }

  private idleTimer: NodeJS.Timeout | undefined;

  private stopWhenIdle(): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      const w = this.current;
      if (!w || this.inFlight.size > 0) return;
      this.current = undefined;
      w.stop(new CheckerUnavailable('its worker was idle'));
    }, this.options.idleMs ?? 5 * 60_000);
    this.idleTimer.unref();
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.idleTimer);
    const w = this.current;
    this.current = undefined;
    if (w) {
      w.stop(new CheckerUnavailable('the server is closing'));
      await w.worker.terminate();
    }
  }

  private worker(): CheckWorker {
    this.current ??= new CheckWorker(this.options.timeoutMs, (dead, leftover) => {
      if (this.current === dead) this.current = undefined;
      if (this.closed) return;
      for (const p of leftover) this.worker().check(p.query, p.params).then(p.resolve, p.reject);
    });
    return this.current;
  }
}

// Runs heavy analysis (an actor's centrality history over every change date) in worker
// threads, so that a large network cannot freeze the server: each task has a time limit,
// after which its worker is stopped for real (and its memory given back) and the client is
// told why; a few tasks run at once and the next ones are refused until one ends.
import { Worker } from 'node:worker_threads';
import type { CentralityPoint } from '../../../shared/graph/centrality.ts';
import type { Linked } from '../../../shared/graph/active-graph.ts';
import { DEFAULT_ANALYSIS, type AnalysisConfig } from '../../config.ts';
import { AppError } from '../../errors.ts';

export class AnalysisTimeout extends AppError {
  constructor(what: string, timeoutMs: number) {
    super('timeout', 'analysis_timeout', `${what} took longer than ${timeoutMs} ms and was stopped: the network has too many change dates for it. Centrality at one date (GET /api/centrality?at=...) still answers.`);
  }
}

export class AnalysisBusy extends AppError {
  constructor(running: number) {
    super('unavailable', 'analysis_busy', `The server is already computing ${running} histories; try again in a few seconds.`);
  }
}

export class AnalysisFailed extends AppError {
  constructor(reason: string) {
    super('unavailable', 'analysis_failed', `The analysis could not be completed: ${reason}. Try again.`);
  }
}

/** A worker's heap: a history of a large world needs a few tens of MB. */
const WORKER_HEAP_MB = 256;

interface Task {
  relations: Linked[];
  actor: string;
  windowDays: number;
}

export class AnalysisPool {
  private readonly idle: Worker[] = [];
  private running = 0;
  private nextId = 1;

  constructor(private readonly config: AnalysisConfig = DEFAULT_ANALYSIS) {}

  /** The time limit of one analysis, for the work that runs in the request itself. */
  get timeoutMs(): number {
    return this.config.timeoutMs;
  }

  private spawn(): Worker {
    const worker = new Worker(new URL('./history-worker.mjs', import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    worker.unref();
    return worker;
  }

  centralityHistory(relations: readonly Linked[], actor: string, windowDays: number): Promise<CentralityPoint[]> {
    if (this.running >= this.config.workers) return Promise.reject(new AnalysisBusy(this.running));
    this.running++;
    // Only the fields the analysis reads cross to the worker.
    const task: Task = {
      relations: relations.map(({ id, source, target, type, start, end, event }) => ({ id, source, target, type, start, end, event })),
      actor,
      windowDays,
    };
    const worker = this.idle.pop() ?? this.spawn();
    const id = this.nextId++;
    return new Promise<CentralityPoint[]>((resolve, reject) => {
      const done = (keep: boolean) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        this.running--;
        if (keep) this.idle.push(worker);
        else void worker.terminate();
      };
      const onMessage = (msg: { id: number; points?: CentralityPoint[]; error?: string }) => {
        if (msg.id !== id) return;
        done(true);
        if (msg.points) resolve(msg.points);
        else reject(new AnalysisFailed(msg.error ?? 'no answer'));
      };
      const onError = (err: Error) => {
        done(false);
        reject(new AnalysisFailed(/out of memory/i.test(err.message) ? 'it needed more memory than it may use' : err.message));
      };
      const onExit = () => {
        done(false);
        reject(new AnalysisFailed('its worker stopped'));
      };
      const timer = setTimeout(() => {
        done(false);
        reject(new AnalysisTimeout(`The centrality history of ${actor}`, this.config.timeoutMs));
      }, this.config.timeoutMs);
      worker.on('message', onMessage);
      worker.once('error', onError);
      worker.once('exit', onExit);
      worker.postMessage({ id, ...task });
    });
  }

  /** Stops every idle worker (tests, shutdown). */
  async close(): Promise<void> {
    await Promise.all(this.idle.splice(0).map((w) => w.terminate()));
  }
}

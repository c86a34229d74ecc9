// The embedded engine: Grafeo runs openCypher in-process, in memory or persisted to a file
// under GRAPH_DATA_DIR. The default, so that a fresh machine needs no database server.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { GrafeoDB as GrafeoDBType } from '@grafeo-db/js';
import { AppError, EngineUnavailable, ReadOnlyViolation } from '../../errors.ts';
import { EngineBusy, QueryFailed, engineMessage, withTimeout } from '../engine-errors.ts';
import type { BoundedResult, GraphEngine, Params, ReadLimits, Row, Statement, WriteProgress } from '../graph-engine.ts';
import { grafeoRow } from './grafeo-values.ts';

// The package is CommonJS with a native addon; load it the CommonJS way.
const require = createRequire(import.meta.url);
const { GrafeoDB } = require('@grafeo-db/js') as typeof import('@grafeo-db/js');

export const GRAFEO_FILE_NAME = 'alliance-graph.grafeo';

/**
 * Grafeo 0.6 offers no way to cancel a running query from JavaScript (its own deadline is
 * a fixed 30 s). A bounded read that runs out of time is answered at once and left to
 * finish in the background; this many may run at a time, abandoned ones included, so
 * runaway queries cannot pile up.
 */
export const MAX_BOUNDED_READS = 4;
/** Bounded reads that may wait for a slot; beyond, the console answers 429 at once. */
export const MAX_WAITING_READS = 512;

export class GrafeoEngine implements GraphEngine {
  readonly name = 'grafeo' as const;
  private closed = false;
  private boundedRunning = 0;
  private readonly waiting: (() => void)[] = [];

  private constructor(private readonly db: GrafeoDBType) {}

  /** In memory without a folder; persistent in `dataDir` with one. */
  static open(dataDir?: string): GrafeoEngine {
    if (!dataDir) return new GrafeoEngine(GrafeoDB.create());
    fs.mkdirSync(dataDir, { recursive: true });
    return new GrafeoEngine(GrafeoDB.create(path.join(dataDir, GRAFEO_FILE_NAME)));
  }

  async read(query: string, params?: Params): Promise<Row[]> {
    return this.exec(query, params);
  }

  async readBounded(query: string, params: Params | undefined, limits: ReadLimits): Promise<BoundedResult> {
    this.assertOpen();
    const started = Date.now();
    await this.boundedSlot(limits.timeoutMs);
    this.assertOpen();
    // A transaction that is never committed: whatever the parser let through, nothing lands.
    const tx = this.db.beginTransaction();
    const run = tx.executeCypher(query, params ?? {}).finally(() => {
      this.releaseSlot();
      try {
        if (tx.isActive && !this.closed) tx.rollback();
      } catch {
        // the database was closed meanwhile: nothing to roll back into
      }
    });
    let result: Awaited<typeof run>;
    try {
      result = await withTimeout(run, Math.max(1, limits.timeoutMs - (Date.now() - started)));
    } catch (err) {
      if (err instanceof AppError) throw err;
      throw new QueryFailed(engineMessage(err));
    }
    const c = result.counters;
    if (c.nodesCreated + c.nodesDeleted + c.edgesCreated + c.edgesDeleted + c.propertiesSet + c.labelsAdded + c.labelsRemoved > 0) {
      throw new ReadOnlyViolation('The console is read-only: the query tried to change the graph and was rolled back.');
    }
    const total = result.length;
    const rows: Row[] = [];
    for (let i = 0; i < Math.min(total, limits.maxRows); i++) rows.push(grafeoRow(result.get(i)));
    return { columns: [...result.columns], rows, truncated: total > limits.maxRows };
  }

  /** Waits (FIFO) for one of MAX_BOUNDED_READS slots; the wait counts against the time limit. */
  private async boundedSlot(timeoutMs: number): Promise<void> {
    if (this.boundedRunning < MAX_BOUNDED_READS) {
      this.boundedRunning++;
      return;
    }
    if (this.waiting.length >= MAX_WAITING_READS) throw new EngineBusy(this.boundedRunning + this.waiting.length);
    let grant!: () => void;
    const granted = new Promise<void>((resolve) => (grant = resolve));
    this.waiting.push(grant);
    try {
      await withTimeout(granted, timeoutMs);
    } catch (err) {
      const i = this.waiting.indexOf(grant);
      if (i >= 0) this.waiting.splice(i, 1);
      else this.releaseSlot(); // granted just as the time ran out: hand the slot on
      throw err;
    }
  }

  private releaseSlot(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.boundedRunning--;
  }

  async write(query: string, params?: Params): Promise<Row[]> {
    return this.exec(query, params);
  }

  async writeAll(statements: Statement[], onProgress?: WriteProgress): Promise<void> {
    this.assertOpen();
    const tx = this.db.beginTransaction();
    try {
      for (const [i, s] of statements.entries()) {
        await tx.executeCypher(s.query, s.params ?? {});
        onProgress?.(i + 1, statements.length);
      }
      tx.commit();
    } catch (err) {
      if (tx.isActive) tx.rollback();
      throw err;
    }
  }

  async applySchema(statements: string[]): Promise<void> {
    for (const s of statements) await this.exec(s);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.db.close();
  }

  private async exec(query: string, params?: Params): Promise<Row[]> {
    this.assertOpen();
    const result = await this.db.executeCypher(query, params ?? {});
    return result.toArray().map((r) => grafeoRow(r));
  }

  private assertOpen(): void {
    if (this.closed) throw new EngineUnavailable('The embedded graph engine has been closed.');
  }
}

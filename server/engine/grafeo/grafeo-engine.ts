// The embedded engine: Grafeo runs openCypher in-process, in memory or persisted to a file
// under GRAPH_DATA_DIR. The default, so that a fresh machine needs no database server.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { GrafeoDB as GrafeoDBType } from '@grafeo-db/js';
import { SandboxPool } from '../../console/sandbox/sandbox-pool.ts';
import { EngineUnavailable } from '../../errors.ts';
import type { BoundedResult, GraphEngine, Params, ReadLimits, Row, Statement, WriteProgress } from '../graph-engine.ts';
import { grafeoRow } from './grafeo-values.ts';

// The package is CommonJS with a native addon; load it the CommonJS way.
const require = createRequire(import.meta.url);
const { GrafeoDB } = require('@grafeo-db/js') as typeof import('@grafeo-db/js');

export const GRAFEO_FILE_NAME = 'alliance-graph.grafeo';

/**
 * Grafeo 0.6 offers no way to cancel a running query nor to bound its memory from
 * JavaScript, so bounded reads run in sandbox processes that can be killed: this many at a
 * time, one process each.
 */
export const MAX_BOUNDED_READS = 4;
/** Bounded reads that may wait for a slot; beyond, the console answers 429 at once. */
export const MAX_WAITING_READS = 512;

export class GrafeoEngine implements GraphEngine {
  readonly name = 'grafeo' as const;
  private closed = false;
  /** Changes with every write, so that the console's copy of the graph is made again. */
  private generation = 0;
  private sandbox: SandboxPool | undefined;

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

  /**
   * Runs in a sandbox process over a read-only copy of the graph (server/console/sandbox):
   * it cannot change this graph or its schema, and it is killed at its time or memory limit.
   */
  async readBounded(query: string, params: Params | undefined, limits: ReadLimits): Promise<BoundedResult> {
    this.assertOpen();
    this.sandbox ??= new SandboxPool(
      { generation: () => this.generation, saveCopy: (file) => this.db.save(file) },
      { size: MAX_BOUNDED_READS, maxWaiting: MAX_WAITING_READS },
    );
    return this.sandbox.run(query, params, limits);
  }

  async write(query: string, params?: Params): Promise<Row[]> {
    try {
      return await this.exec(query, params);
    } finally {
      this.generation++;
    }
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
    } finally {
      this.generation++;
    }
  }

  async applySchema(statements: string[]): Promise<void> {
    try {
      for (const s of statements) await this.exec(s);
    } finally {
      this.generation++;
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.sandbox?.close();
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

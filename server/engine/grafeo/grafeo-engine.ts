// The embedded engine: Grafeo runs openCypher in-process, in memory or persisted to a file
// under GRAPH_DATA_DIR. The default, so that a fresh machine needs no database server.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { GrafeoDB as GrafeoDBType } from '@grafeo-db/js';
import { EngineUnavailable } from '../../errors.ts';
import type { GraphEngine, Params, Row, Statement } from '../graph-engine.ts';
import { grafeoRow } from './grafeo-values.ts';

// The package is CommonJS with a native addon; load it the CommonJS way.
const require = createRequire(import.meta.url);
const { GrafeoDB } = require('@grafeo-db/js') as typeof import('@grafeo-db/js');

export const GRAFEO_FILE_NAME = 'alliance-graph.grafeo';

export class GrafeoEngine implements GraphEngine {
  readonly name = 'grafeo' as const;
  private closed = false;

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

  async write(query: string, params?: Params): Promise<Row[]> {
    return this.exec(query, params);
  }

  async writeAll(statements: Statement[]): Promise<void> {
    this.assertOpen();
    const tx = this.db.beginTransaction();
    try {
      for (const s of statements) await tx.executeCypher(s.query, s.params ?? {});
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

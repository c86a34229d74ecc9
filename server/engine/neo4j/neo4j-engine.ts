// Neo4j over Bolt (a local server, a cluster, or Aura with neo4j+s://). Sessions are opened
// per call and closed in `finally`; reads run in READ mode so that Neo4j itself refuses writes.
import neo4j, { type Driver, type Session } from 'neo4j-driver';
import { AppError, EngineUnavailable, ReadOnlyViolation } from '../../errors.ts';
import { QueryFailed, QueryTimeout, engineMessage, withTimeout } from '../engine-errors.ts';
import type { BoundedResult, GraphEngine, Params, ReadLimits, Row, Statement, WriteProgress } from '../graph-engine.ts';
import { recordToRow } from './to-plain.ts';
import { FILE_ACCESS_REASON, mayReadFiles } from '../../console/query-text.ts';
import { RowBudget } from '../row-budget.ts';

export interface Neo4jSettings {
  uri: string;
  user: string;
  password: string;
  database?: string;
}

/** A URI as it may be shown: without any user:password@ part. */
export function redactUri(uri: string): string {
  return uri.replace(/^([a-z0-9+]+:\/\/)[^@/]*@/i, '$1');
}

/** How Neo4j's own refusal of a console query reads to the client. */
function consoleError(err: unknown, timeoutMs: number): unknown {
  if (err instanceof AppError) return err;
  const code = (err as { code?: string }).code ?? '';
  if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) return new QueryTimeout(timeoutMs);
  if (code === 'Neo.ClientError.Statement.AccessMode' || code === 'Neo.ClientError.Statement.NotAllowed') {
    return new ReadOnlyViolation(`The console is read-only: Neo4j refused the query in its READ session (${engineMessage(err)}).`);
  }
  if (code.startsWith('Neo.ClientError.')) return new QueryFailed(engineMessage(err));
  return err;
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.ClientError.Security.Unauthorized']);

export class Neo4jEngine implements GraphEngine {
  readonly name = 'neo4j' as const;
  private readonly driver: Driver;

  constructor(private readonly settings: Neo4jSettings) {
    this.driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
      connectionAcquisitionTimeout: 10_000,
      maxTransactionRetryTime: 5_000,
    });
  }

  /** Fails with EngineUnavailable, naming what to check, when Neo4j cannot be reached. */
  async verify(): Promise<void> {
    try {
      await this.driver.verifyConnectivity({ database: this.settings.database });
    } catch (err) {
      throw this.unavailable(err);
    }
  }

  async read(query: string, params?: Params): Promise<Row[]> {
    return this.withSession('READ', (s) => s.executeRead(async (tx) => (await tx.run(query, params ?? {})).records.map(recordToRow)));
  }

  async readBounded(query: string, params: Params | undefined, limits: ReadLimits): Promise<BoundedResult> {
    // READ sessions refuse writes but not LOAD CSV (a read of files, or of any URL).
    if (mayReadFiles(query)) throw new ReadOnlyViolation(FILE_ACCESS_REASON);
    const work = this.withSession('READ', (s) =>
      s.executeRead(
        async (tx) => {
          const result = tx.run(query, params ?? {});
          const budget = new RowBudget(limits.maxRows, limits.maxBytes ?? Number.MAX_SAFE_INTEGER);
          // Stop pulling once a row does not fit: the rest is discarded.
          for await (const record of result) if (!budget.add(recordToRow(record))) break;
          const columns = (await result.keys()).map(String);
          return { columns, rows: budget.rows, truncated: budget.truncatedBy !== undefined, truncatedBy: budget.truncatedBy };
        },
        { timeout: limits.timeoutMs },
      ),
    );
    try {
      // The server enforces the transaction timeout; the local one covers a server that stalls.
      return await withTimeout(work, limits.timeoutMs + 1_000);
    } catch (err) {
      throw consoleError(err, limits.timeoutMs);
    }
  }

  async write(query: string, params?: Params): Promise<Row[]> {
    return this.withSession('WRITE', (s) =>
      s.executeWrite(async (tx) => (await tx.run(query, params ?? {})).records.map(recordToRow)),
    );
  }

  async writeAll(statements: Statement[], onProgress?: WriteProgress): Promise<void> {
    await this.withSession('WRITE', (s) =>
      s.executeWrite(async (tx) => {
        for (const [i, st] of statements.entries()) {
          await tx.run(st.query, st.params ?? {});
          onProgress?.(i + 1, statements.length);
        }
      }),
    );
  }

  async applySchema(statements: string[]): Promise<void> {
    // Schema changes cannot share a transaction with data writes in Neo4j: one each.
    for (const st of statements) await this.withSession('WRITE', (s) => s.run(st).then(() => undefined));
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private async withSession<T>(mode: 'READ' | 'WRITE', work: (s: Session) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.settings.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    try {
      return await work(session);
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (code && UNAVAILABLE_CODES.has(code)) throw this.unavailable(err);
      throw err;
    } finally {
      await session.close();
    }
  }

  private unavailable(err: unknown): EngineUnavailable {
    const reason = err instanceof Error ? err.message : String(err);
    // Clients are told what to check, not where Neo4j is: the address and the cause go to the log.
    return new EngineUnavailable(
      'Neo4j is unavailable. Check that it is running and that NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD are right (the server log names the address and the cause).',
      `Neo4j at ${redactUri(this.settings.uri)}: ${reason}`,
    );
  }
}

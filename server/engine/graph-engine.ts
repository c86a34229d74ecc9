// The engine boundary: run Cypher with parameters in a read or write transaction and get
// plain JSON rows back. Both engines (embedded Grafeo, Neo4j over Bolt) implement it.
export type EngineName = 'grafeo' | 'neo4j';

/** A plain JSON value: what every engine hands back, whatever its native types. */
export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };
export type Row = Record<string, Plain>;
export type Params = Record<string, unknown>;

/** Called after each statement of a writeAll has run, with how many have run. */
export type WriteProgress = (done: number, total: number) => void;

export interface Statement {
  query: string;
  params?: Params;
}

/** Limits for a read the caller does not control (the console). */
export interface ReadLimits {
  /** Stop the query after this many milliseconds (QueryTimeout). */
  timeoutMs: number;
  /** Keep at most this many rows; `truncated` says whether there were more. */
  maxRows: number;
  /** Keep rows up to about this many bytes of JSON (default: no byte limit). */
  maxBytes?: number;
  /** Stop the query once its process holds this many MB (the embedded engine's sandbox). */
  maxMemoryMb?: number;
  /** Who asks (the client address): one client may hold only `slotsPerClient` of the running reads. */
  client?: string;
  slotsPerClient?: number;
}

export interface BoundedResult {
  columns: string[];
  rows: Row[];
  truncated: boolean;
  /** Which limit cut the rows, when `truncated`. */
  truncatedBy?: 'rows' | 'bytes';
}

export interface GraphEngine {
  readonly name: EngineName;
  /** Run one statement in a read transaction. */
  read(query: string, params?: Params): Promise<Row[]>;
  /**
   * Run one statement read-only and bounded in time and rows: on Neo4j in a READ session
   * with a transaction timeout; on Grafeo in a transaction that is always rolled back.
   */
  readBounded(query: string, params: Params | undefined, limits: ReadLimits): Promise<BoundedResult>;
  /** Run one statement in its own write transaction. */
  write(query: string, params?: Params): Promise<Row[]>;
  /** Run statements in one write transaction: all of them take effect or none. */
  writeAll(statements: Statement[], onProgress?: WriteProgress): Promise<void>;
  /** Schema statements (constraints, indexes), each on its own, outside data transactions. */
  applySchema(statements: string[]): Promise<void>;
  close(): Promise<void>;
}

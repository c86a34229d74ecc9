// The engine boundary: run Cypher with parameters in a read or write transaction and get
// plain JSON rows back. Both engines (embedded Grafeo, Neo4j over Bolt) implement it.
export type EngineName = 'grafeo' | 'neo4j';

/** A plain JSON value: what every engine hands back, whatever its native types. */
export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };
export type Row = Record<string, Plain>;
export type Params = Record<string, unknown>;

export interface Statement {
  query: string;
  params?: Params;
}

export interface GraphEngine {
  readonly name: EngineName;
  /** Run one statement in a read transaction. */
  read(query: string, params?: Params): Promise<Row[]>;
  /** Run one statement in its own write transaction. */
  write(query: string, params?: Params): Promise<Row[]>;
  /** Run statements in one write transaction: all of them take effect or none. */
  writeAll(statements: Statement[]): Promise<void>;
  /** Schema statements (constraints, indexes), each on its own, outside data transactions. */
  applySchema(statements: string[]): Promise<void>;
  close(): Promise<void>;
}

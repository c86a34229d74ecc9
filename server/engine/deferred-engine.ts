// An engine that is not connected yet: every call answers EngineUnavailable (503, with what
// to check) until `attach` hands it the real engine, then it forwards. Lets the server
// listen, and /api/health say 'degraded', while Neo4j is still unreachable at start.
import { EngineUnavailable } from '../errors.ts';
import type { BoundedResult, EngineName, GraphEngine, Params, ReadLimits, Row, Statement, WriteProgress } from './graph-engine.ts';

export class DeferredEngine implements GraphEngine {
  private engine: GraphEngine | undefined;
  private reason: string;

  constructor(
    readonly name: EngineName,
    reason: string,
  ) {
    this.reason = reason;
  }

  get attached(): boolean {
    return this.engine !== undefined;
  }

  /** Why calls fail until the engine is attached (shown in 503 answers). */
  setReason(reason: string): void {
    this.reason = reason;
  }

  attach(engine: GraphEngine): void {
    this.engine = engine;
  }

  private target(): GraphEngine {
    if (!this.engine) throw new EngineUnavailable(this.reason);
    return this.engine;
  }

  async read(query: string, params?: Params): Promise<Row[]> {
    return this.target().read(query, params);
  }
  async readBounded(query: string, params: Params | undefined, limits: ReadLimits): Promise<BoundedResult> {
    return this.target().readBounded(query, params, limits);
  }
  async write(query: string, params?: Params): Promise<Row[]> {
    return this.target().write(query, params);
  }
  async writeAll(statements: Statement[], onProgress?: WriteProgress): Promise<void> {
    return this.target().writeAll(statements, onProgress);
  }
  async applySchema(statements: string[]): Promise<void> {
    return this.target().applySchema(statements);
  }
  async close(): Promise<void> {
    await this.engine?.close();
  }
}

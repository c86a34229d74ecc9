// The console's access to the graph: reads only. It forwards reads to the engine and refuses
// every write, so the console cannot change the graph even if a check let a write through,
// and it cannot close the engine the rest of the server uses.
import { ReadOnlyViolation } from '../errors.ts';
import type { BoundedResult, GraphEngine, Params, ReadLimits, Row } from './graph-engine.ts';

export class ReadOnlyEngine implements GraphEngine {
  constructor(private readonly engine: GraphEngine) {}

  get name(): GraphEngine['name'] {
    return this.engine.name;
  }

  read(query: string, params?: Params): Promise<Row[]> {
    return this.engine.read(query, params);
  }

  readBounded(query: string, params: Params | undefined, limits: ReadLimits): Promise<BoundedResult> {
    return this.engine.readBounded(query, params, limits);
  }

  private refuse(): Promise<never> {
    return Promise.reject(new ReadOnlyViolation('The console only reads the graph.'));
  }

  write(): Promise<Row[]> {
    return this.refuse();
  }

  writeAll(): Promise<void> {
    return this.refuse();
  }

  applySchema(): Promise<void> {
    return this.refuse();
  }

  /** The engine belongs to whoever opened the graph: the console never closes it. */
  async close(): Promise<void> {}
}

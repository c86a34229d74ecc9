// Typed access to the graph: each method runs one named query and checks its rows with zod,
// so nothing downstream sees an engine's own value shapes.
import { z } from 'zod';
import type { GraphEngine, Params, Row } from '../engine/graph-engine.ts';
import {
  ActorSchema,
  CountsSchema,
  RelationSchema,
  SourceSchema,
  type Actor,
  type Relation,
  type Source,
} from '../model/schemas.ts';
import { queryText, type QueryName, type QueryRegistry } from './registry.ts';

export class EngineRowError extends Error {}

function parseRows<T>(name: QueryName, rows: Row[], schema: z.ZodType<T>): T[] {
  return rows.map((row, i) => {
    const parsed = schema.safeParse(row);
    if (!parsed.success) {
      throw new EngineRowError(`Query "${name}" row ${i} does not fit the data model: ${parsed.error.message}`);
    }
    return parsed.data;
  });
}

export class GraphStore {
  constructor(
    readonly engine: GraphEngine,
    private readonly registry: QueryRegistry,
  ) {}

  private async read<T>(name: QueryName, schema: z.ZodType<T>, params?: Params): Promise<T[]> {
    return parseRows(name, await this.engine.read(queryText(this.registry, name), params), schema);
  }

  async counts(): Promise<{ actors: number; relations: number }> {
    const [row] = await this.read('counts', CountsSchema);
    return row ?? { actors: 0, relations: 0 };
  }

  actors(): Promise<Actor[]> {
    return this.read('actors-all', ActorSchema);
  }

  async actor(id: string): Promise<Actor | undefined> {
    const [actor] = await this.read('actor-by-id', ActorSchema, { id });
    return actor;
  }

  actorsAt(at: string): Promise<Actor[]> {
    return this.read('actors-at', ActorSchema, { at });
  }

  relations(): Promise<Relation[]> {
    return this.read('relations-all', RelationSchema);
  }

  relationsOf(id: string): Promise<Relation[]> {
    return this.read('relations-of-actor', RelationSchema, { id });
  }

  relationsAt(at: string, windowDays: number, types: readonly string[] | null): Promise<Relation[]> {
    return this.read('relations-at', RelationSchema, { at, window: windowDays, types: types ? [...types] : null });
  }

  sources(): Promise<Source[]> {
    return this.read('sources-all', SourceSchema);
  }
}

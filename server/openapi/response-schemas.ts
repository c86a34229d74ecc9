// zod schemas for what the API answers, for the OpenAPI document: the data model's own
// schemas where a route answers them, and the few envelopes around them.
import { z } from 'zod';
import { ActorKind, ActorSchema, IsoDate, RelationSchema, SourceSchema } from '../../shared/model/schemas.ts';

export const ErrorBody = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});

export const HealthBody = z.object({
  status: z.enum(['ok', 'degraded']),
  engine: z.enum(['grafeo', 'neo4j']),
  actors: z.number().int().optional(),
  relations: z.number().int().optional(),
});

export const ActorSummary = z.object({ id: z.string(), name: z.string(), kind: ActorKind, shortName: z.string().nullable() });

export const GraphBody = z.object({ at: IsoDate, window: z.number().int(), nodes: z.array(ActorSummary), edges: z.array(RelationSchema) });

export const ActorDetail = z.object({ actor: ActorSchema, relations: z.array(RelationSchema), sources: z.array(SourceSchema) });

export const RowProblemBody = z.object({
  file: z.enum(['relations', 'actors', 'sources']),
  line: z.number().int(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })),
});

export const ImportReportBody = z.object({
  status: z.enum(['loaded', 'checked']),
  loaded: z.object({ actors: z.number().int(), sources: z.number().int(), relations: z.number().int() }),
  rejected: z.array(RowProblemBody),
  ignoredColumns: z.array(z.object({ file: z.enum(['relations', 'actors', 'sources']), columns: z.array(z.string()) })),
  graph: z.object({ actors: z.number().int(), relations: z.number().int() }),
});

export const AnyObject = z.record(z.string(), z.unknown());

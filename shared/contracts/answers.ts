// What every JSON endpoint answers, as zod schemas: the server's contracts
// (server/contracts/) describe its answers with them, the OpenAPI document is
// generated from them, the API tests parse answers with them and the client checks the
// answers it gets against them.
import { z } from 'zod';
import { ActorKind, ActorSchema, IsoDate, RelationSchema, SourceSchema } from '../model/schemas.ts';
import { TemporalColumnsSchema } from '../model/temporal-columns.ts';

export const ErrorBody = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});

const EngineName = z.enum(['grafeo', 'neo4j']);

export const HealthBody = z.object({
  status: z.literal('ok'),
  engine: EngineName,
  actors: z.number().int(),
  relations: z.number().int(),
});

export const DegradedHealthBody = z.object({
  status: z.literal('degraded'),
  engine: EngineName,
  error: z.object({ code: z.string(), message: z.string() }),
});

export const ActorSummary = z.object({ id: z.string(), name: z.string(), kind: ActorKind, shortName: z.string().nullable() });

export const GraphBody = z.object({ at: IsoDate, window: z.number().int(), nodes: z.array(ActorSummary), edges: z.array(RelationSchema) });

export const ActorDetail = z.object({ actor: ActorSchema, relations: z.array(RelationSchema), sources: z.array(SourceSchema) });

export const TemporalObjectsBody = z.object({
  range: z.object({ start: z.string(), end: z.string() }),
  actors: z.array(ActorSchema),
  relations: z.array(RelationSchema),
  sources: z.array(SourceSchema),
  /** Layout positions computed once on the server (server/layout), by actor id. */
  positions: z.record(z.string(), z.object({ x: z.number(), y: z.number() })),
});

export const TemporalColumnsBody = TemporalColumnsSchema;

/** /api/temporal: the objects, or with format=columns their compact form. */
export const TemporalBody = z.union([TemporalObjectsBody, TemporalColumnsBody]);

export const TimelineBody = z.object({
  window: z.number().int(),
  changes: z.array(
    z.object({ date: IsoDate, added: z.array(z.string()), removed: z.array(z.string()), founded: z.array(z.string()), dissolved: z.array(z.string()) }),
  ),
});

export const DiffBody = z.object({
  from: IsoDate,
  to: IsoDate,
  added: z.array(RelationSchema),
  removed: z.array(RelationSchema),
  changed: z.array(z.object({ pair: z.tuple([z.string(), z.string()]), before: z.array(z.string()), after: z.array(z.string()) })),
});

export const PathSchema = z.object({ nodes: z.array(z.string()), edges: z.array(z.string()) });

export const PathBody = z.object({ from: z.string(), to: z.string(), at: z.string(), found: z.boolean(), paths: z.array(PathSchema) });

export const PathSpanSchema = z.object({
  start: z.string(),
  end: z.string().nullable(),
  connected: z.boolean(),
  hops: z.number().nullable(),
  path: PathSchema.nullable(),
});

export const PathHistoryBody = z.object({
  from: z.string(),
  to: z.string(),
  spans: z.array(PathSpanSchema),
  firstConnected: z.string().nullable(),
  breaks: z.array(z.string()),
});

export const WeightsSchema = z.object({ relation: z.record(z.string(), z.number()), sharedMembership: z.number(), indirect: z.number() });

export const ShiftsBody = z.object({
  toward: z.string(),
  from: z.string(),
  to: z.string(),
  window: z.number(),
  weights: WeightsSchema,
  shifts: z.array(z.object({ actor: z.string(), before: z.number(), after: z.number(), delta: z.number(), evidence: z.array(z.string()) })),
});

export const CentralityBody = z.object({
  at: z.string(),
  window: z.number().int(),
  actors: z.array(z.object({ actor: z.string(), degree: z.number(), betweenness: z.number() })),
});

export const CentralityHistoryBody = z.object({
  actor: z.string(),
  window: z.number().int(),
  points: z.array(z.object({ date: z.string(), degree: z.number(), betweenness: z.number() })),
});

/** /api/shifts with method=s|kappa|jaccard: the field's measures, decomposed per object (server/analysis/measures). */
export const MeasureShiftsBody = z.object({
  toward: z.string(),
  from: IsoDate,
  to: IsoDate,
  method: z.enum(['s', 'kappa', 'jaccard']),
  sMetric: z.enum(['abs', 'sq']),
  relativeTo: z.string().nullable(),
  objects: z.string(),
  shifts: z.array(
    z.object({
      actor: z.string(),
      before: z.number().nullable(),
      after: z.number().nullable(),
      delta: z.number().nullable(),
      evidence: z.array(z.string()),
      decomposition: z.array(z.object({ object: z.string(), before: z.number(), after: z.number(), change: z.number(), text: z.string() })),
      decompositionCount: z.number().int(),
      apart: z.array(z.object({ object: z.string(), existsAt: z.enum(['from', 'to']), actorTie: z.number(), towardTie: z.number() })),
      apartCount: z.number().int(),
    }),
  ),
});

/** /api/shifts answers either form, by its `method`. */
export const ShiftsOrMeasuresBody = z.union([ShiftsBody, MeasureShiftsBody]);

export const CypherBody = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.record(z.string(), z.unknown())),
  truncated: z.boolean(),
  /** Why the rows were cut, when `truncated`. */
  truncatedReason: z.string().optional(),
  elapsedMs: z.number(),
  /** Every node and relationship in the rows, once each, in the graph API's shapes. */
  graph: z.object({ nodes: z.array(z.record(z.string(), z.unknown())), edges: z.array(z.record(z.string(), z.unknown())) }),
});

const CsvFile = z.enum(['relations', 'actors', 'sources']);

export const RowProblemBody = z.object({
  file: CsvFile,
  line: z.number().int(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })),
});

export const ImportReportBody = z.object({
  status: z.enum(['loaded', 'checked']),
  loaded: z.object({ actors: z.number().int(), sources: z.number().int(), relations: z.number().int() }),
  rejected: z.array(RowProblemBody).describe('The first 1,000 rejected rows.'),
  rejectedCount: z.number().int().describe('How many rows were rejected in all.'),
  ignoredColumns: z.array(z.object({ file: CsvFile, columns: z.array(z.string()) })),
  graph: z.object({ actors: z.number().int(), relations: z.number().int() }),
});

/** The published datasets POST /api/import?format= reads (server/io/formats). */
export const DATASET_FORMATS = ['cow-igo', 'cow-alliances', 'atop'] as const;

/** POST /api/import?format=...: a published dataset's report; its problems name the uploaded file. */
export const DatasetReportBody = z.object({
  status: z.enum(['loaded', 'checked']),
  format: z.enum(DATASET_FORMATS),
  rows: z.number().int().describe('Data lines read, over all files.'),
  loaded: z.object({ actors: z.number().int(), sources: z.number().int(), relations: z.number().int() }),
  rejected: z.array(z.object({ file: z.string(), line: z.number().int(), errors: z.array(z.object({ field: z.string(), message: z.string() })) })).describe('The first rejected lines (skipInvalid).'),
  rejectedCount: z.number().int().describe('How many lines were rejected in all.'),
  ignoredColumns: z.array(z.never()),
  graph: z.object({ actors: z.number().int(), relations: z.number().int() }),
});

/** The OpenAPI document itself: an object with the fields every OpenAPI 3.1 document has. */
export const OpenApiBody = z.looseObject({ openapi: z.string(), info: z.looseObject({ title: z.string(), version: z.string() }), paths: z.record(z.string(), z.unknown()) });

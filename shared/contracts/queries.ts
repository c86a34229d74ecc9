// The queries and bodies the client builds as well as the server parses: the contracts in
// server/contracts/ validate requests with them, and the client can check the URL or body it
// sends against the same schema. Queries only the server reads stay with their contracts.
import { z } from 'zod';
import { AtDate, BoundedInt, Flag, SingleActorId, TypesList, WindowDays } from './params.ts';

/** The field's measures of /api/shifts (server/analysis/measures); alignment is the project's own score. */
export const MEASURE_METHODS = ['s', 'kappa', 'jaccard'] as const;
/** Days an event (a request, a summit, a condemnation) keeps counting toward alignment. */
export const DEFAULT_SHIFT_EVENT_WINDOW_DAYS = 1095;
export const EXPORT_FORMATS = ['gexf', 'graphml', 'csv', 'json'] as const;

export const PathQuery = z.object({
  from: SingleActorId('from'),
  to: SingleActorId('to'),
  at: AtDate('at').optional(),
  window: WindowDays,
  types: TypesList,
  maxHops: BoundedInt('maxHops', 1, 10, 6),
  k: BoundedInt('k', 1, 20, 3),
});

export const PathHistoryQuery = PathQuery.omit({ at: true, k: true });

export const ShiftQuery = z.object({
  toward: SingleActorId('toward'),
  from: AtDate('from').optional(),
  to: AtDate('to').optional(),
  window: BoundedInt('window', 0, 36_500, DEFAULT_SHIFT_EVENT_WINDOW_DAYS),
  weights: z.string().max(2000, 'weights is too long').optional(),
  includeOrganizations: Flag('includeOrganizations'),
  method: z.enum(['alignment', ...MEASURE_METHODS], { error: `method must be one of alignment, ${MEASURE_METHODS.join(', ')}` }).default('alignment'),
  sMetric: z.enum(['abs', 'sq'], { error: 'sMetric must be abs or sq' }).default('abs'),
  relativeTo: SingleActorId('relativeTo').optional(),
  objects: z.enum(['all', 'organizations', 'alliances'], { error: 'objects must be all, organizations or alliances' }).default('all'),
});

export const CentralityHistoryQuery = z.object({ actor: SingleActorId('actor'), window: WindowDays });

export const TemporalQuery = z.object({
  format: z.enum(['objects', 'columns'], { error: 'format must be objects or columns' }).default('objects'),
});

export const ExportQuery = z
  .object({
    format: z.enum(EXPORT_FORMATS, { error: `format must be one of ${EXPORT_FORMATS.join(', ')}` }),
    at: AtDate('at').optional(),
    window: WindowDays,
  })
  .refine((q) => q.at === undefined || q.format === 'graphml' || q.format === 'json', {
    path: ['at'],
    message: 'at applies to graphml and json only: gexf and csv hold the whole history',
  });

/** POST /api/import as JSON: the CSV files' text and the flags. */
export const ImportBody = z.object({
  relations: z.string().min(1, 'relations is the text of relations.csv'),
  actors: z.string().optional(),
  sources: z.string().optional(),
  skipInvalid: z.boolean().optional(),
  dryRun: z.boolean().optional(),
});

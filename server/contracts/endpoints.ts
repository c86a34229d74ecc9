// The API's contracts: every route the API mounts, described once by its method and path,
// the zod schemas the route itself validates its query, path and body with (imported from the
// routes), examples, and each answer's zod schema (shared/contracts/answers.ts, which the
// client checks answers against). The OpenAPI document is generated from this list;
// tests/api/openapi.test.ts holds it to the routes the app really mounts and
// tests/api/contracts.test.ts holds every answer to its schema.
import type { z } from 'zod';
import { DEFAULT_CONSOLE } from '../config.ts';
import { consoleRequestSchema } from '../console/run-console.ts';
import { SourceSchema, ActorSchema, RelationSchema } from '../../shared/model/schemas.ts';
import { ActorParams } from '../routes/actors.ts';
import { CentralityHistoryQuery, CentralityQuery, PathHistoryQuery, PathQuery, ShiftQuery } from '../routes/analysis.ts';
import { DiffQuery, GraphQuery, TemporalQuery, TimelineQuery } from '../routes/graph.ts';
import { ExportQuery, ImportBody, ImportQuery } from '../routes/io.ts';
import {
  ActorDetail,
  ActorSummary,
  CentralityBody,
  CentralityHistoryBody,
  CypherBody,
  DegradedHealthBody,
  DiffBody,
  ErrorBody,
  GraphBody,
  HealthBody,
  ImportReportBody,
  OpenApiBody,
  PathBody,
  PathHistoryBody,
  ShiftsBody,
  ShiftsOrMeasuresBody,
  TemporalBody,
  TimelineBody,
} from '../../shared/contracts/answers.ts';

export interface Answer {
  description: string;
  /** The zod schema of a JSON answer; absent for files. */
  schema?: z.ZodType;
  /** Content types of a file answer, when not JSON. */
  files?: string[];
  example?: unknown;
}

export interface Operation {
  method: 'get' | 'post';
  /** Express-style path, as mounted: /api/actors/:id */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  query?: z.ZodObject;
  params?: z.ZodObject;
  /** Query and path values that parse with the schemas above. */
  examples?: Record<string, string>;
  descriptions?: Record<string, string>;
  body?: { schema: z.ZodType; example: unknown; raw?: Record<string, string> };
  answers: Record<string, Answer>;
}

const bad: Record<string, Answer> = {
  '400': { description: 'A bad parameter: the message names it.', schema: ErrorBody, example: { error: { code: 'bad_request', message: 'Invalid query: at: not a calendar date' } } },
};
const notFound: Record<string, Answer> = {
  '404': { description: 'No such actor.', schema: ErrorBody, example: { error: { code: 'not_found', message: 'No actor with id "XYZ"' } } },
};
const json = (description: string, schema: z.ZodType, example?: unknown): Answer => ({ description, schema, example });
const WINDOW = { window: 'Days an event stays visible after it happened (default 365).' };

export const OPERATIONS: Operation[] = [
  {
    method: 'get',
    path: '/api/health',
    tag: 'status',
    summary: 'Which engine answers and how much it holds',
    answers: {
      '200': json('The engine answers.', HealthBody, { status: 'ok', engine: 'grafeo', actors: 33, relations: 160 }),
      '503': json('The engine does not answer (status "degraded").', DegradedHealthBody),
    },
  },
  {
    method: 'get',
    path: '/api/actors',
    tag: 'actors',
    summary: 'Every state and organization',
    answers: { '200': json('Actors by id.', ActorSummary.array(), [{ id: 'ARM', name: 'Armenia', kind: 'state', shortName: null }]) },
  },
  {
    method: 'get',
    path: '/api/actors/:id',
    tag: 'actors',
    summary: 'One actor, every relation touching it (oldest first) and the sources they cite',
    params: ActorParams,
    examples: { id: 'ARM' },
    answers: { '200': json('The actor.', ActorDetail), ...bad, ...notFound },
  },
  {
    method: 'get',
    path: '/api/graph',
    tag: 'graph',
    summary: 'The snapshot active at a date',
    query: GraphQuery,
    examples: { at: '2010-06-01', window: '365', types: 'MEMBER_OF,OBSERVER_OF' },
    descriptions: { at: 'The date (default today).', types: 'Relation types, comma-separated (default all).', ...WINDOW },
    answers: { '200': json('Nodes and edges at `at`.', GraphBody), ...bad },
  },
  {
    method: 'get',
    path: '/api/temporal',
    tag: 'graph',
    summary: 'Every actor and relation with its interval, and the sources',
    query: TemporalQuery,
    examples: { format: 'columns' },
    descriptions: {
      format:
        '`objects` (default): { range, actors, relations, sources, positions }, positions being { [actorId]: { x, y } } (the stored layout). ' +
        '`columns`: the compact form the explorer loads, relations as parallel arrays, repeated strings as indexes into `strings`, ' +
        '`actors` and `sources`, dates as days since 1970-01-01, positions as { x: [], y: [] } index for index with actors (null: not laid out).',
    },
    answers: { '200': json('{ range, actors, relations, sources, positions }, or with format=columns { format, range, actors, positions: { x, y }, sources, strings, relations: { id, source, target, ... } }', TemporalBody), ...bad },
  },
  {
    method: 'get',
    path: '/api/timeline',
    tag: 'graph',
    summary: 'The dates at which the snapshot changes, with what changed',
    query: TimelineQuery,
    examples: { window: '30' },
    descriptions: WINDOW,
    answers: { '200': json('{ window, changes: [{ date, added, removed, founded, dissolved }] }', TimelineBody), ...bad },
  },
  {
    method: 'get',
    path: '/api/diff',
    tag: 'graph',
    summary: 'What was added and removed between two dates',
    query: DiffQuery,
    examples: { from: '2010-06-01', to: '2013-06-01' },
    descriptions: WINDOW,
    answers: { '200': json('{ from, to, added, removed, changed }', DiffBody), ...bad },
  },
  {
    method: 'get',
    path: '/api/sources',
    tag: 'graph',
    summary: 'The bibliography',
    answers: { '200': json('Every source.', SourceSchema.array()) },
  },
  {
    method: 'get',
    path: '/api/path',
    tag: 'analysis',
    summary: 'Shortest paths between two actors at a date',
    query: PathQuery,
    examples: { from: 'ARM', to: 'CHN', at: '2020-01-01', maxHops: '4', k: '3' },
    answers: { '200': json('{ from, to, at, found, paths: [{ nodes, edges }] }', PathBody), ...bad, ...notFound },
  },
  {
    method: 'get',
    path: '/api/path/history',
    tag: 'analysis',
    summary: 'How the shortest path between two actors changed over time',
    query: PathHistoryQuery,
    examples: { from: 'ARM', to: 'CHN', maxHops: '4' },
    answers: { '200': json('The path at each change date.', PathHistoryBody), ...bad, ...notFound },
  },
  {
    method: 'get',
    path: '/api/shifts',
    tag: 'analysis',
    summary: 'Actors ranked by how far they moved toward one actor',
    query: ShiftQuery,
    examples: { toward: 'CHN', from: '2015-01-01', to: '2025-01-01', includeOrganizations: 'false' },
    answers: { '200': json('{ toward, from, to, window, weights, shifts: [{ actor, before, after, delta, evidence }] }; with method=s|kappa|jaccard: { toward, from, to, method, sMetric, relativeTo, objects, shifts: [{ actor, before, after, delta, evidence, decomposition: [{ object, before, after, change, text }], apart: [{ object, existsAt, actorTie, towardTie }] }] }', ShiftsOrMeasuresBody), ...bad, ...notFound },
  },
  {
    method: 'get',
    path: '/api/centrality',
    tag: 'analysis',
    summary: 'Centrality of every actor at a date',
    query: CentralityQuery,
    examples: { at: '2022-01-10' },
    answers: { '200': json('{ at, window, actors }', CentralityBody), ...bad },
  },
  {
    method: 'get',
    path: '/api/centrality/history',
    tag: 'analysis',
    summary: "One actor's centrality over time",
    query: CentralityHistoryQuery,
    examples: { actor: 'ARM' },
    answers: {
      '200': json('{ actor, window, points }', CentralityHistoryBody),
      ...bad,
      ...notFound,
      '422': json('The history took longer than ANALYSIS_TIMEOUT_MS and was stopped (analysis_timeout).', ErrorBody),
      '503': json('Every analysis worker is busy (analysis_busy): try again in a few seconds.', ErrorBody),
    },
  },
  {
    method: 'post',
    path: '/api/cypher',
    tag: 'console',
    summary: 'Run one read-only Cypher query, bounded in time, memory, rows and bytes',
    body: {
      schema: consoleRequestSchema(DEFAULT_CONSOLE.maxQueryLength),
      example: { query: 'MATCH (a:Actor {id: $id})-[r]->(b) RETURN a, r, b LIMIT 5', params: { id: 'ARM' } },
    },
    answers: {
      '200': json('{ columns, rows, truncated, truncatedReason?, elapsedMs, graph }', CypherBody),
      ...bad,
      '403': json('The query would change the graph or read a file.', ErrorBody),
      '422': json('The query ran past its time (query_timeout) or memory limit (query_too_large) and was stopped.', ErrorBody),
      '429': json('Too many console queries: wait a minute, or for one of yours to finish.', ErrorBody),
    },
  },
  {
    method: 'get',
    path: '/api/export',
    tag: 'import and export',
    summary: 'Download the graph for Gephi, yEd, a spreadsheet or Cytoscape',
    description:
      'gexf: GEXF 1.3, dynamic (timeformat date), every organization and relation with its spell, for Gephi\'s timeline. ' +
      'graphml: the snapshot at `at` (default today) with typed keys. csv: actors.csv, relations.csv and sources.csv zipped, ' +
      'in the columns POST /api/import reads. json: Cytoscape.js elements, all history or the snapshot at `at`.',
    query: ExportQuery,
    examples: { format: 'graphml', at: '2010-06-01', window: '365' },
    descriptions: { at: 'graphml and json only: the snapshot date.', ...WINDOW },
    answers: {
      '200': { description: 'The file, as an attachment.', files: ['application/gexf+xml', 'application/graphml+xml', 'application/zip', 'application/json'] },
      ...bad,
    },
  },
  {
    method: 'post',
    path: '/api/import',
    tag: 'import and export',
    summary: 'Load relations (and actors and sources) from CSV: all rows or none',
    description:
      'Columns: relations `id?,source,target,type,start,end?,precision?,event?,sources,note?` (sources separated by ;), ' +
      'actors `id,name,kind,shortName?,founded?,dissolved?`, sources `id,title,author?,publisher?,published?,url?`. ' +
      'If any row is invalid nothing is loaded and the answer (422) lists every bad row with its line; skipInvalid loads the good ' +
      'rows and lists the others. Relations merge by id (derived from source, type, target and start when there is no id ' +
      'column): importing twice changes nothing. JSON bodies are limited to 100 kB; send larger files as text/csv ' +
      '(relations only) or as a zip of the three files (as GET /api/export?format=csv writes it), up to 20 MB.',
    query: ImportQuery,
    examples: { skipInvalid: 'false', dryRun: 'true' },
    descriptions: { skipInvalid: 'Load the good rows, report the bad.', dryRun: 'Check only, write nothing.' },
    body: {
      schema: ImportBody,
      example: {
        relations: 'source,target,type,start,end,precision,sources,note\nARM,CSTO,MEMBER_OF,1992-05-15,,day,cst-1992,A founding signatory.\n',
        skipInvalid: false,
      },
      raw: { 'text/csv': 'relations.csv only', 'application/zip': 'relations.csv, actors.csv and sources.csv' },
    },
    answers: {
      '200': json('What was loaded (or checked) and what was skipped.', ImportReportBody),
      ...bad,
      '401': json('IMPORT_TOKEN is set and the request did not send it as Authorization: Bearer <token> (import_unauthorized).', ErrorBody),
      '403': json('Import is off: IMPORT_ENABLED=false, or the server listens beyond loopback without IMPORT_TOKEN (import_disabled).', ErrorBody),
      '409': json('Another import is running (import_busy), or the write met another write or a constraint (write_conflict, constraint_violation): nothing was loaded.', ErrorBody),
      '422': json('Some row is invalid and nothing was loaded: error.details.rejected lists the first 1,000 rows, error.details.rejectedCount counts them all.', ErrorBody),
    },
  },
  {
    method: 'get',
    path: '/api/openapi.json',
    tag: 'docs',
    summary: 'This document',
    answers: { '200': json('OpenAPI 3.1.', OpenApiBody) },
  },
  {
    method: 'get',
    path: '/api/docs',
    tag: 'docs',
    summary: 'This document, rendered (Swagger UI)',
    answers: { '200': { description: 'An HTML page.', files: ['text/html'] } },
  },
];

/** Model schemas the document names as components. */
export const COMPONENTS: Record<string, z.ZodType> = { Actor: ActorSchema, Relation: RelationSchema, Source: SourceSchema, Error: ErrorBody };

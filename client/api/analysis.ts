// The analysis, console and import endpoints the panels call, each answer checked with the
// API's own answer schema (shared/contracts/answers.ts) so a changed shape fails here with a
// clear message, not in a view.
import { z } from 'zod';
import {
  CentralityHistoryBody as CentralityHistorySchema,
  CypherBody as CypherSchema,
  ImportReportBody as ImportReportSchema,
  PathBody as PathAnswerSchema,
  PathHistoryBody as PathHistorySchema,
  PathSchema,
  PathSpanSchema,
  MeasureShiftsBody as MeasureShiftsSchema,
  ShiftsBody as ShiftsSchema,
} from '../../shared/contracts/answers.ts';
import { CentralityHistoryQuery, ImportBody, PathHistoryQuery, PathQuery, ShiftQuery } from '../../shared/contracts/queries.ts';
import { shiftsParams, type ShiftsQuery } from '../state/shifts-query.ts';
import { ApiError, getJson, postJson } from './client.ts';

export type PathIds = z.infer<typeof PathSchema>;
export type PathAnswer = z.infer<typeof PathAnswerSchema>;
export type PathSpan = z.infer<typeof PathSpanSchema>;
export type PathHistory = z.infer<typeof PathHistorySchema>;
/** /api/shifts by the alignment score, or (with method=s|kappa|jaccard) by one of the field's measures. */
export type AlignmentShiftsAnswer = z.infer<typeof ShiftsSchema>;
export type MeasureShiftsAnswer = z.infer<typeof MeasureShiftsSchema>;
export type ShiftsAnswer = AlignmentShiftsAnswer | MeasureShiftsAnswer;

export function isMeasureAnswer(a: ShiftsAnswer): a is MeasureShiftsAnswer {
  return 'method' in a;
}
export type CentralityPoint = z.infer<typeof CentralityHistorySchema>['points'][number];
export type CypherAnswer = z.infer<typeof CypherSchema>;
export type ImportReport = z.infer<typeof ImportReportSchema>;

function checked<T>(schema: z.ZodType<T>, body: unknown, route: string): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ApiError(`The server's ${route} answer has an unexpected shape: ${issue ? `${issue.path.join('.')} ${issue.message}` : ''}`, 200, 'BAD_SHAPE');
  }
  return parsed.data;
}

/**
 * The query string for a route, first checked against the schema the server parses it with
 * (shared/contracts/queries.ts): a request the explorer builds wrongly fails here, naming the
 * field, instead of as a 400 from the server.
 */
function query(schema: z.ZodType, route: string, params: Record<string, string | number | null | undefined | readonly string[]>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === null || v === undefined) continue;
    p.set(k, Array.isArray(v) ? v.join(',') : String(v));
  }
  const parsed = schema.safeParse(Object.fromEntries(p));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ApiError(`The explorer built a request ${route} refuses: ${issue ? `${issue.path.join('.')} ${issue.message}` : ''}`, null, 'BAD_REQUEST');
  }
  return p.toString().replace(/%2C/g, ',');
}

export async function fetchPath(from: string, to: string, at: string, types: readonly string[] | null, signal?: AbortSignal): Promise<PathAnswer> {
  const q = query(PathQuery, '/api/path', { from, to, at, types, k: 3 });
  return checked(PathAnswerSchema, await getJson(`/api/path?${q}`, signal), '/api/path');
}

export async function fetchPathHistory(from: string, to: string, types: readonly string[] | null, signal?: AbortSignal): Promise<PathHistory> {
  const q = query(PathHistoryQuery, '/api/path/history', { from, to, types });
  return checked(PathHistorySchema, await getJson(`/api/path/history?${q}`, signal), '/api/path/history');
}

export async function fetchShifts(q: ShiftsQuery, signal?: AbortSignal): Promise<ShiftsAnswer> {
  const params = shiftsParams(q);
  const body = await getJson(`/api/shifts?${query(ShiftQuery, '/api/shifts', params)}`, signal);
  // Checked against the shape the method answers with, so a mismatch names the right fields.
  return params.method ? checked(MeasureShiftsSchema, body, '/api/shifts') : checked(ShiftsSchema, body, '/api/shifts');
}

export async function fetchCentralityHistory(actor: string, signal?: AbortSignal): Promise<CentralityPoint[]> {
  return checked(CentralityHistorySchema, await getJson(`/api/centrality/history?${query(CentralityHistoryQuery, '/api/centrality/history', { actor })}`, signal), '/api/centrality/history').points;
}

export async function runCypher(text: string, signal?: AbortSignal, params: Record<string, unknown> = {}): Promise<CypherAnswer> {
  const body = Object.keys(params).length ? { query: text, params } : { query: text };
  return checked(CypherSchema, await postJson('/api/cypher', body, signal), '/api/cypher');
}

export async function postImport(
  files: { relations: string; actors?: string; sources?: string },
  options: { dryRun: boolean; skipInvalid: boolean; token?: string },
): Promise<ImportReport> {
  const { token, ...flags } = options;
  // A server reachable from elsewhere asks for its IMPORT_TOKEN.
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  const body = { ...files, ...flags };
  const sent = ImportBody.safeParse(body);
  if (!sent.success) throw new ApiError(`Nothing to import: ${sent.error.issues[0]?.message ?? 'the files are empty'}`, null, 'BAD_REQUEST');
  return checked(ImportReportSchema, await postJson('/api/import', body, undefined, headers), '/api/import');
}

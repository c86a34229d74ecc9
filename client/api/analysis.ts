// The analysis, console and import endpoints the panels call, each answer checked with a
// small zod schema so a changed shape fails here with a clear message, not in a view.
import { z } from 'zod';
import { ApiError, getJson, postJson } from './client.ts';

const PathSchema = z.object({ nodes: z.array(z.string()), edges: z.array(z.string()) });
export type PathIds = z.infer<typeof PathSchema>;

const PathAnswerSchema = z.object({ at: z.string(), found: z.boolean(), paths: z.array(PathSchema) });
export type PathAnswer = z.infer<typeof PathAnswerSchema>;

const PathSpanSchema = z.object({
  start: z.string(),
  end: z.string().nullable(),
  connected: z.boolean(),
  hops: z.number().nullable(),
  path: PathSchema.nullable(),
});
export type PathSpan = z.infer<typeof PathSpanSchema>;

const PathHistorySchema = z.object({
  from: z.string(),
  to: z.string(),
  spans: z.array(PathSpanSchema),
  firstConnected: z.string().nullable(),
  breaks: z.array(z.string()),
});
export type PathHistory = z.infer<typeof PathHistorySchema>;

const ShiftsSchema = z.object({
  toward: z.string(),
  from: z.string(),
  to: z.string(),
  window: z.number(),
  weights: z.object({ relation: z.record(z.string(), z.number()), sharedMembership: z.number(), indirect: z.number() }),
  shifts: z.array(z.object({ actor: z.string(), before: z.number(), after: z.number(), delta: z.number(), evidence: z.array(z.string()) })),
});
export type ShiftsAnswer = z.infer<typeof ShiftsSchema>;

const CentralityHistorySchema = z.object({
  actor: z.string(),
  points: z.array(z.object({ date: z.string(), degree: z.number(), betweenness: z.number() })),
});
export type CentralityPoint = z.infer<typeof CentralityHistorySchema>['points'][number];

const CypherSchema = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.record(z.string(), z.unknown())),
  truncated: z.boolean(),
  truncatedReason: z.string().optional(),
  elapsedMs: z.number(),
});
export type CypherAnswer = z.infer<typeof CypherSchema>;

const ImportReportSchema = z.object({
  status: z.string(),
  loaded: z.object({ actors: z.number(), sources: z.number(), relations: z.number() }),
  rejected: z.array(z.unknown()),
  graph: z.object({ actors: z.number(), relations: z.number() }).optional(),
});
export type ImportReport = z.infer<typeof ImportReportSchema>;

function checked<T>(schema: z.ZodType<T>, body: unknown, route: string): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ApiError(`The server's ${route} answer has an unexpected shape: ${issue ? `${issue.path.join('.')} ${issue.message}` : ''}`, 200, 'BAD_SHAPE');
  }
  return parsed.data;
}

function query(params: Record<string, string | number | null | undefined | readonly string[]>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === null || v === undefined) continue;
    p.set(k, Array.isArray(v) ? v.join(',') : String(v));
  }
  return p.toString().replace(/%2C/g, ',');
}

export async function fetchPath(from: string, to: string, at: string, types: readonly string[] | null, signal?: AbortSignal): Promise<PathAnswer> {
  const q = query({ from, to, at, types, k: 3 });
  return checked(PathAnswerSchema, await getJson(`/api/path?${q}`, signal), '/api/path');
}

export async function fetchPathHistory(from: string, to: string, types: readonly string[] | null, signal?: AbortSignal): Promise<PathHistory> {
  const q = query({ from, to, types });
  return checked(PathHistorySchema, await getJson(`/api/path/history?${q}`, signal), '/api/path/history');
}

export async function fetchShifts(toward: string, from: string, to: string, signal?: AbortSignal): Promise<ShiftsAnswer> {
  return checked(ShiftsSchema, await getJson(`/api/shifts?${query({ toward, from, to })}`, signal), '/api/shifts');
}

export async function fetchCentralityHistory(actor: string, signal?: AbortSignal): Promise<CentralityPoint[]> {
  return checked(CentralityHistorySchema, await getJson(`/api/centrality/history?${query({ actor })}`, signal), '/api/centrality/history').points;
}

export async function runCypher(text: string, signal?: AbortSignal, params: Record<string, unknown> = {}): Promise<CypherAnswer> {
  const body = Object.keys(params).length ? { query: text, params } : { query: text };
  return checked(CypherSchema, await postJson('/api/cypher', body, signal), '/api/cypher');
}

export async function postImport(
  files: { relations: string; actors?: string; sources?: string },
  options: { dryRun: boolean; skipInvalid: boolean },
): Promise<ImportReport> {
  return checked(ImportReportSchema, await postJson('/api/import', { ...files, ...options }), '/api/import');
}

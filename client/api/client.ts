// Talks to the server: fetches the one temporal payload the client works from, checked
// with the server's own zod schemas so a changed shape fails loudly here, not in a view.
import type { z } from 'zod';
import { ErrorBody, TemporalObjectsBody } from '../../shared/contracts/answers.ts';
import { decodeColumns, TemporalColumnsSchema } from '../../shared/model/temporal-columns.ts';

/** The payload the views work from: /api/temporal's objects (the columnar form is decoded to it). */
export type TemporalPayload = z.infer<typeof TemporalObjectsBody>;
export type Actor = TemporalPayload['actors'][number];
export type Relation = TemporalPayload['relations'][number];
export type Source = TemporalPayload['sources'][number];

/** A failed request, with the server's error code when it sent one. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
    readonly code: string | null,
    readonly details: unknown = undefined,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export async function getJson(path: string, signal?: AbortSignal): Promise<unknown> {
  return requestJson(path, { headers: { accept: 'application/json' }, signal });
}

/** POSTs a JSON body; answers and errors as getJson. */
export async function postJson(path: string, body: unknown, signal?: AbortSignal, headers: Record<string, string> = {}): Promise<unknown> {
  return requestJson(path, { method: 'POST', headers: { accept: 'application/json', 'content-type': 'application/json', ...headers }, body: JSON.stringify(body), signal });
}

/** POSTs a raw body (a file, streamed as it is) of this content type; answers and errors as getJson. */
export async function postBody(path: string, body: Blob | string, contentType: string, headers: Record<string, string> = {}): Promise<unknown> {
  return requestJson(path, { method: 'POST', headers: { accept: 'application/json', 'content-type': contentType, ...headers }, body });
}

async function requestJson(path: string, init: RequestInit): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(path, init);
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new ApiError(`Could not reach the server (${(err as Error).message}).`, null, null);
  }
  const text = await res.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    throw new ApiError(`The server answered ${res.status} with something that is not JSON.`, res.status, null);
  }
  if (!res.ok) {
    const parsed = ErrorBody.safeParse(body);
    if (parsed.success) throw new ApiError(parsed.data.error.message, res.status, parsed.data.error.code, parsed.data.error.details);
    throw new ApiError(`The server answered ${res.status} ${res.statusText}.`, res.status, null);
  }
  return body;
}

/** Loads the compact (columnar) payload and rebuilds the relation objects the views use. */
export async function fetchTemporal(signal?: AbortSignal): Promise<TemporalPayload> {
  const body = await getJson('/api/temporal?format=columns', signal);
  const parsed = TemporalColumnsSchema.safeParse(body);
  const bad = (why: string) => new ApiError(`The server's /api/temporal answer has an unexpected shape: ${why}`, 200, 'BAD_SHAPE');
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw bad(`${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim());
  }
  try {
    return decodeColumns(parsed.data);
  } catch (err) {
    throw bad((err as Error).message);
  }
}

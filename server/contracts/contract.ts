// What one endpoint is, in one place: its method and path, the zod schemas of its query, path
// parameters and body, its answers' schemas (shared/contracts/answers.ts) and what the OpenAPI
// document shows (summary, examples). Routes register from a contract
// (server/http/register.ts), the OpenAPI document is generated from the list of them
// (endpoints.ts), and the API tests and the client check answers with the same schemas.
import type { z } from 'zod';
import { ErrorBody } from '../../shared/contracts/answers.ts';

/** Where the API is mounted; a contract's path starts with it. */
export const API_BASE = '/api';

export interface Answer<S extends z.ZodType = z.ZodType> {
  description: string;
  /** The zod schema of a JSON answer; absent for files. */
  schema?: S;
  /** Content types of a file answer, when not JSON. */
  files?: string[];
  example?: unknown;
}

export interface Contract {
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
  /** A JSON body; `raw` lists other content types the route reads itself (not parsed here). */
  body?: { schema: z.ZodType; example: unknown; raw?: Record<string, string> };
  /** How a 400 names the path parameters or the body ("Invalid actor id: ..."); default path, body. */
  names?: { params?: string; body?: string };
  answers: { '200': Answer } & Record<string, Answer>;
}

/** Keeps a contract's literal type, so handlers registered from it are typed by its schemas. */
export const contract = <const C extends Contract>(c: C): C => c;

type Out<S> = S extends z.ZodType ? z.output<S> : undefined;
export type QueryOf<C extends Contract> = C extends { query: infer Q } ? Out<Q> : undefined;
export type ParamsOf<C extends Contract> = C extends { params: infer P } ? Out<P> : undefined;
/** A body with raw alternatives is parsed only when it is JSON. */
export type BodyOf<C extends Contract> = C extends { body: { schema: infer B; raw: object } }
  ? Out<B> | undefined
  : C extends { body: { schema: infer B } }
    ? Out<B>
    : undefined;
/** What a handler answers with 200, as it goes on the wire. */
export type OkOf<C extends Contract> = C['answers']['200'] extends { schema?: infer S extends z.ZodType } ? z.input<S> : never;

export const json = <S extends z.ZodType>(description: string, schema: S, example?: unknown): Answer<S> => ({ description, schema, example });

export const badRequest = {
  '400': json('A bad parameter: the message names it.', ErrorBody, { error: { code: 'bad_request', message: 'Invalid query: at: not a calendar date' } }),
};
export const noSuchActor = {
  '404': json('No such actor.', ErrorBody, { error: { code: 'not_found', message: 'No actor with id "XYZ"' } }),
};
export const WINDOW = { window: 'Days an event stays visible after it happened (default 365).' };

// The one way a route is mounted: from its contract (server/contracts/). The query, path
// parameters and JSON body are parsed with the contract's schemas before the handler runs (a
// failure is a 400 naming the field), and what the handler returns is sent as the 200 answer.
// When the app checks answers (tests, development: see server/app.ts), every JSON answer is
// also held to the contract's schema for its status, so a route cannot drift from its document.
import type { Request, RequestHandler, Response, Router } from 'express';
import type { z } from 'zod';
import { API_BASE, type BodyOf, type Contract, type OkOf, type ParamsOf, type QueryOf } from '../contracts/contract.ts';
import { parseInput } from './validate.ts';

/** Returned by a handler that wrote its answer itself (a file, a prepared JSON answer). */
export const REPLIED = Object.freeze({ replied: true } as const);
export type Replied = typeof REPLIED;

export interface Exchange<C extends Contract> {
  query: QueryOf<C>;
  params: ParamsOf<C>;
  body: BodyOf<C>;
  req: Request;
  res: Response;
  /** The value, held to the 200 answer's schema when answers are checked (for answers sent by other means). */
  checked<T extends OkOf<C>>(value: T): T;
  /** Sends another status's JSON answer, held to that answer's schema likewise. */
  reply(status: number, value: unknown): Replied;
}

export type Handler<C extends Contract> = (x: Exchange<C>) => Promise<OkOf<C> | Replied> | OkOf<C> | Replied;

export interface RegisterOptions {
  /** Middleware that runs before the input is parsed (access checks, rate limits, raw body readers). */
  before?: RequestHandler[];
  /** The body's schema when it depends on the server's settings (a contract's schema shows the default). */
  body?: z.ZodType;
}

/** The answer did not fit its contract: a bug in the server, reported as one. */
export class AnswerMismatch extends Error {}

const handlers = new WeakMap<RequestHandler, Contract>();

/** The contract a mounted handler was registered from (tests walk the router with it). */
export const contractOf = (handler: unknown): Contract | undefined => handlers.get(handler as RequestHandler);

/** Whether this app holds answers to their schemas (app.locals.checkAnswers, set by createApp). */
const checking = (req: Request) => req.app.locals.checkAnswers === true;

function check(c: Contract, status: number, value: unknown): void {
  const schema = c.answers[String(status)]?.schema;
  if (!schema) throw new AnswerMismatch(`${c.method.toUpperCase()} ${c.path} has no JSON answer ${status} in its contract`);
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(answer)'}: ${i.message}`).join('; ');
    throw new AnswerMismatch(`${c.method.toUpperCase()} ${c.path} answered ${status} outside its contract: ${issues}`);
  }
}

export function register<const C extends Contract>(router: Router, contract: C, handler: Handler<C>, options: RegisterOptions = {}): void {
  if (!contract.path.startsWith(`${API_BASE}/`)) throw new Error(`A contract's path starts with ${API_BASE}/: ${contract.path}`);
  const bodySchema = options.body ?? contract.body?.schema;
  const run: RequestHandler = async (req, res) => {
    const query = contract.query ? parseInput(contract.query, req.query, 'query') : undefined;
    const params = contract.params ? parseInput(contract.params, req.params, contract.names?.params ?? 'path') : undefined;
    // With raw alternatives (text/csv, a zip) only a JSON body is the contract's to parse.
    const readBody = bodySchema !== undefined && (contract.body?.raw === undefined || req.is('application/json'));
    const body = readBody ? parseInput(bodySchema, req.body, contract.names?.body ?? 'body') : undefined;
    const on = checking(req);
    const exchange = {
      query,
      params,
      body,
      req,
      res,
      checked: <T>(value: T): T => {
        if (on) check(contract, 200, value);
        return value;
      },
      reply: (status: number, value: unknown): Replied => {
        if (on) check(contract, status, value);
        res.status(status).json(value);
        return REPLIED;
      },
    } as Exchange<C>;
    const answer = await handler(exchange);
    if (answer === REPLIED) return;
    if (on) check(contract, 200, answer);
    res.json(answer);
  };
  handlers.set(run, contract);
  router[contract.method](contract.path.slice(API_BASE.length), ...(options.before ?? []), run);
}

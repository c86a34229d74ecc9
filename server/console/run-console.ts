// The read-only console: validate the request, refuse anything but one reading statement
// (Neo4j's parser, in a worker), run it bounded in time and rows, answer in the graph API's shapes.
import { z } from 'zod';
import type { ConsoleConfig } from '../config.ts';
import type { GraphEngine, Row } from '../engine/graph-engine.ts';
import { QueryTimeout } from '../engine/engine-errors.ts';
import { BadRequest, ReadOnlyViolation } from '../errors.ts';
import { parseInput } from '../http/validate.ts';
import { QueryTooComplex, type ReadOnlyChecker } from './checker.ts';
import { FILE_ACCESS_REASON, mayReadFiles, normaliseLineBreaks } from './query-text.ts';
import { toGraphRows, type GraphElements } from './to-graph.ts';

export const MAX_PARAMS = 64;

export function consoleRequestSchema(maxQueryLength: number) {
  return z
    .object({
      query: z
        .string({ error: 'query must be a string of Cypher' })
        .min(1, 'query must not be empty')
        .max(maxQueryLength, `query must be at most ${maxQueryLength} characters`),
      params: z
        .record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/, 'a parameter name is a letter or _ then up to 63 letters, digits or _'), z.json())
        .refine((p) => Object.keys(p).length <= MAX_PARAMS, `at most ${MAX_PARAMS} parameters`)
        .optional(),
    })
    .strict();
}

export interface ConsoleAnswer {
  columns: string[];
  rows: Row[];
  truncated: boolean;
  /** Why the rows were cut, when `truncated`. */
  truncatedReason?: string;
  elapsedMs: number;
  /** Every node and relationship in the rows, once each, ready to draw. */
  graph: GraphElements;
}

export async function runConsole(
  engine: GraphEngine,
  checker: ReadOnlyChecker,
  settings: ConsoleConfig,
  body: unknown,
  client?: string,
): Promise<ConsoleAnswer> {
  const request = parseInput(consoleRequestSchema(settings.maxQueryLength), body, 'console request');
  const params = request.params ?? {};
  // The text that is checked is the text that runs: line breaks made one kind first.
  const query = normaliseLineBreaks(request.query);
  const started = performance.now();
  const verdict = await checker.check(query, params);
  if (!verdict.ok) {
    if (verdict.kind === 'write') throw new ReadOnlyViolation(verdict.reason);
    if (verdict.kind === 'complex') throw new QueryTooComplex(verdict.reason);
    throw new BadRequest(verdict.reason, verdict.kind === 'syntax' ? verdict.details : undefined);
  }
  // Independent of the checker's verdict: no engine is handed a query that may read files.
  if (mayReadFiles(query)) throw new ReadOnlyViolation(FILE_ACCESS_REASON);
  const remaining = Math.max(100, settings.timeoutMs - Math.round(performance.now() - started));
  const result = await engine
    .readBounded(query, params, {
      timeoutMs: remaining,
      maxRows: settings.maxRows,
      maxBytes: settings.maxBytes,
      maxMemoryMb: settings.maxMemoryMb,
      slotsPerClient: settings.slotsPerClient,
      client,
    })
    .catch((err: unknown) => {
      throw err instanceof QueryTimeout ? new QueryTimeout(settings.timeoutMs) : err;
    });
  const { rows, graph } = toGraphRows(result.rows);
  return {
    columns: result.columns,
    rows,
    truncated: result.truncated,
    ...(result.truncated
      ? {
          truncatedReason:
            result.truncatedBy === 'bytes'
              ? `The rows were cut at about ${settings.maxBytes ?? 0} bytes, the console's answer size limit: return fewer or smaller values.`
              : `The rows were cut at ${settings.maxRows}, the console's row limit: add a LIMIT or narrow the query.`,
        }
      : {}),
    elapsedMs: Math.round(performance.now() - started),
    graph,
  };
}

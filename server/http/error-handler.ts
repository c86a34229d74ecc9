// The one edge where errors become HTTP answers: { error: { code, message, details? } }.
// Typed errors answer the status of their kind (ERROR_STATUS in server/errors.ts); anything
// unexpected is logged once and answers a plain 500 without a stack trace.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { AppError, ERROR_STATUS, type ErrorKind } from '../errors.ts';
import type { Logger } from '../logger.ts';

export function notFoundHandler(): RequestHandler {
  return (req, res) => {
    res.status(ERROR_STATUS.not_found).json({ error: { code: 'not_found', message: `No route ${req.method} ${req.path}` } });
  };
}

/** body-parser's own errors carry a 4xx status and a type (bad JSON, too large). */
function requestBodyError(err: unknown): { kind: ErrorKind; code: string; message: string } | undefined {
  const e = err as { status?: unknown; type?: unknown; message?: unknown } | null;
  if (typeof e?.status !== 'number' || e.status < 400 || e.status >= 500) return undefined;
  if (e.type === 'entity.too.large') return { kind: 'too_large', code: 'payload_too_large', message: String(e.message) };
  const message = e.type === 'entity.parse.failed' ? 'The request body is not valid JSON.' : String(e.message);
  return { kind: 'invalid', code: 'bad_request', message };
}

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    if (err instanceof AppError) {
      if (err.status >= 500) {
        const detail = (err as { logDetail?: unknown }).logDetail;
        logger.error(`${req.method} ${req.originalUrl}: ${err.message}${typeof detail === 'string' ? ` (${detail})` : ''}`);
      }
      const body: { code: string; message: string; details?: unknown } = { code: err.code, message: err.message };
      if (err.details !== undefined) body.details = err.details;
      res.status(err.status).json({ error: body });
      return;
    }
    const bodyError = requestBodyError(err);
    if (bodyError) {
      res.status(ERROR_STATUS[bodyError.kind]).json({ error: { code: bodyError.code, message: bodyError.message } });
      return;
    }
    logger.error(`${req.method} ${req.originalUrl}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    res.status(500).json({ error: { code: 'internal', message: 'The server failed to answer this request.' } });
  };
}

// The one edge where errors become HTTP answers: { error: { code, message, details? } }.
// Typed errors keep their status; anything unexpected is logged once and answers a plain
// 500 without a stack trace.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { AppError } from '../errors.ts';
import type { Logger } from '../logger.ts';

export function notFoundHandler(): RequestHandler {
  return (req, res) => {
    res.status(404).json({ error: { code: 'not_found', message: `No route ${req.method} ${req.path}` } });
  };
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
    // body-parser's own errors carry a status and a type (bad JSON, too large).
    const status = typeof err?.status === 'number' ? err.status : 500;
    if (status >= 400 && status < 500) {
      const code = err.type === 'entity.too.large' ? 'payload_too_large' : 'bad_request';
      const message = err.type === 'entity.parse.failed' ? 'The request body is not valid JSON.' : String(err.message);
      res.status(status).json({ error: { code, message } });
      return;
    }
    logger.error(`${req.method} ${req.originalUrl}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    res.status(500).json({ error: { code: 'internal', message: 'The server failed to answer this request.' } });
  };
}

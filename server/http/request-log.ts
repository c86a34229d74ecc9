// One structured log line per request (pino-http) with a request id, echoed as X-Request-Id
// and attached to every log line written while the request is answered.
import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import { pinoHttp } from 'pino-http';
import { requestContext, type Logger } from '../logger.ts';

const SAFE_ID = /^[A-Za-z0-9._-]{1,64}$/;

export function requestLog(logger: Logger): RequestHandler[] {
  const withId: RequestHandler = (req, res, next) => {
    const given = req.headers['x-request-id'];
    const reqId = typeof given === 'string' && SAFE_ID.test(given) ? given : randomUUID();
    res.setHeader('X-Request-Id', reqId);
    requestContext.run({ reqId }, next);
  };
  if (!logger.pino) return [withId];
  const http = pinoHttp({
    logger: logger.pino,
    genReqId: (_req, res) => String(res.getHeader('X-Request-Id')),
    // The error itself is logged once, by the error handler; this is the request line.
    customLogLevel: (_req, res) => (res.statusCode >= 500 ? 'warn' : 'info'),
    serializers: {
      req: (req: { method?: string; url?: string }) => ({ method: req.method, url: req.url }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
  });
  return [withId, http as unknown as RequestHandler];
}

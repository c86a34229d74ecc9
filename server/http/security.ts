// The HTTP edge's protections: helmet's headers with a CSP that fits the Vite-built client,
// CORS only for configured origins, a rate limit for the console.
import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import type { HttpConfig } from '../config.ts';

export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      directives: {
        // helmet's defaults, plus images the explorer makes itself (canvas exports, blobs)
        'img-src': ["'self'", 'data:', 'blob:'],
        'worker-src': ["'self'", 'blob:'],
        'media-src': ["'self'", 'blob:'],
        // served over plain HTTP on a LAN by default: do not ask browsers to upgrade
        'upgrade-insecure-requests': null,
      },
    },
  });
}

/** CORS off unless CORS_ORIGIN names origins; then only those, for GET/POST with JSON. */
export function cors({ corsOrigins }: HttpConfig): RequestHandler {
  const allowed = new Set(corsOrigins);
  return (req, res, next) => {
    const origin = req.headers.origin;
    if (!origin || !allowed.has(origin)) {
      next();
      return;
    }
    res.vary('Origin');
    res.setHeader('Access-Control-Allow-Origin', origin);
    if (req.method === 'OPTIONS' && req.headers['access-control-request-method']) {
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST');
      res.setHeader('Access-Control-Allow-Headers', 'Content-Type');
      res.setHeader('Access-Control-Max-Age', '600');
      res.status(204).end();
      return;
    }
    next();
  };
}

export function consoleRateLimit(perMinute: number): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, res) => {
      res.status(429).json({
        error: { code: 'rate_limited', message: `The console takes at most ${perMinute} queries a minute from one address; wait a little.` },
      });
    },
  });
}

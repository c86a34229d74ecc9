// GET /api/openapi.json (the OpenAPI 3.1 document, generated from the contracts)
// and /api/docs (Swagger UI rendering it, its scripts served as files from swagger-ui-dist).
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Router } from 'express';
import type { OkOf } from '../contracts/contract.ts';
import { Docs, OpenApi } from '../contracts/docs.ts';
import { register, REPLIED } from '../http/register.ts';
import { openApiDocument } from '../openapi/document.ts';

const PAGE_DIR = fileURLToPath(new URL('../openapi/docs-page/', import.meta.url));
// Resolved, not imported: importing swagger-ui-dist would load the whole browser bundle.
const SWAGGER_DIR = path.dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
/** Only these files of swagger-ui-dist are served (its own index.html points at a demo). */
const SWAGGER_FILES = new Set(['swagger-ui.css', 'swagger-ui-bundle.js', 'favicon-32x32.png', 'favicon-16x16.png']);

export function docsRoutes(): Router {
  const router = Router();
  // Built as plain JSON objects, so typed as the contract's answer here; tests check its shape.
  let document: OkOf<typeof OpenApi> | undefined;
  register(router, OpenApi, () => (document ??= openApiDocument() as OkOf<typeof OpenApi>));
  register(router, Docs, ({ res }) => {
    res.sendFile(path.join(PAGE_DIR, 'index.html'));
    return REPLIED;
  });
  // Swagger UI's own files: static assets, not endpoints, so they have no contract.
  router.use('/docs', (req, res, next) => {
    const file = req.path.slice(1);
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (file === 'init.js') return res.sendFile(path.join(PAGE_DIR, 'init.js'));
    if (SWAGGER_FILES.has(file)) return res.sendFile(path.join(SWAGGER_DIR, file), { maxAge: '1d' });
    next();
  });
  return router;
}

// GET /api/sources: the bibliography every relation cites from.
import { Router } from 'express';
import { Sources } from '../contracts/graph.ts';
import { register } from '../http/register.ts';
import type { GraphStore } from '../queries/graph-store.ts';

export function sourceRoutes(store: GraphStore): Router {
  const router = Router();
  register(router, Sources, () => store.sources());
  return router;
}

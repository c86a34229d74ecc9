// GET /api/sources: the bibliography every relation cites from.
import { Router } from 'express';
import type { GraphStore } from '../queries/graph-store.ts';

export function sourceRoutes(store: GraphStore): Router {
  const router = Router();
  router.get('/sources', async (_req, res) => {
    res.json(await store.sources());
  });
  return router;
}

// GET /api/health: which engine answers and how much it holds; 'degraded' when it cannot answer.
import { Router } from 'express';
import { ERROR_STATUS } from '../errors.ts';
import type { GraphStore } from '../queries/graph-store.ts';

export function healthRoutes(store: GraphStore): Router {
  const router = Router();
  router.get('/health', async (_req, res) => {
    try {
      const counts = await store.counts();
      res.json({ status: 'ok', engine: store.engineName, ...counts });
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      res.status(ERROR_STATUS.unavailable).json({ status: 'degraded', engine: store.engineName, error: { code: 'engine_unavailable', message } });
    }
  });
  return router;
}

// GET /api/health: which engine answers and how much it holds; 'degraded' when it cannot answer.
import { Router } from 'express';
import type { GraphStore } from '../queries/graph-store.ts';

export function healthRoutes(store: GraphStore): Router {
  const router = Router();
  router.get('/health', async (_req, res) => {
    try {
      const counts = await store.counts();
      res.json({ status: 'ok', engine: store.engine.name, ...counts });
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      res.status(503).json({ status: 'degraded', engine: store.engine.name, error: { code: 'engine_unavailable', message } });
    }
  });
  return router;
}

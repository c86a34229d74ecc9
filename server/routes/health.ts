// GET /api/health: which engine answers and how much it holds; 'degraded' when it cannot answer.
import { Router } from 'express';
import { ERROR_STATUS } from '../errors.ts';
import { Health } from '../contracts/status.ts';
import { register } from '../http/register.ts';
import type { GraphStore } from '../queries/graph-store.ts';

export function healthRoutes(store: GraphStore): Router {
  const router = Router();
  register(router, Health, async ({ reply }) => {
    try {
      const counts = await store.counts();
      return { status: 'ok' as const, engine: store.engineName, ...counts };
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      return reply(ERROR_STATUS.unavailable, { status: 'degraded' as const, engine: store.engineName, error: { code: 'engine_unavailable', message } });
    }
  });
  return router;
}

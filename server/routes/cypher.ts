// POST /api/cypher: the read-only console (see server/console/run-console.ts), rate limited.
import { Router, type RequestHandler } from 'express';
import type { ConsoleConfig } from '../config.ts';
import { ReadOnlyChecker } from '../console/checker.ts';
import { runConsole } from '../console/run-console.ts';
import type { GraphEngine } from '../engine/graph-engine.ts';
import { consoleRateLimit } from '../http/security.ts';

// One checker (one worker thread) per process and time limit, shared by every app built here.
// It starts with the first console query (Neo4j's parser costs a few hundred MB of memory)
// and stops again when the console has been idle for a while.
const checkers = new Map<number, ReadOnlyChecker>();
function sharedChecker(timeoutMs: number): ReadOnlyChecker {
  let c = checkers.get(timeoutMs);
  if (!c) checkers.set(timeoutMs, (c = new ReadOnlyChecker({ timeoutMs })));
  return c;
}

export function cypherRoutes(engine: GraphEngine, settings: ConsoleConfig, checker?: ReadOnlyChecker): Router {
  const router = Router();
  // A check's own limit: parsing is bounded by the query length, so this only stops a stuck worker.
  const check = checker ?? sharedChecker(Math.max(settings.timeoutMs, 5_000));
  const limit: RequestHandler[] = settings.rateLimitPerMinute > 0 ? [consoleRateLimit(settings.rateLimitPerMinute)] : [];
  router.post('/cypher', ...limit, async (req, res) => {
    res.json(await runConsole(engine, check, settings, req.body, req.ip));
  });
  return router;
}

// POST /api/cypher: the read-only console (see server/console/run-console.ts), rate limited.
import { Router, type RequestHandler } from 'express';
import type { ConsoleConfig } from '../config.ts';
import { ReadOnlyChecker } from '../console/checker.ts';
import { runConsole } from '../console/run-console.ts';
import type { GraphEngine } from '../engine/graph-engine.ts';
import { consoleRateLimit } from '../http/security.ts';

// One checker (one worker thread) per process, shared by every app built here. It starts
// with the first console query (Neo4j's parser costs a few hundred MB of memory) and stops
// again when the console has been idle for a while. Its own limit only stops a stuck worker:
// the pre-check bounds what the parser is given (see query-text.ts).
const CHECK_TIMEOUT_MS = 30_000;
let checker: ReadOnlyChecker | undefined;
const sharedChecker = () => (checker ??= new ReadOnlyChecker({ timeoutMs: CHECK_TIMEOUT_MS }));

export function cypherRoutes(engine: GraphEngine, settings: ConsoleConfig, given?: ReadOnlyChecker): Router {
  const router = Router();
  const check = given ?? sharedChecker();
  const limit: RequestHandler[] = settings.rateLimitPerMinute > 0 ? [consoleRateLimit(settings.rateLimitPerMinute)] : [];
  router.post('/cypher', ...limit, async (req, res) => {
    res.json(await runConsole(engine, check, settings, req.body, req.ip));
  });
  return router;
}

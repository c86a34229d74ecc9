// POST /api/cypher: the read-only console (see server/console/run-console.ts), rate limited,
// or refused before anything is read when the console is turned off.
import { Router, type RequestHandler } from 'express';
import type { ConsoleConfig } from '../config.ts';
import { ReadOnlyChecker } from '../console/checker.ts';
import { consoleRequestSchema, runConsole } from '../console/run-console.ts';
import { Cypher } from '../contracts/console.ts';
import type { GraphEngine } from '../engine/graph-engine.ts';
import { ConsoleDisabled } from '../errors.ts';
import { register } from '../http/register.ts';
import { consoleRateLimit } from '../http/security.ts';

// One checker (one worker thread) per process, shared by every app built here. It starts
// with the first console query (Neo4j's parser costs a few hundred MB of memory) and stops
// again when the console has been idle for a while. Its own limit only stops a stuck worker:
// the pre-check bounds what the parser is given (see query-text.ts).
const CHECK_TIMEOUT_MS = 30_000;
let checker: ReadOnlyChecker | undefined;
const sharedChecker = () => (checker ??= new ReadOnlyChecker({ timeoutMs: CHECK_TIMEOUT_MS }));

const refuse: RequestHandler = () => {
  throw new ConsoleDisabled();
};

export function cypherRoutes(engine: GraphEngine, settings: ConsoleConfig, { enabled = true, checker: given }: { enabled?: boolean; checker?: ReadOnlyChecker } = {}): Router {
  const router = Router();
  const check = given ?? sharedChecker();
  const limit: RequestHandler[] = settings.rateLimitPerMinute > 0 ? [consoleRateLimit(settings.rateLimitPerMinute)] : [];
  register(router, Cypher, async ({ body, req }) => runConsole(engine, check, settings, body, req.ip), {
    before: enabled ? limit : [refuse],
    // The query length this server allows (the contract shows the default).
    body: consoleRequestSchema(settings.maxQueryLength),
  });
  return router;
}

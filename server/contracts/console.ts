// POST /api/cypher. The body's schema is the console's own (server/console/run-console.ts);
// the query length it allows is the server's setting, so the route registers with the
// schema built from it and the document shows the default.
import { CypherBody, ErrorBody } from '../../shared/contracts/answers.ts';
import { DEFAULT_CONSOLE } from '../config.ts';
import { consoleRequestSchema } from '../console/run-console.ts';
import { badRequest, contract, json } from './contract.ts';

export const Cypher = contract({
  method: 'post',
  path: '/api/cypher',
  tag: 'console',
  summary: 'Run one read-only Cypher query, bounded in time, memory, rows and bytes',
  body: {
    schema: consoleRequestSchema(DEFAULT_CONSOLE.maxQueryLength),
    example: { query: 'MATCH (a:Actor {id: $id})-[r]->(b) RETURN a, r, b LIMIT 5', params: { id: 'ARM' } },
  },
  names: { body: 'console request' },
  answers: {
    '200': json('{ columns, rows, truncated, truncatedReason?, elapsedMs, graph }', CypherBody),
    ...badRequest,
    '403': json('The query would change the graph or read a file.', ErrorBody),
    '422': json('The query ran past its time (query_timeout) or memory limit (query_too_large) and was stopped.', ErrorBody),
    '429': json('Too many console queries: wait a minute, or for one of yours to finish.', ErrorBody),
  },
});

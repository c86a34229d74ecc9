// Worker thread entry for the read-only check: Neo4j's parser and semantic analysis take
// 50-500 ms of CPU per query, so they run here, off the event loop. Loads the TypeScript
// checker through tsx, answers { id, verdict } for each { id, query, params }. A parse that
// overflows the stack (deep nesting the pre-check let through) is answered, not fatal: the
// worker stays.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { checkReadOnly } = await import('./read-only.ts');

parentPort.on('message', (msg) => {
  let verdict;
  try {
    verdict = checkReadOnly(msg.query, msg.params);
  } catch (err) {
    verdict =
      err instanceof RangeError
        ? { ok: false, kind: 'complex', reason: 'The query is too deeply nested for the console to parse. Flatten it (WITH steps, fewer nested brackets).' }
        : { ok: false, kind: 'syntax', reason: `The query could not be parsed: ${err instanceof Error ? err.message : String(err)}`, details: [] };
  }
  parentPort.postMessage({ id: msg.id, verdict });
});
// The first parse and analysis take seconds (JIT, grammar tables): pay them before saying ready.
checkReadOnly('MATCH (a:Actor {id: $id})-[r]->(b) WHERE r.start <= date($at) RETURN a, r, b LIMIT 1', { id: null, at: null });
parentPort.postMessage({ ready: true });

// A console sandbox process: opens a read-only copy of the graph (argv[2]) and runs one query
// at a time for the server. It cannot change the server's graph (a copy), nor the copy or its
// schema (opened read-only: Grafeo refuses writes and schema statements), and it refuses any
// text that may read files, checked again here, on the exact text it runs, independently of
// the parser. It watches its own memory too (the server also watches it from outside).
import { createRequire } from 'node:module';
import type { GrafeoDB as GrafeoDBType } from '@grafeo-db/js';
import { grafeoRow } from '../../engine/grafeo/grafeo-values.ts';
import { RowBudget } from '../../engine/row-budget.ts';
import { FILE_ACCESS_REASON, mayReadFiles } from '../query-text.ts';
import type { ChildMessage, RunRequest } from './protocol.ts';

const require = createRequire(import.meta.url);
const { GrafeoDB } = require('@grafeo-db/js') as typeof import('@grafeo-db/js');

const [file, maxRssArg] = process.argv.slice(2);
const maxRss = Number(maxRssArg) * 1024 * 1024;
const send = (m: ChildMessage) => process.send?.(m);

const db: GrafeoDBType = GrafeoDB.openReadOnly(file!);

setInterval(() => {
  const rss = process.memoryUsage.rss();
  if (rss > maxRss) {
    send({ memory: true, rssMb: Math.round(rss / 1024 / 1024) });
    process.exit(3);
  }
}, 25);

async function run(req: RunRequest): Promise<ChildMessage> {
  if (mayReadFiles(req.query)) return { id: req.id, error: { kind: 'files', message: FILE_ACCESS_REASON } };
  let result: Awaited<ReturnType<GrafeoDBType['executeCypher']>>;
  try {
    result = await db.executeCypher(req.query, req.params);
  } catch (err) {
    const text = err instanceof Error ? err.message : String(err);
    return { id: req.id, error: { kind: /read-only|cannot write/i.test(text) ? 'write' : 'failed', message: text } };
  }
  const c = result.counters;
  if (c.nodesCreated + c.nodesDeleted + c.edgesCreated + c.edgesDeleted + c.propertiesSet + c.labelsAdded + c.labelsRemoved > 0) {
    return { id: req.id, error: { kind: 'write', message: 'The console is read-only: the query tried to change the graph.' } };
  }
  const budget = new RowBudget(req.maxRows, req.maxBytes);
  for (let i = 0; i < result.length; i++) if (!budget.add(grafeoRow(result.get(i)))) break;
  return { id: req.id, columns: [...result.columns], rows: budget.rows, truncatedBy: budget.truncatedBy };
}

process.on('message', (req: RunRequest) => {
  void run(req).then(send);
});
process.on('disconnect', () => process.exit(0));
send({ ready: true });

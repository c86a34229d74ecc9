// GET /api/graph (the snapshot at a date), /api/temporal (everything with intervals, for the
// client's slider), /api/timeline (when the snapshot changes) and /api/diff (what changed).
import { Router } from 'express';
import { networkAt } from '../../shared/time/network.ts';
import { diff } from '../../shared/time/temporal.ts';
import { today } from '../../shared/time/time.ts';
import { BadRequest } from '../errors.ts';
import { Diff, Graph, Temporal, Timeline } from '../contracts/graph.ts';
import { prepareJson, RecentAnswers, sendPrepared } from '../http/prepared-json.ts';
import { register, REPLIED } from '../http/register.ts';
import { encodeColumns } from '../../shared/model/temporal-columns.ts';
import type { Actor, Relation } from '../../shared/model/schemas.ts';
import type { GraphStore } from '../queries/graph-store.ts';
import { changesFor, epochAt, typesKey } from './snapshots.ts';

/** Recent /api/graph answers kept gzipped: a world-sized one is a few hundred KB. */
const RECENT_GRAPH_ANSWERS = 64;

const node = (a: Actor) => ({ id: a.id, name: a.name, kind: a.kind, shortName: a.shortName });
const edge = (r: Relation) => ({
  id: r.id,
  source: r.source,
  target: r.target,
  type: r.type,
  start: r.start,
  end: r.end,
  event: r.event,
  precision: r.precision,
  sources: r.sources,
  note: r.note,
});

export function graphRoutes(store: GraphStore): Router {
  const router = Router();

  register(router, Graph, async ({ query: q, req, res, checked }) => {
    const at = q.at ?? today();
    const types = typesKey(q.types);
    // A question asked again costs a lookup (its answer kept gzipped); a new date in a known
    // epoch costs the serialization (the snapshot itself is kept per epoch).
    const recent = await store.derived('graph-answers', () => new RecentAnswers(RECENT_GRAPH_ANSWERS));
    const epoch = await epochAt(store, at, q.window);
    const s = await store.derived(`graph|${q.window}|${types}|${epoch}`, async () =>
      networkAt(await store.actors(), await store.relations(), at, q.window, q.types),
    );
    const answer = recent.get(`${at}|${q.window}|${types}`, () =>
      prepareJson(checked({ at, window: q.window, nodes: s.nodes.map(node), edges: s.edges.map(edge) }), { keepText: false }),
    );
    sendPrepared(req, res, answer);
    return REPLIED;
  });

  // The explorer loads this once and works from it; `format=columns` is its compact form.
  register(router, Temporal, async ({ query: q, req, res, checked }) => {
    const end = today();
    const body = await store.derived(`temporal|${q.format}|${end}`, async () => {
      const [actors, relations, sources, positions] = await Promise.all([store.actors(), store.relations(), store.sources(), store.positions()]);
      let first: string | undefined;
      for (const d of [...relations.map((r) => r.start), ...actors.flatMap((a) => (a.founded ? [a.founded] : []))]) if (!first || d < first) first = d;
      const objects = { range: { start: first ?? end, end }, actors, relations: relations.map(edge), sources, positions };
      return prepareJson(checked(q.format === 'columns' ? encodeColumns(objects) : objects));
    });
    sendPrepared(req, res, body);
    return REPLIED;
  });

  register(router, Timeline, async ({ query: q }) => ({ window: q.window, changes: await changesFor(store, q.window) }));

  register(router, Diff, async ({ query: q }) => {
    if (q.to < q.from) throw new BadRequest(`from (${q.from}) must not be after to (${q.to})`);
    const relations = await store.relations();
    const d = diff(relations, q.from, q.to, q.window);
    return { from: q.from, to: q.to, added: d.added.map(edge), removed: d.removed.map(edge), changed: d.changed };
  });

  return router;
}


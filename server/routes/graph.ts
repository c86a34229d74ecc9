// GET /api/graph (the snapshot at a date), /api/temporal (everything with intervals, for the
// client's slider), /api/timeline (when the snapshot changes) and /api/diff (what changed).
import { Router } from 'express';
import { z } from 'zod';
import { networkAt } from '../../shared/time/network.ts';
import { diff } from '../../shared/time/temporal.ts';
import { today } from '../../shared/time/time.ts';
import { BadRequest } from '../errors.ts';
import { AtDate, TypesList, WindowDays } from '../http/params.ts';
import { prepareJson, RecentAnswers, sendPrepared } from '../http/prepared-json.ts';
import { parseInput } from '../http/validate.ts';
import { encodeColumns } from '../../shared/model/temporal-columns.ts';
import type { Actor, Relation } from '../../shared/model/schemas.ts';
import type { GraphStore } from '../queries/graph-store.ts';
import { changesFor, epochAt, typesKey } from './snapshots.ts';

export const GraphQuery = z.object({ at: AtDate('at').optional(), window: WindowDays, types: TypesList });
export const TimelineQuery = z.object({ window: WindowDays });
export const TemporalQuery = z.object({
  format: z.enum(['objects', 'columns'], { error: 'format must be objects or columns' }).default('objects'),
});
export const DiffQuery = z.object({ from: AtDate('from'), to: AtDate('to'), window: WindowDays });

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

  router.get('/graph', async (req, res) => {
    const q = parseInput(GraphQuery, req.query, 'query');
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
      prepareJson({ at, window: q.window, nodes: s.nodes.map(node), edges: s.edges.map(edge) }, { keepText: false }),
    );
    sendPrepared(req, res, answer);
  });

  // The explorer loads this once and works from it; `format=columns` is its compact form.
  router.get('/temporal', async (req, res) => {
    const q = parseInput(TemporalQuery, req.query, 'query');
    const end = today();
    const body = await store.derived(`temporal|${q.format}|${end}`, async () => {
      const [actors, relations, sources, positions] = await Promise.all([store.actors(), store.relations(), store.sources(), store.positions()]);
      let first: string | undefined;
      for (const d of [...relations.map((r) => r.start), ...actors.flatMap((a) => (a.founded ? [a.founded] : []))]) if (!first || d < first) first = d;
      const objects = { range: { start: first ?? end, end }, actors, relations: relations.map(edge), sources, positions };
      return prepareJson(q.format === 'columns' ? encodeColumns(objects) : objects);
    });
    sendPrepared(req, res, body);
  });

  router.get('/timeline', async (req, res) => {
    const q = parseInput(TimelineQuery, req.query, 'query');
    res.json({ window: q.window, changes: await changesFor(store, q.window) });
  });

  router.get('/diff', async (req, res) => {
    const q = parseInput(DiffQuery, req.query, 'query');
    if (q.to < q.from) throw new BadRequest(`from (${q.from}) must not be after to (${q.to})`);
    const relations = await store.relations();
    const d = diff(relations, q.from, q.to, q.window);
    res.json({ from: q.from, to: q.to, added: d.added.map(edge), removed: d.removed.map(edge), changed: d.changed });
  });

  return router;
}


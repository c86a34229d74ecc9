// GET /api/graph (the snapshot at a date), /api/temporal (everything with intervals, for the
// client's slider), /api/timeline (when the snapshot changes) and /api/diff (what changed).
import { Router } from 'express';
import { z } from 'zod';
import { diff, timeline } from '../analysis/temporal.ts';
import { today } from '../analysis/time.ts';
import { BadRequest } from '../errors.ts';
import { AtDate, TypesList, WindowDays } from '../http/params.ts';
import { parseInput } from '../http/validate.ts';
import type { Actor, Relation } from '../model/schemas.ts';
import type { GraphStore } from '../queries/graph-store.ts';

export const GraphQuery = z.object({ at: AtDate('at').optional(), window: WindowDays, types: TypesList });
export const TimelineQuery = z.object({ window: WindowDays });
export const DiffQuery = z.object({ from: AtDate('from'), to: AtDate('to'), window: WindowDays });

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
    const [actors, relations] = await Promise.all([store.actorsAt(at), store.relationsAt(at, q.window, q.types ?? null)]);
    // An active relation's endpoints are always drawn, even if an actor's lifespan says otherwise.
    const ids = new Set(actors.map((a) => a.id));
    const missing = new Set(relations.flatMap((r) => [r.source, r.target]).filter((id) => !ids.has(id)));
    const extra = missing.size ? (await store.actors()).filter((a) => missing.has(a.id)) : [];
    res.json({ at, window: q.window, nodes: [...actors, ...extra].map(node), edges: relations.map(edge) });
  });

  router.get('/temporal', async (_req, res) => {
    const [actors, relations, sources] = await Promise.all([store.actors(), store.relations(), store.sources()]);
    const first = [...relations.map((r) => r.start), ...actors.flatMap((a) => (a.founded ? [a.founded] : []))].sort()[0];
    res.json({
      range: { start: first ?? today(), end: today() },
      actors,
      relations: relations.map(edge),
      sources,
    });
  });

  router.get('/timeline', async (req, res) => {
    const q = parseInput(TimelineQuery, req.query, 'query');
    const [actors, relations] = await Promise.all([store.actors(), store.relations()]);
    const changes = timeline(relations, q.window);
    // Organizations founded or dissolved change the snapshot's nodes too.
    const byDate = new Map(changes.map((c) => [c.date, { ...c, founded: [] as string[], dissolved: [] as string[] }]));
    const at = (date: string) => {
      let e = byDate.get(date);
      if (!e) byDate.set(date, (e = { date, added: [], removed: [], founded: [], dissolved: [] }));
      return e;
    };
    for (const a of actors) {
      if (a.founded) at(a.founded).founded.push(a.id);
      if (a.dissolved) at(a.dissolved).dissolved.push(a.id);
    }
    res.json({ window: q.window, changes: [...byDate.values()].sort((x, y) => x.date.localeCompare(y.date)) });
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


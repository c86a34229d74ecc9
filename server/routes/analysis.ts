// The analysis routes: time-aware paths and their history, shifts toward an actor, and
// centrality at a date and over time. Each fetches the relations once and runs pure code.
import { Router } from 'express';
import { z } from 'zod';
import { DEFAULT_SHIFT_EVENT_WINDOW_DAYS, DEFAULT_WEIGHTS } from '../analysis/alignment-weights.ts';
import { centralityAt } from '../../shared/graph/centrality.ts';
import { AnalysisPool } from '../analysis/worker/analysis-pool.ts';
import { pathHistory, pathsIn } from '../analysis/paths.ts';
import { shifts } from '../analysis/shifts.ts';
import { MEASURE_METHODS, measureShifts } from '../analysis/measures/measure-shifts.ts';
import { today } from '../../shared/time/time.ts';
import { applyWeightOverrides } from '../analysis/weights-override.ts';
import { BadRequest, NotFound } from '../errors.ts';
import { AtDate, BoundedInt, Flag, SingleActorId, TypesList, WindowDays } from '../http/params.ts';
import { parseInput } from '../http/validate.ts';
import type { GraphStore } from '../queries/graph-store.ts';
import { graphAt } from './snapshots.ts';

export const PathQuery = z.object({
  from: SingleActorId('from'),
  to: SingleActorId('to'),
  at: AtDate('at').optional(),
  window: WindowDays,
  types: TypesList,
  maxHops: BoundedInt('maxHops', 1, 10, 6),
  k: BoundedInt('k', 1, 20, 3),
});
export const PathHistoryQuery = PathQuery.omit({ at: true, k: true });
export const ShiftQuery = z.object({
  toward: SingleActorId('toward'),
  from: AtDate('from').optional(),
  to: AtDate('to').optional(),
  window: BoundedInt('window', 0, 36_500, DEFAULT_SHIFT_EVENT_WINDOW_DAYS),
  weights: z.string().max(2000, 'weights is too long').optional(),
  includeOrganizations: Flag('includeOrganizations'),
  // The field's measures (server/analysis/measures); alignment is the project's own score.
  method: z.enum(['alignment', ...MEASURE_METHODS], { error: `method must be one of alignment, ${MEASURE_METHODS.join(', ')}` }).default('alignment'),
  sMetric: z.enum(['abs', 'sq'], { error: 'sMetric must be abs or sq' }).default('abs'),
  relativeTo: SingleActorId('relativeTo').optional(),
  objects: z.enum(['all', 'organizations', 'alliances'], { error: 'objects must be all, organizations or alliances' }).default('all'),
});
const OBJECT_KINDS = { all: ['organization', 'alliance'], organizations: ['organization'], alliances: ['alliance'] } as const;
export const CentralityQuery = z.object({ at: AtDate('at').optional(), window: WindowDays });
export const CentralityHistoryQuery = z.object({ actor: SingleActorId('actor'), window: WindowDays });

export function analysisRoutes(store: GraphStore, pool: AnalysisPool = new AnalysisPool()): Router {
  const router = Router();

  async function requireActors(...ids: string[]) {
    const actors = await store.actors();
    const known = new Set(actors.map((a) => a.id));
    for (const id of ids) if (!known.has(id)) throw new NotFound(`No actor with id "${id}"`);
    return actors;
  }

  router.get('/path', async (req, res) => {
    const q = parseInput(PathQuery, req.query, 'query');
    await requireActors(q.from, q.to);
    if (q.from === q.to) throw new BadRequest('from and to must be different actors');
    const at = q.at ?? today();
    const answer = pathsIn(await graphAt(store, at, q.window, q.types), q.from, q.to, q);
    res.json({ from: q.from, to: q.to, at, ...answer });
  });

  router.get('/path/history', async (req, res) => {
    const q = parseInput(PathHistoryQuery, req.query, 'query');
    await requireActors(q.from, q.to);
    if (q.from === q.to) throw new BadRequest('from and to must be different actors');
    res.json(pathHistory(await store.relations(), q.from, q.to, { windowDays: q.window, types: q.types, maxHops: q.maxHops }));
  });

  router.get('/shifts', async (req, res) => {
    const q = parseInput(ShiftQuery, req.query, 'query');
    const actors = await requireActors(q.toward, ...(q.relativeTo ? [q.relativeTo] : []));
    const relations = await store.relations();
    const from = q.from ?? relations[0]?.start ?? today();
    const to = q.to ?? today();
    if (to < from) throw new BadRequest(`from (${from}) must not be after to (${to})`);
    if (q.method !== 'alignment') {
      if (q.relativeTo === q.toward) throw new BadRequest('relativeTo must differ from toward');
      const candidates = actors.filter((a) => q.includeOrganizations || a.kind === 'state').map((a) => a.id);
      const opts = { method: q.method, metric: q.sMetric, kinds: OBJECT_KINDS[q.objects], relativeTo: q.relativeTo };
      res.json({ toward: q.toward, from, to, method: q.method, sMetric: q.sMetric, relativeTo: q.relativeTo ?? null, objects: q.objects, shifts: measureShifts(relations, actors, candidates, q.toward, from, to, opts) });
      return;
    }
    if (q.relativeTo) throw new BadRequest('relativeTo needs method s, kappa or jaccard');
    const parsed = q.weights === undefined ? { ok: true as const, weights: DEFAULT_WEIGHTS } : applyWeightOverrides(DEFAULT_WEIGHTS, q.weights);
    if (!parsed.ok) throw new BadRequest(`Invalid weights: ${parsed.message}`);
    const candidates = actors.filter((a) => q.includeOrganizations || a.kind === 'state').map((a) => a.id);
    res.json({
      toward: q.toward,
      from,
      to,
      window: q.window,
      weights: parsed.weights,
      shifts: shifts(relations, candidates, q.toward, from, to, q.window, parsed.weights),
    });
  });

  router.get('/centrality', async (req, res) => {
    const q = parseInput(CentralityQuery, req.query, 'query');
    const at = q.at ?? today();
    res.json({ at, window: q.window, actors: centralityAt(await store.relations(), at, q.window) });
  });

  router.get('/centrality/history', async (req, res) => {
    const q = parseInput(CentralityHistoryQuery, req.query, 'query');
    await requireActors(q.actor);
    // Every change date of a large network is heavy work: a worker does it, within a time limit.
    // Kept until the graph changes: the details panel asks again as the slider moves.
    const points = await store.derived(`centrality-history|${q.actor}|${q.window}`, async () => pool.centralityHistory(await store.relations(), q.actor, q.window));
    res.json({ actor: q.actor, window: q.window, points });
  });

  return router;
}

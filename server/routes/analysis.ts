// The analysis routes: time-aware paths and their history, shifts toward an actor, and
// centrality at a date and over time. Each fetches the relations once and runs pure code.
import { Router } from 'express';
import { DEFAULT_WEIGHTS } from '../analysis/alignment-weights.ts';
import { centralityAt } from '../../shared/graph/centrality.ts';
import { AnalysisPool, AnalysisTimeout } from '../analysis/worker/analysis-pool.ts';
import { pathHistory, PathHistoryOverTime, pathsIn } from '../analysis/paths.ts';
import { shifts } from '../analysis/shifts.ts';
import { measureShifts } from '../analysis/measures/measure-shifts.ts';
import { today } from '../../shared/time/time.ts';
import { applyWeightOverrides } from '../analysis/weights-override.ts';
import { BadRequest, NotFound } from '../errors.ts';
import { Centrality, CentralityHistory, Path, PathHistory, Shifts } from '../contracts/analysis.ts';
import { register } from '../http/register.ts';
import type { GraphStore } from '../queries/graph-store.ts';
import { graphAt } from './snapshots.ts';

const OBJECT_KINDS = { all: ['organization', 'alliance'], organizations: ['organization'], alliances: ['alliance'] } as const;

export function analysisRoutes(store: GraphStore, pool: AnalysisPool = new AnalysisPool()): Router {
  const router = Router();

  async function requireActors(...ids: string[]) {
    const actors = await store.actors();
    const known = new Set(actors.map((a) => a.id));
    for (const id of ids) if (!known.has(id)) throw new NotFound(`No actor with id "${id}"`);
    return actors;
  }

  register(router, Path, async ({ query: q }) => {
    await requireActors(q.from, q.to);
    if (q.from === q.to) throw new BadRequest('from and to must be different actors');
    const at = q.at ?? today();
    const answer = pathsIn(await graphAt(store, at, q.window, q.types), q.from, q.to, q);
    return { from: q.from, to: q.to, at, ...answer };
  });

  register(router, PathHistory, async ({ query: q }) => {
    await requireActors(q.from, q.to);
    if (q.from === q.to) throw new BadRequest('from and to must be different actors');
    const relations = await store.relations();
    // It runs in the request (one search a change date): bounded by the analysis time limit.
    const until = Date.now() + pool.timeoutMs;
    try {
      return pathHistory(relations, q.from, q.to, { windowDays: q.window, types: q.types, maxHops: q.maxHops, overTime: () => Date.now() > until });
    } catch (err) {
      if (err instanceof PathHistoryOverTime) throw new AnalysisTimeout(`The path history of ${q.from} and ${q.to}`, pool.timeoutMs);
      throw err;
    }
  });

  register(router, Shifts, async ({ query: q }) => {
    const actors = await requireActors(q.toward, ...(q.relativeTo ? [q.relativeTo] : []));
    const relations = await store.relations();
    const from = q.from ?? relations[0]?.start ?? today();
    const to = q.to ?? today();
    if (to < from) throw new BadRequest(`from (${from}) must not be after to (${to})`);
    if (q.method !== 'alignment') {
      if (q.relativeTo === q.toward) throw new BadRequest('relativeTo must differ from toward');
      const candidates = actors.filter((a) => q.includeOrganizations || a.kind === 'state').map((a) => a.id);
      const opts = { method: q.method, metric: q.sMetric, kinds: OBJECT_KINDS[q.objects], relativeTo: q.relativeTo };
      return { toward: q.toward, from, to, method: q.method, sMetric: q.sMetric, relativeTo: q.relativeTo ?? null, objects: q.objects, shifts: measureShifts(relations, actors, candidates, q.toward, from, to, opts) };
    }
    if (q.relativeTo) throw new BadRequest('relativeTo needs method s, kappa or jaccard');
    const parsed = q.weights === undefined ? { ok: true as const, weights: DEFAULT_WEIGHTS } : applyWeightOverrides(DEFAULT_WEIGHTS, q.weights);
    if (!parsed.ok) throw new BadRequest(`Invalid weights: ${parsed.message}`);
    const candidates = actors.filter((a) => q.includeOrganizations || a.kind === 'state').map((a) => a.id);
    return {
      toward: q.toward,
      from,
      to,
      window: q.window,
      weights: parsed.weights,
      shifts: shifts(relations, candidates, q.toward, from, to, q.window, parsed.weights),
    };
  });

  register(router, Centrality, async ({ query: q }) => {
    const at = q.at ?? today();
    return { at, window: q.window, actors: centralityAt(await store.relations(), at, q.window) };
  });

  register(router, CentralityHistory, async ({ query: q }) => {
    await requireActors(q.actor);
    // Every change date of a large network is heavy work: a worker does it, within a time limit.
    // Kept until the graph changes: the details panel asks again as the slider moves.
    const points = await store.derived(`centrality-history|${q.actor}|${q.window}`, async () => pool.centralityHistory(await store.relations(), q.actor, q.window));
    return { actor: q.actor, window: q.window, points };
  });

  return router;
}

// GET /api/actors and /api/actors/:id (the actor, every relation touching it oldest first,
// and the sources those relations cite).
import { Router } from 'express';
import { z } from 'zod';
import { NotFound } from '../errors.ts';
import { ActorId } from '../http/params.ts';
import { parseInput } from '../http/validate.ts';
import type { GraphStore } from '../queries/graph-store.ts';
import { citedSources } from '../analysis/citations.ts';

export const ActorParams = z.object({ id: ActorId });

export function actorRoutes(store: GraphStore): Router {
  const router = Router();
  router.get('/actors', async (_req, res) => {
    const actors = await store.actors();
    res.json(actors.map(({ id, name, kind, shortName }) => ({ id, name, kind, shortName })));
  });
  router.get('/actors/:id', async (req, res) => {
    const { id } = parseInput(ActorParams, req.params, 'actor id');
    const actor = await store.actor(id);
    if (!actor) throw new NotFound(`No actor with id "${id}"`);
    const [relations, sources] = await Promise.all([store.relationsOf(id), store.sources()]);
    res.json({ actor, relations, sources: citedSources(relations, sources) });
  });
  return router;
}

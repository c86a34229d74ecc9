// GET /api/actors and /api/actors/:id (the actor, every relation touching it oldest first,
// and the sources those relations cite).
import { Router } from 'express';
import { NotFound } from '../errors.ts';
import { ActorById, Actors } from '../contracts/actors.ts';
import { register } from '../http/register.ts';
import type { GraphStore } from '../queries/graph-store.ts';
import { citedSources } from '../analysis/citations.ts';

export function actorRoutes(store: GraphStore): Router {
  const router = Router();
  register(router, Actors, async () => {
    const actors = await store.actors();
    return actors.map(({ id, name, kind, shortName }) => ({ id, name, kind, shortName }));
  });
  register(router, ActorById, async ({ params: { id } }) => {
    const actor = await store.actor(id);
    if (!actor) throw new NotFound(`No actor with id "${id}"`);
    const [relations, sources] = await Promise.all([store.relationsOf(id), store.sources()]);
    return { actor, relations, sources: citedSources(relations, sources) };
  });
  return router;
}

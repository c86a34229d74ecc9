// GET /api/actors and /api/actors/:id.
import { z } from 'zod';
import { ActorDetail, ActorSummary } from '../../shared/contracts/answers.ts';
import { ActorId } from '../../shared/contracts/params.ts';
import { badRequest, contract, json, noSuchActor } from './contract.ts';

export const Actors = contract({
  method: 'get',
  path: '/api/actors',
  tag: 'actors',
  summary: 'Every state and organization',
  answers: { '200': json('Actors by id.', ActorSummary.array(), [{ id: 'ARM', name: 'Armenia', kind: 'state', shortName: null }]) },
});

export const ActorById = contract({
  method: 'get',
  path: '/api/actors/:id',
  tag: 'actors',
  summary: 'One actor, every relation touching it (oldest first) and the sources they cite',
  params: z.object({ id: ActorId }),
  names: { params: 'actor id' },
  examples: { id: 'ARM' },
  answers: { '200': json('The actor.', ActorDetail), ...badRequest, ...noSuchActor },
});

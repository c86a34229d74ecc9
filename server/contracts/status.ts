// GET /api/health.
import { DegradedHealthBody, HealthBody } from '../../shared/contracts/answers.ts';
import { contract, json } from './contract.ts';

export const Health = contract({
  method: 'get',
  path: '/api/health',
  tag: 'status',
  summary: 'Which engine answers and how much it holds',
  answers: {
    '200': json('The engine answers.', HealthBody, { status: 'ok', engine: 'grafeo', actors: 33, relations: 160 }),
    '503': json('The engine does not answer (status "degraded").', DegradedHealthBody),
  },
});

// GET /api/path, /api/path/history, /api/shifts, /api/centrality and /api/centrality/history.
import { z } from 'zod';
import { CentralityBody, CentralityHistoryBody, ErrorBody, PathBody, PathHistoryBody, ShiftsOrMeasuresBody } from '../../shared/contracts/answers.ts';
import { DEFAULT_SHIFT_EVENT_WINDOW_DAYS } from '../analysis/alignment-weights.ts';
import { MEASURE_METHODS } from '../analysis/measures/measure-shifts.ts';
import { AtDate, BoundedInt, Flag, SingleActorId, TypesList, WindowDays } from '../http/params.ts';
import { badRequest, contract, json, noSuchActor } from './contract.ts';

const PathQuery = z.object({
  from: SingleActorId('from'),
  to: SingleActorId('to'),
  at: AtDate('at').optional(),
  window: WindowDays,
  types: TypesList,
  maxHops: BoundedInt('maxHops', 1, 10, 6),
  k: BoundedInt('k', 1, 20, 3),
});

export const Path = contract({
  method: 'get',
  path: '/api/path',
  tag: 'analysis',
  summary: 'Shortest paths between two actors at a date',
  query: PathQuery,
  examples: { from: 'ARM', to: 'CHN', at: '2020-01-01', maxHops: '4', k: '3' },
  answers: { '200': json('{ from, to, at, found, paths: [{ nodes, edges }] }', PathBody), ...badRequest, ...noSuchActor },
});

export const PathHistory = contract({
  method: 'get',
  path: '/api/path/history',
  tag: 'analysis',
  summary: 'How the shortest path between two actors changed over time',
  query: PathQuery.omit({ at: true, k: true }),
  examples: { from: 'ARM', to: 'CHN', maxHops: '4' },
  answers: { '200': json('The path at each change date.', PathHistoryBody), ...badRequest, ...noSuchActor },
});

export const Shifts = contract({
  method: 'get',
  path: '/api/shifts',
  tag: 'analysis',
  summary: 'Actors ranked by how far they moved toward one actor',
  query: z.object({
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
  }),
  examples: { toward: 'CHN', from: '2015-01-01', to: '2025-01-01', includeOrganizations: 'false' },
  answers: {
    '200': json(
      '{ toward, from, to, window, weights, shifts: [{ actor, before, after, delta, evidence }] }; with method=s|kappa|jaccard: { toward, from, to, method, sMetric, relativeTo, objects, shifts: [{ actor, before, after, delta, evidence, decomposition: [{ object, before, after, change, text }], apart: [{ object, existsAt, actorTie, towardTie }] }] }',
      ShiftsOrMeasuresBody,
    ),
    ...badRequest,
    ...noSuchActor,
  },
});

export const Centrality = contract({
  method: 'get',
  path: '/api/centrality',
  tag: 'analysis',
  summary: 'Centrality of every actor at a date',
  query: z.object({ at: AtDate('at').optional(), window: WindowDays }),
  examples: { at: '2022-01-10' },
  answers: { '200': json('{ at, window, actors }', CentralityBody), ...badRequest },
});

export const CentralityHistory = contract({
  method: 'get',
  path: '/api/centrality/history',
  tag: 'analysis',
  summary: "One actor's centrality over time",
  query: z.object({ actor: SingleActorId('actor'), window: WindowDays }),
  examples: { actor: 'ARM' },
  answers: {
    '200': json('{ actor, window, points }', CentralityHistoryBody),
    ...badRequest,
    ...noSuchActor,
    '422': json('The history took longer than ANALYSIS_TIMEOUT_MS and was stopped (analysis_timeout).', ErrorBody),
    '503': json('Every analysis worker is busy (analysis_busy): try again in a few seconds.', ErrorBody),
  },
});

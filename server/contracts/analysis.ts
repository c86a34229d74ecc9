// GET /api/path, /api/path/history, /api/shifts, /api/centrality and /api/centrality/history.
import { z } from 'zod';
import { CentralityHistoryQuery, PathHistoryQuery, PathQuery, ShiftQuery } from '../../shared/contracts/queries.ts';
import { CentralityBody, CentralityHistoryBody, ErrorBody, PathBody, PathHistoryBody, ShiftsOrMeasuresBody } from '../../shared/contracts/answers.ts';
import { AtDate, WindowDays } from '../../shared/contracts/params.ts';
import { badRequest, contract, json, noSuchActor } from './contract.ts';

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
  query: PathHistoryQuery,
  examples: { from: 'ARM', to: 'CHN', maxHops: '4' },
  answers: {
    '200': json('The path at each change date.', PathHistoryBody),
    ...badRequest,
    ...noSuchActor,
    '422': json('The sweep took longer than ANALYSIS_TIMEOUT_MS and was stopped (analysis_timeout).', ErrorBody),
  },
});

export const Shifts = contract({
  method: 'get',
  path: '/api/shifts',
  tag: 'analysis',
  summary: 'Actors ranked by how far they moved toward one actor',
  query: ShiftQuery,
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
  query: CentralityHistoryQuery,
  examples: { actor: 'ARM' },
  answers: {
    '200': json('{ actor, window, points }', CentralityHistoryBody),
    ...badRequest,
    ...noSuchActor,
    '422': json('The history took longer than ANALYSIS_TIMEOUT_MS and was stopped (analysis_timeout).', ErrorBody),
    '503': json('Every analysis worker is busy (analysis_busy): try again in a few seconds.', ErrorBody),
  },
});

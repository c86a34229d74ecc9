// GET /api/graph, /api/temporal, /api/timeline, /api/diff and /api/sources.
import { z } from 'zod';
import { DiffBody, GraphBody, TemporalBody, TimelineBody } from '../../shared/contracts/answers.ts';
import { SourceSchema } from '../../shared/model/schemas.ts';
import { AtDate, TypesList, WindowDays } from '../../shared/contracts/params.ts';
import { TemporalQuery } from '../../shared/contracts/queries.ts';
import { badRequest, contract, json, WINDOW } from './contract.ts';

export const Graph = contract({
  method: 'get',
  path: '/api/graph',
  tag: 'graph',
  summary: 'The snapshot active at a date',
  query: z.object({ at: AtDate('at').optional(), window: WindowDays, types: TypesList }),
  examples: { at: '2010-06-01', window: '365', types: 'MEMBER_OF,OBSERVER_OF' },
  descriptions: { at: 'The date (default today).', types: 'Relation types, comma-separated (default all).', ...WINDOW },
  answers: { '200': json('Nodes and edges at `at`.', GraphBody), ...badRequest },
});

export const Temporal = contract({
  method: 'get',
  path: '/api/temporal',
  tag: 'graph',
  summary: 'Every actor and relation with its interval, and the sources',
  query: TemporalQuery,
  examples: { format: 'columns' },
  descriptions: {
    format:
      '`objects` (default): { range, actors, relations, sources, positions }, positions being { [actorId]: { x, y } } (the stored layout). ' +
      '`columns`: the compact form the explorer loads, relations as parallel arrays, repeated strings as indexes into `strings`, ' +
      '`actors` and `sources`, dates as days since 1970-01-01, positions as { x: [], y: [] } index for index with actors (null: not laid out).',
  },
  answers: {
    '200': json(
      '{ range, actors, relations, sources, positions }, or with format=columns { format, range, actors, positions: { x, y }, sources, strings, relations: { id, source, target, ... } }',
      TemporalBody,
    ),
    ...badRequest,
  },
});

export const Timeline = contract({
  method: 'get',
  path: '/api/timeline',
  tag: 'graph',
  summary: 'The dates at which the snapshot changes, with what changed',
  query: z.object({ window: WindowDays }),
  examples: { window: '30' },
  descriptions: WINDOW,
  answers: { '200': json('{ window, changes: [{ date, added, removed, founded, dissolved }] }', TimelineBody), ...badRequest },
});

export const Diff = contract({
  method: 'get',
  path: '/api/diff',
  tag: 'graph',
  summary: 'What was added and removed between two dates',
  query: z.object({ from: AtDate('from'), to: AtDate('to'), window: WindowDays }),
  examples: { from: '2010-06-01', to: '2013-06-01' },
  descriptions: WINDOW,
  answers: { '200': json('{ from, to, added, removed, changed }', DiffBody), ...badRequest },
});

export const Sources = contract({
  method: 'get',
  path: '/api/sources',
  tag: 'graph',
  summary: 'The bibliography',
  answers: { '200': json('Every source.', SourceSchema.array()) },
});

// Every endpoint the API mounts, in the order the OpenAPI document lists them. Each is one
// contract (contract.ts) in the file of its concern; the routes register from them
// (server/http/register.ts), so tests/api/openapi.test.ts can hold this list to the routes the
// app really mounts, and tests/api/contracts.test.ts holds every answer to its schema.
import type { z } from 'zod';
import { ErrorBody } from '../../shared/contracts/answers.ts';
import { ActorSchema, RelationSchema, SourceSchema } from '../../shared/model/schemas.ts';
import { ActorById, Actors } from './actors.ts';
import { Centrality, CentralityHistory, Path, PathHistory, Shifts } from './analysis.ts';
import { Cypher } from './console.ts';
import type { Contract } from './contract.ts';
import { Docs, OpenApi } from './docs.ts';
import { Diff, Graph, Sources, Temporal, Timeline } from './graph.ts';
import { Export, Import } from './io.ts';
import { Health } from './status.ts';

export const CONTRACTS: readonly Contract[] = [
  Health,
  Actors,
  ActorById,
  Graph,
  Temporal,
  Timeline,
  Diff,
  Sources,
  Path,
  PathHistory,
  Shifts,
  Centrality,
  CentralityHistory,
  Cypher,
  Export,
  Import,
  OpenApi,
  Docs,
];

/** Model schemas the document names as components. */
export const COMPONENTS: Record<string, z.ZodType> = { Actor: ActorSchema, Relation: RelationSchema, Source: SourceSchema, Error: ErrorBody };

// The data model as zod schemas: the single source of the types of actors, relations and
// sources, used to check rows coming out of either engine.
import { z } from 'zod';

export const RELATION_TYPES = [
  'MEMBER_OF',
  'OBSERVER_OF',
  'FROZE_PARTICIPATION_IN',
  'SEEKS_MEMBERSHIP_IN',
  'SOUGHT_AID_FROM',
  'REFUSED_AID_TO',
  'DEPLOYED_TO',
  'SUPPORTS',
  'CONDEMNED',
  'DISTANCED_FROM',
  'CONFLICT_WITH',
  'PARTNER_OF',
  'EXERCISED_WITH',
  'FUNDS',
  'ABSTAINED_ON_CENSURE_OF',
  'WITHHELD_RECOGNITION_FROM',
  'OFFERED_MEDIATION_TO',
  'RIVAL_OF',
] as const;
export const RelationType = z.enum(RELATION_TYPES);
export type RelationType = z.infer<typeof RelationType>;

export const PRECISIONS = ['day', 'month', 'year'] as const;
export const Precision = z.enum(PRECISIONS);

/** A calendar date as YYYY-MM-DD that really exists (no 2023-02-30). */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'not a calendar date');

// `alliance`: a treaty alliance read from COW or ATOP data, with its obligations (server/io/formats).
export const ACTOR_KINDS = ['state', 'organization', 'alliance'] as const;
export const ActorKind = z.enum(ACTOR_KINDS);
export type ActorKind = z.infer<typeof ActorKind>;
/** The node label each actor kind carries besides :Actor (an alliance is organization-like). */
export const ACTOR_LABELS: Readonly<Record<ActorKind, string>> = { state: 'State', organization: 'Organization', alliance: 'Organization' };

/** The obligations an alliance's treaty carries, as COW and ATOP code them. */
export const OBLIGATIONS = ['defense', 'offense', 'neutrality', 'nonaggression', 'consultation'] as const;
export const Obligation = z.enum(OBLIGATIONS);
export type Obligation = z.infer<typeof Obligation>;

export const ActorSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  kind: ActorKind,
  shortName: z.string().nullish().transform((v) => v ?? null),
  /** Other names people search for ("America", "Turkey"); empty when none are known. */
  aliases: z.array(z.string()).nullish().transform((v) => v ?? []),
  founded: IsoDate.nullish().transform((v) => v ?? null),
  dissolved: IsoDate.nullish().transform((v) => v ?? null),
  /** Alliances only: the obligations of the treaty; absent for states and organizations. */
  obligations: z.preprocess((v) => v ?? undefined, z.array(Obligation).optional()),
});
export type Actor = z.infer<typeof ActorSchema>;

export const RelationSchema = z.object({
  id: z.string().min(1),
  source: z.string().min(1),
  target: z.string().min(1),
  type: RelationType,
  start: IsoDate,
  end: IsoDate.nullish().transform((v) => v ?? null),
  precision: Precision,
  event: z.boolean(),
  sources: z.array(z.string().min(1)).min(1),
  note: z.string().nullish().transform((v) => v ?? ''),
  /**
   * The ordinal strength of a tie, where a dataset gives one (server/io/formats): 3 full member
   * or defense/offense pact, 2 associate member or neutrality/consultation pact, 1 observer or
   * non-aggression pact only. Absent: MEMBER_OF counts 3, OBSERVER_OF 1 (server/analysis/measures).
   */
  level: z.preprocess((v) => v ?? undefined, z.number().int().min(1).max(3).optional()),
});
export type Relation = z.infer<typeof RelationSchema>;

export const SourceSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  author: z.string().nullish().transform((v) => v ?? null),
  publisher: z.string().nullish().transform((v) => v ?? null),
  published: z.string().nullish().transform((v) => v ?? null),
  url: z.string().nullish().transform((v) => v ?? null),
});
export type Source = z.infer<typeof SourceSchema>;

export const CountsSchema = z.object({ actors: z.number().int(), relations: z.number().int() });

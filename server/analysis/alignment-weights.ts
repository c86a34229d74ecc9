// The alignment score's weights: one table, also printed in the README. Positive types pull
// an actor toward the target, negative ones push it away. The API takes overrides.
import type { RelationType } from '../../shared/model/schemas.ts';

export const DEFAULT_RELATION_WEIGHTS: Readonly<Record<RelationType, number>> = {
  MEMBER_OF: 3, // member of the target organization
  OBSERVER_OF: 1,
  SEEKS_MEMBERSHIP_IN: 2,
  FROZE_PARTICIPATION_IN: -3,
  SOUGHT_AID_FROM: 2,
  REFUSED_AID_TO: -2,
  DEPLOYED_TO: 1, // troops or a base, with the host's consent in this data
  SUPPORTS: 3,
  CONDEMNED: -2,
  DISTANCED_FROM: -2,
  CONFLICT_WITH: -4,
  PARTNER_OF: 2,
  EXERCISED_WITH: 1,
  FUNDS: 1,
  ABSTAINED_ON_CENSURE_OF: 1, // abstained on a UN vote censuring the target
  WITHHELD_RECOGNITION_FROM: -1, // declined to recognise the target's territorial claims
  OFFERED_MEDIATION_TO: 1, // offered to mediate a dispute the target is party to
  RIVAL_OF: -2, // a rival format or bloc
};

export interface AlignmentWeights {
  relation: Record<string, number>;
  /** Each organization both the actor and the target are members of. */
  sharedMembership: number;
  /** Scale for a relation with an organization the target belongs to (not a membership). */
  indirect: number;
}

export const DEFAULT_WEIGHTS: AlignmentWeights = {
  relation: { ...DEFAULT_RELATION_WEIGHTS },
  sharedMembership: 1,
  indirect: 0.5,
};

/** Days an event (a request, a summit, a condemnation) keeps counting toward alignment (defined with /api/shifts' query). */
export { DEFAULT_SHIFT_EVENT_WINDOW_DAYS } from '../../shared/contracts/queries.ts';

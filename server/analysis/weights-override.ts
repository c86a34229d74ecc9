// Parses alignment-weight overrides from a query string: `CONFLICT_WITH:-5,PARTNER_OF:3,shared:2,indirect:0.25`.
import { RELATION_TYPES } from '../../shared/model/schemas.ts';
import type { AlignmentWeights } from './alignment-weights.ts';

export type ParsedWeights = { ok: true; weights: AlignmentWeights } | { ok: false; message: string };

export function applyWeightOverrides(base: AlignmentWeights, text: string): ParsedWeights {
  const weights: AlignmentWeights = { ...base, relation: { ...base.relation } };
  for (const part of text.split(',').map((p) => p.trim()).filter(Boolean)) {
    const match = /^([A-Za-z_]+):(-?\d+(?:\.\d+)?)$/.exec(part);
    if (!match) return { ok: false, message: `"${part}" is not NAME:number` };
    const [, name = '', raw = ''] = match;
    const value = Number(raw);
    if (Math.abs(value) > 100) return { ok: false, message: `${name} weight must be between -100 and 100` };
    if (name === 'shared') weights.sharedMembership = value;
    else if (name === 'indirect') weights.indirect = value;
    else if ((RELATION_TYPES as readonly string[]).includes(name)) weights.relation[name] = value;
    else return { ok: false, message: `unknown weight "${name}"; use a relation type, shared or indirect` };
  }
  return { ok: true, weights };
}

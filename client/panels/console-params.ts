// The console's parameters: the box's JSON, checked, and $at bound to the slider's date
// unless the box gives it. Pure, so the rules are tested without a browser.
import { z } from 'zod';
import { IsoDate } from '../../shared/model/schemas.ts';

const ParamName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/, 'a parameter name is a letter or _ then letters, digits or _');
const ParamsObject = z.record(ParamName, z.json());

export type ParamsResult = { ok: true; params: Record<string, unknown> } | { ok: false; message: string };

/** The parameters box's text as an object of parameters ("" is none), or what is wrong with it. */
export function parseParams(text: string): ParamsResult {
  if (!text.trim()) return { ok: true, params: {} };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { ok: false, message: `The parameters are not valid JSON: ${(err as Error).message}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, message: 'The parameters must be a JSON object, e.g. {"id": "ARM", "at": "2010-01-01"}.' };
  }
  const badName = Object.keys(value).find((k) => !ParamName.safeParse(k).success);
  if (badName !== undefined) return { ok: false, message: `The parameter name "${badName}" is not valid: a parameter name is a letter or _ then letters, digits or _.` };
  const parsed = ParamsObject.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, message: `The parameters are not valid: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim() };
  }
  return { ok: true, params: parsed.data };
}

const USES_AT = /\$at\b/;
// $at not already inside date(...).
const BARE_AT = /(?<!date\(\s*)\$at\b/g;

/**
 * The query and parameters to send. A query that uses $at gets the slider's date unless the
 * box gives one; JSON has no date type, so a date-valued $at is read as date($at), which lets
 * `r.start <= $at` compare dates with dates (a text compared with a date is null in Cypher).
 */
export function bindAt(query: string, params: Record<string, unknown>, sliderDate: string): { query: string; params: Record<string, unknown>; at: string | null } {
  if (!USES_AT.test(query)) return { query, params, at: null };
  const given = params.at;
  if (given !== undefined && !(typeof given === 'string' && IsoDate.safeParse(given).success)) return { query, params, at: null };
  const at = typeof given === 'string' ? given : sliderDate;
  return { query: query.replace(BARE_AT, 'date($at)'), params: { ...params, at }, at };
}

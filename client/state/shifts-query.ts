// What the shifts panel asks for: toward whom, between which dates, by which measure (the
// project's alignment score or one of the field's: S, weighted kappa, Jaccard), S's and
// kappa's distance (absolute or squared) and the actor the shift is measured against. Kept
// in the URL (shifts=CHN,2010-01-01,2020-01-01&method=s&sMetric=sq&relativeTo=USA, the
// API's own parameter names); defaults are left out, so older links read as before.
import { IsoDate } from '../../shared/model/schemas.ts';

export const SHIFT_METHODS = ['alignment', 's', 'kappa', 'jaccard'] as const;
export type ShiftMethod = (typeof SHIFT_METHODS)[number];
export const S_METRICS = ['abs', 'sq'] as const;
export type SMetric = (typeof S_METRICS)[number];

export interface ShiftsQuery {
  target: string;
  from: string;
  to: string;
  /** Absent: the alignment score. */
  method?: ShiftMethod;
  /** Absent: absolute distance. Used by S and kappa. */
  sMetric?: SMetric;
  /** The shift toward the target minus the shift toward this actor (measures only). */
  relativeTo?: string;
}

const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** The query with defaults left out, and the parts that do not apply to the method dropped. */
export function normalShiftsQuery(q: ShiftsQuery): ShiftsQuery {
  const out: ShiftsQuery = { target: q.target, from: q.from, to: q.to };
  const method = q.method ?? 'alignment';
  if (method === 'alignment') return out;
  out.method = method;
  if (method !== 'jaccard' && q.sMetric === 'sq') out.sMetric = 'sq';
  if (q.relativeTo && q.relativeTo !== q.target) out.relativeTo = q.relativeTo;
  return out;
}

/** Reads the shifts query from a URL's parameters; null when absent or malformed. */
export function parseShiftsQuery(p: URLSearchParams): ShiftsQuery | null {
  const parts = p.get('shifts')?.split(',').map((s) => s.trim());
  if (!parts || parts.length !== 3) return null;
  const [target, from, to] = parts as [string, string, string];
  const ok = ID.test(target) && IsoDate.safeParse(from).success && IsoDate.safeParse(to).success && from <= to;
  if (!ok) return null;
  const method = SHIFT_METHODS.find((m) => m === p.get('method'));
  const sMetric = S_METRICS.find((m) => m === p.get('sMetric'));
  const rel = p.get('relativeTo');
  return normalShiftsQuery({ target, from, to, method, sMetric, relativeTo: rel !== null && ID.test(rel) ? rel : undefined });
}

/** Writes the shifts query into URL parameters (defaults left out). */
export function writeShiftsQuery(p: URLSearchParams, q: ShiftsQuery | null): void {
  if (!q) return;
  const n = normalShiftsQuery(q);
  p.set('shifts', `${n.target},${n.from},${n.to}`);
  if (n.method) p.set('method', n.method);
  if (n.sMetric) p.set('sMetric', n.sMetric);
  if (n.relativeTo) p.set('relativeTo', n.relativeTo);
}

/** The API's parameters for a query (/api/shifts). */
export function shiftsParams(q: ShiftsQuery): Record<string, string> {
  const n = normalShiftsQuery(q);
  const out: Record<string, string> = { toward: n.target, from: n.from, to: n.to };
  if (n.method) out.method = n.method;
  if (n.method && n.method !== 'jaccard') out.sMetric = n.sMetric ?? 'abs';
  if (n.relativeTo) out.relativeTo = n.relativeTo;
  return out;
}

/** Whether two queries ask for the same ranking. */
export function sameShiftsQuery(a: ShiftsQuery | null, b: ShiftsQuery | null): boolean {
  if (!a || !b) return a === b;
  return new URLSearchParams(shiftsParams(a)).toString() === new URLSearchParams(shiftsParams(b)).toString();
}

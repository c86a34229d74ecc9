// Maps values the embedded Grafeo engine returns to plain JSON (bigint, Date, nodes and
// edges as tagged maps). Only the Grafeo adapter uses it.
import type { Plain, Row } from '../graph-engine.ts';

export function grafeoToPlain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(grafeoToPlain);
  if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number>);
  if (typeof value === 'object') {
    const out: Record<string, Plain> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = grafeoToPlain(v);
    return out;
  }
  return String(value);
}

export function grafeoRow(row: Record<string, unknown>): Row {
  const out: Row = {};
  for (const [k, v] of Object.entries(row)) out[k] = grafeoToPlain(v);
  return out;
}

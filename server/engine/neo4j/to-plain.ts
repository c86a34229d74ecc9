// The only module that knows neo4j-driver's value types: Integer, temporal values, Node,
// Relationship and Path become plain JSON in the same shapes the embedded engine returns
// (nodes as { _id, _labels, ...properties }, relationships as { _id, _type, _source, _target, ...properties }).
import neo4j from 'neo4j-driver';
import type { Plain, Row } from '../graph-engine.ts';

type Props = Record<string, unknown>;

function propsToPlain(props: Props): Record<string, Plain> {
  const out: Record<string, Plain> = {};
  for (const [k, v] of Object.entries(props)) out[k] = toPlain(v);
  return out;
}

export function toPlain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'bigint') return Number(value);
  if (neo4j.isInt(value)) {
    return neo4j.integer.inSafeRange(value) ? neo4j.integer.toNumber(value) : neo4j.integer.toString(value);
  }
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return value.toString();
  }
  if (neo4j.isPoint(value)) {
    return { srid: toPlain(value.srid), x: value.x, y: value.y, ...(value.z === undefined ? {} : { z: value.z }) };
  }
  if (neo4j.isNode(value)) {
    return { _id: value.elementId, _labels: [...value.labels], ...propsToPlain(value.properties as Props) };
  }
  if (neo4j.isRelationship(value)) {
    return {
      _id: value.elementId,
      _type: value.type,
      _source: value.startNodeElementId,
      _target: value.endNodeElementId,
      ...propsToPlain(value.properties as Props),
    };
  }
  if (neo4j.isPath(value)) {
    const nodes: Plain[] = [toPlain(value.start)];
    const relationships: Plain[] = [];
    for (const seg of value.segments) {
      relationships.push(toPlain(seg.relationship));
      nodes.push(toPlain(seg.end));
    }
    return { nodes, relationships };
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return propsToPlain(value as Props);
  return String(value);
}

/** A driver Record as a plain row keyed by column name. */
export function recordToRow(record: { keys: readonly PropertyKey[]; get(key: PropertyKey): unknown }): Row {
  const row: Row = {};
  for (const key of record.keys) row[String(key)] = toPlain(record.get(key));
  return row;
}

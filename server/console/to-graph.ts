// Turns console rows into the graph API's shapes: an engine node ({_id, _labels, ...props})
// becomes { id, name, kind, labels, ... } and a relationship ({_id, _type, _source, _target,
// ...props}) becomes { id, source, target, type, start, end, ... } with source and target
// the endpoint actors' ids when the result holds those nodes. Pure.
import type { Plain, Row } from '../engine/graph-engine.ts';

type Obj = { [key: string]: Plain };

const isObj = (v: Plain): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isInternalId = (v: Plain | undefined) => typeof v === 'number' || typeof v === 'string';

export const isEngineNode = (v: Plain): boolean => isObj(v) && isInternalId(v._id) && Array.isArray(v._labels);
export const isEngineRelationship = (v: Plain): boolean =>
  isObj(v) && isInternalId(v._id) && typeof v._type === 'string' && isInternalId(v._source) && isInternalId(v._target);

/** Every node anywhere in the rows, by internal id, mapped to the id the graph API uses. */
function nodeIds(rows: readonly Row[]): Map<string, string> {
  const ids = new Map<string, string>();
  const walk = (v: Plain): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (isObj(v)) {
      if (isEngineNode(v)) ids.set(String(v._id), publicId(v));
      Object.values(v).forEach(walk);
    }
  };
  rows.forEach((r) => Object.values(r).forEach(walk));
  return ids;
}

/** A node's or relationship's own `id` property, else its internal id as text. */
function publicId(v: Obj): string {
  return typeof v.id === 'string' || typeof v.id === 'number' ? String(v.id) : String(v._id);
}

function withoutInternal(v: Obj, keys: readonly string[]): Obj {
  const out: Obj = {};
  for (const [k, val] of Object.entries(v)) if (!keys.includes(k)) out[k] = val;
  return out;
}

export interface GraphElements {
  nodes: Obj[];
  edges: Obj[];
}

/** The rows with engine nodes and relationships in the graph API's shapes, and those elements deduplicated. */
export function toGraphRows(rows: readonly Row[]): { rows: Row[]; graph: GraphElements } {
  const ids = nodeIds(rows);
  const nodes = new Map<string, Obj>();
  const edges = new Map<string, Obj>();
  const endpoint = (internal: Plain | undefined) => ids.get(String(internal)) ?? (internal as Plain);

  const map = (v: Plain): Plain => {
    if (Array.isArray(v)) return v.map(map);
    if (!isObj(v)) return v;
    if (isEngineNode(v)) {
      const props = withoutInternal(v, ['_id', '_labels']);
      const node: Obj = { ...props, id: publicId(v), name: props.name ?? null, kind: props.kind ?? null, labels: v._labels ?? [] };
      nodes.set(String(node.id), node);
      return node;
    }
    if (isEngineRelationship(v)) {
      const props = withoutInternal(v, ['_id', '_type', '_source', '_target']);
      const edge: Obj = {
        ...props,
        id: publicId(v),
        source: endpoint(v._source),
        target: endpoint(v._target),
        type: v._type ?? null,
        start: props.start ?? null,
        end: props.end ?? null,
      };
      edges.set(String(edge.id), edge);
      return edge;
    }
    const out: Obj = {};
    for (const [k, val] of Object.entries(v)) out[k] = map(val as Plain);
    return out;
  };

  const mapped = rows.map((r) => {
    const out: Row = {};
    for (const [k, v] of Object.entries(r)) out[k] = map(v);
    return out;
  });
  return { rows: mapped, graph: { nodes: [...nodes.values()], edges: [...edges.values()] } };
}

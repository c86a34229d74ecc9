// Pure helpers for the console's results: how a cell reads as text, and which graph ids
// (actors, relations) the rows hold, for "show on graph".

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A node in a console row: the graph API's shape, { id, name, kind, labels? }. */
export function isNodeValue(v: unknown): v is Obj & { id: string } {
  return isObj(v) && typeof v.id === 'string' && ('kind' in v || Array.isArray(v.labels)) && !('source' in v && 'target' in v && 'type' in v);
}

/** A relationship in a console row: { id, source, target, type, ... }. */
export function isRelationshipValue(v: unknown): v is Obj & { id: string; source: string; target: string; type: string } {
  return isObj(v) && typeof v.id === 'string' && typeof v.source === 'string' && typeof v.target === 'string' && typeof v.type === 'string';
}

/** Every actor and relation id found anywhere in the rows (nested in lists and maps too). */
export function graphIdsIn(rows: readonly Record<string, unknown>[]): { nodes: Set<string>; edges: Set<string> } {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (isRelationshipValue(v)) {
      edges.add(v.id);
      nodes.add(v.source).add(v.target);
    } else if (isNodeValue(v)) nodes.add(v.id);
    else if (isObj(v)) Object.values(v).forEach(walk);
  };
  rows.forEach((r) => Object.values(r).forEach(walk));
  return { nodes, edges };
}

/** A relationship's time: "2002-10-07 – 2010-06-15", "since 2002-10-07", or nothing. */
function spell(start: unknown, end: unknown): string {
  const day = (d: unknown) => (typeof d === 'string' ? d.slice(0, 10) : null);
  const s = day(start);
  const e = day(end);
  if (s && e) return `${s} – ${e}`;
  if (s) return `since ${s}`;
  return e ? `until ${e}` : '';
}

/** A cell as one line of text: nodes by name and id, relationships as (a)-[TYPE]->(b). */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map(cellText).join(', ')}]`;
  if (isRelationshipValue(v)) return [`(${v.source})-[:${v.type}]->(${v.target})`, spell(v.start, v.end)].filter(Boolean).join(' ');
  if (isNodeValue(v)) return typeof v.name === 'string' ? `${v.name} (${v.id})` : `(${v.id})`;
  return JSON.stringify(v);
}

// Loads every named query in cypher/ once: one file per query, one place that finds them.
// Routes ask for a query by name; there is no Cypher in TypeScript strings.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CYPHER_DIR = fileURLToPath(new URL('../../cypher/', import.meta.url));

export const QUERY_NAMES = [
  'counts',
  'actors-all',
  'actor-by-id',
  'actors-at',
  'relations-all',
  'relations-of-actor',
  'relations-at',
  'sources-all',
  'embedded-indexes',
] as const;

export type QueryName = (typeof QUERY_NAMES)[number];

export type QueryRegistry = ReadonlyMap<QueryName, string>;

export function loadRegistry(dir: string = CYPHER_DIR): QueryRegistry {
  const registry = new Map<QueryName, string>();
  for (const name of QUERY_NAMES) {
    const file = path.join(dir, `${name}.cypher`);
    if (!fs.existsSync(file)) throw new Error(`Named query "${name}" has no file ${file}`);
    registry.set(name, fs.readFileSync(file, 'utf8'));
  }
  return registry;
}

export function queryText(registry: QueryRegistry, name: QueryName): string {
  const text = registry.get(name);
  if (text === undefined) throw new Error(`Unknown named query "${name}"`);
  return text;
}

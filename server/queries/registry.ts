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
  // CSV import (server/io): one file per actor kind and per relation type.
  'import-sources',
  'import-actors-state',
  'import-actors-organization',
  'import-relations-member-of',
  'import-relations-observer-of',
  'import-relations-froze-participation-in',
  'import-relations-seeks-membership-in',
  'import-relations-sought-aid-from',
  'import-relations-refused-aid-to',
  'import-relations-deployed-to',
  'import-relations-supports',
  'import-relations-condemned',
  'import-relations-distanced-from',
  'import-relations-conflict-with',
  'import-relations-partner-of',
  'import-relations-exercised-with',
  'import-relations-funds',
  // Published datasets (server/io/formats): alliances with obligations, ties with a level.
  'import-actors-alliance',
  'import-relations-member-of-tie',
  'import-relations-observer-of-tie',
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

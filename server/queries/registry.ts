// Loads every named query in cypher/ once: one file per query, one place that finds them.
// Routes ask for a query by name; there is no Cypher in TypeScript strings.
//
// Two kinds of reuse, both resolved here at load time:
// - `{{name}}` in a query file includes cypher/fragments/name.cypher (the one projection of a
//   relation is such a fragment);
// - a label or a relationship type cannot be a Cypher parameter, so the upserts are templates
//   (cypher/templates/) instantiated once per member of a closed list of the model
//   (RELATION_TYPES, ACTOR_KINDS): adding a relation type adds its query, never user text.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ACTOR_KINDS, ACTOR_LABELS, RELATION_TYPES, type ActorKind, type RelationType } from '../../shared/model/schemas.ts';

export const CYPHER_DIR = fileURLToPath(new URL('../../cypher/', import.meta.url));

/** The named queries that are files of their own in cypher/. */
export const QUERY_FILE_NAMES = [
  'counts',
  'actors-all',
  'actor-by-id',
  'actors-at',
  'relations-all',
  'relations-of-actor',
  'relations-at',
  'sources-all',
  // Layout positions, stored on the actors, and the ties the layout reads (server/layout).
  'positions-all',
  'relation-ends',
  'positions-set',
  'embedded-indexes',
  'import-sources',
] as const;

export type QueryFileName = (typeof QUERY_FILE_NAMES)[number];
export type RelationUpsertName = `upsert-relations:${RelationType}`;
export type RelationCreateName = `create-relations:${RelationType}`;
export type ActorUpsertName = `upsert-actors:${ActorKind}`;
export type QueryName = QueryFileName | RelationUpsertName | RelationCreateName | ActorUpsertName;

/** The name of the query that merges a batch of relations of one type. */
export const relationUpsertQuery = (type: RelationType): RelationUpsertName => `upsert-relations:${type}`;
/** The name of the query that creates a batch of relations of one type, none of them in the graph yet. */
export const relationCreateQuery = (type: RelationType): RelationCreateName => `create-relations:${type}`;
/** The name of the query that merges a batch of actors of one kind. */
export const actorUpsertQuery = (kind: ActorKind): ActorUpsertName => `upsert-actors:${kind}`;

/** Every named query: the files, then one upsert per actor kind and per relation type. */
export const QUERY_NAMES: readonly QueryName[] = [
  ...QUERY_FILE_NAMES,
  ...ACTOR_KINDS.map(actorUpsertQuery),
  ...RELATION_TYPES.map(relationUpsertQuery),
  ...RELATION_TYPES.map(relationCreateQuery),
];

export type QueryRegistry = ReadonlyMap<QueryName, string>;

const PLACEHOLDER = /\{\{([A-Za-z_-]+)\}\}/g;

function read(file: string, what: string): string {
  if (!fs.existsSync(file)) throw new Error(`${what} has no file ${file}`);
  return fs.readFileSync(file, 'utf8');
}

/** Fills every `{{NAME}}` of a template; a placeholder without a value is an error, not a gap. */
export function fillTemplate(text: string, values: Readonly<Record<string, string>>, what: string): string {
  return text.replace(PLACEHOLDER, (_, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`${what}: nothing fills {{${key}}}`);
    return value;
  });
}

/** A closed-list value about to become Cypher text: only a plain identifier may. */
function identifier(value: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(value)) throw new Error(`"${value}" is not a Cypher identifier`);
  return value;
}

function fragments(dir: string): Record<string, string> {
  const fragmentDir = path.join(dir, 'fragments');
  if (!fs.existsSync(fragmentDir)) return {};
  return Object.fromEntries(
    fs
      .readdirSync(fragmentDir)
      .filter((f) => f.endsWith('.cypher'))
      .map((f) => [f.replace(/\.cypher$/, ''), fs.readFileSync(path.join(fragmentDir, f), 'utf8').trimEnd()]),
  );
}

export function loadRegistry(dir: string = CYPHER_DIR): QueryRegistry {
  const registry = new Map<QueryName, string>();
  const included = fragments(dir);
  for (const name of QUERY_FILE_NAMES) {
    registry.set(name, fillTemplate(read(path.join(dir, `${name}.cypher`), `Named query "${name}"`), included, `Named query "${name}"`));
  }
  const actors = read(path.join(dir, 'templates', 'upsert-actors.cypher'), 'The actor upsert template');
  for (const kind of ACTOR_KINDS) {
    const others = [...new Set(ACTOR_KINDS.map((k) => ACTOR_LABELS[k]))].filter((l) => l !== ACTOR_LABELS[kind]).map(identifier);
    const values = { KIND: identifier(kind), LABEL: identifier(ACTOR_LABELS[kind]), OTHER_LABEL: others.join(':') };
    registry.set(actorUpsertQuery(kind), fillTemplate(actors, values, 'upsert-actors'));
  }
  const relations = read(path.join(dir, 'templates', 'upsert-relations.cypher'), 'The relation upsert template');
  for (const type of RELATION_TYPES) {
    registry.set(relationUpsertQuery(type), fillTemplate(relations, { TYPE: identifier(type) }, 'upsert-relations'));
  }
  const creates = read(path.join(dir, 'templates', 'create-relations.cypher'), 'The relation create template');
  for (const type of RELATION_TYPES) {
    registry.set(relationCreateQuery(type), fillTemplate(creates, { TYPE: identifier(type) }, 'create-relations'));
  }
  return registry;
}

export function queryText(registry: QueryRegistry, name: QueryName): string {
  const text = registry.get(name);
  if (text === undefined) throw new Error(`Unknown named query "${name}"`);
  return text;
}

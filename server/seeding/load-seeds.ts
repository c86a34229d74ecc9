// Loads seeds/*.cypher into an engine in file-name order: schema statements first, each on
// its own, then every data statement in one write transaction, so a load either lands
// whole or leaves the graph as it was. Seeds use MERGE, so loading twice changes nothing.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GraphEngine } from '../engine/graph-engine.ts';
import { splitStatements } from '../queries/split-statements.ts';
import { placeActors, type PlacementReport } from '../layout/place-actors.ts';
import { loadRegistry, queryText, type QueryRegistry } from '../queries/registry.ts';

export const SEEDS_DIR = fileURLToPath(new URL('../../seeds/', import.meta.url));

const SCHEMA_STATEMENT = /^\s*(CREATE|DROP)\s+(CONSTRAINT|INDEX)\b/i;

export interface SeedFile {
  file: string;
  statements: string[];
}

export interface SeedReport {
  files: { file: string; statements: number }[];
  actors: number;
  relations: number;
  sources: number;
  /** Positions given to actors that had none (server/layout). */
  layout: PlacementReport;
}

export function readSeedFiles(dir: string = SEEDS_DIR): SeedFile[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((file) => ({ file, statements: splitStatements(fs.readFileSync(path.join(dir, file), 'utf8')) }));
}

export function isSchemaStatement(statement: string): boolean {
  return SCHEMA_STATEMENT.test(statement.replace(/^(\s*\/\/.*\n)+/, ''));
}

export async function loadSeeds(
  engine: GraphEngine,
  options: { dir?: string; registry?: QueryRegistry } = {},
): Promise<SeedReport> {
  const registry = options.registry ?? loadRegistry();
  const files = readSeedFiles(options.dir);
  const all = files.flatMap((f) => f.statements);
  const schema = all.filter(isSchemaStatement);
  if (engine.name === 'grafeo') schema.push(...splitStatements(queryText(registry, 'embedded-indexes')));
  await engine.applySchema(schema);
  await engine.writeAll(all.filter((s) => !isSchemaStatement(s)).map((query) => ({ query })));
  const layout = await placeActors(engine, registry);

  const [counts] = await engine.read(queryText(registry, 'counts'));
  const sources = await engine.read(queryText(registry, 'sources-all'));
  return {
    files: files.map((f) => ({ file: f.file, statements: f.statements.length })),
    actors: Number(counts?.actors ?? 0),
    relations: Number(counts?.relations ?? 0),
    sources: sources.length,
    layout,
  };
}

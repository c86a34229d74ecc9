// The CSV export: actors.csv, relations.csv and sources.csv in one zip, in exactly the
// columns the importer reads, so that exporting and importing gives the same graph.
import { strToU8, zipSync } from 'fflate';
import { ACTOR_COLUMNS, CSV_FILE_NAMES, LIST_SEPARATOR, RELATION_COLUMNS, SOURCE_COLUMNS } from './csv-columns.ts';
import { toCsv } from './csv-text.ts';
import type { GraphData } from './graph-data.ts';

export function toCsvFiles(data: GraphData): Record<'actors' | 'relations' | 'sources', string> {
  return {
    actors: toCsv(
      ACTOR_COLUMNS,
      data.actors.map(({ obligations: _obligations, ...a }) => ({ ...a, aliases: a.aliases.join(LIST_SEPARATOR) })),
    ),
    relations: toCsv(
      RELATION_COLUMNS,
      data.relations.map((r) => ({ ...r, sources: r.sources.join(LIST_SEPARATOR) })),
    ),
    sources: toCsv(SOURCE_COLUMNS, data.sources),
  };
}

export function toCsvZip(data: GraphData): Uint8Array {
  const files = toCsvFiles(data);
  return zipSync({
    [CSV_FILE_NAMES.actors]: strToU8(files.actors),
    [CSV_FILE_NAMES.relations]: strToU8(files.relations),
    [CSV_FILE_NAMES.sources]: strToU8(files.sources),
  });
}

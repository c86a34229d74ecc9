// The columns of the three CSV files the importer reads and the exporter writes, so that
// an export imports back into the same graph. Lists inside a cell are separated by `;`.
export const RELATION_COLUMNS = ['id', 'source', 'target', 'type', 'start', 'end', 'precision', 'event', 'sources', 'note'] as const;
export const ACTOR_COLUMNS = ['id', 'name', 'kind', 'shortName', 'aliases', 'founded', 'dissolved'] as const;
export const SOURCE_COLUMNS = ['id', 'title', 'author', 'publisher', 'published', 'url'] as const;

/** Columns a file must have; the others may be left out. */
export const REQUIRED_COLUMNS = {
  relations: ['source', 'target', 'type', 'start', 'sources'],
  actors: ['id', 'name', 'kind'],
  sources: ['id', 'title'],
} as const;

export const COLUMNS = { relations: RELATION_COLUMNS, actors: ACTOR_COLUMNS, sources: SOURCE_COLUMNS } as const;

export type CsvFileKind = keyof typeof COLUMNS;

export const LIST_SEPARATOR = ';';

export const CSV_FILE_NAMES: Record<CsvFileKind, string> = {
  relations: 'relations.csv',
  actors: 'actors.csv',
  sources: 'sources.csv',
};

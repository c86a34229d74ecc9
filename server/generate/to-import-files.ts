// A generated world as the importer's three CSV files (the columns the CSV export writes), so
// a world on disk goes into any engine through the one write path: `npm run import`.
import { CSV_FILE_NAMES } from '../io/csv-columns.ts';
import { toCsvFiles } from '../io/export-csv.ts';
import type { World } from './world.ts';

export interface ImportFileText {
  name: string;
  text: string;
}

export function worldImportFiles(world: World): ImportFileText[] {
  const files = toCsvFiles({ ...world, actors: world.actors.map((a) => ({ ...a, aliases: [] })) });
  return (['sources', 'actors', 'relations'] as const).map((kind) => ({ name: CSV_FILE_NAMES[kind], text: files[kind] }));
}

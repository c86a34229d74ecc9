// Reads the CSV files out of an uploaded zip (as the CSV export writes it): relations.csv,
// actors.csv and sources.csv, found by name in any folder; other files are ignored.
import { strFromU8, unzipSync } from 'fflate';
import { BadRequest } from '../errors.ts';
import { CSV_FILE_NAMES } from './csv-columns.ts';
import type { ImportFiles } from './plan-import.ts';

/** Refuse to inflate a member larger than this (a small zip can hold a huge file). */
export const MAX_UNZIPPED_BYTES = 50 * 1024 * 1024;

const baseName = (name: string) => name.slice(name.lastIndexOf('/') + 1);

export function csvFilesFromZip(zip: Uint8Array): ImportFiles {
  const wanted = new Set(Object.values(CSV_FILE_NAMES));
  let tooLarge: string | null = null;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(zip, {
      filter: (file) => {
        if (!wanted.has(baseName(file.name))) return false;
        if (file.originalSize > MAX_UNZIPPED_BYTES) tooLarge = file.name;
        return file.originalSize <= MAX_UNZIPPED_BYTES;
      },
    });
  } catch (err) {
    throw new BadRequest(`The upload is not a readable zip file: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (tooLarge !== null) throw new BadRequest(`${tooLarge} is larger than ${MAX_UNZIPPED_BYTES / 1024 / 1024} MB once unzipped`);
  const text = (name: string): string | undefined => {
    const key = Object.keys(entries).find((k) => baseName(k) === name);
    return key === undefined ? undefined : strFromU8(entries[key] as Uint8Array);
  };
  const relations = text(CSV_FILE_NAMES.relations);
  if (relations === undefined) throw new BadRequest('The zip holds no relations.csv');
  return { relations, actors: text(CSV_FILE_NAMES.actors), sources: text(CSV_FILE_NAMES.sources) };
}

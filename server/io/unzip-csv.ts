// Reads the CSV files out of an uploaded zip (as the CSV export writes it): relations.csv,
// actors.csv and sources.csv at the top level. Other members are skipped without being
// inflated, and what is inflated is counted as it streams, so a small zip cannot make the
// server hold gigabytes (many members, or one member that lies about its size).
import { Unzip, UnzipInflate, strFromU8 } from 'fflate';
import { BadRequest } from '../errors.ts';
import { CSV_FILE_NAMES } from './csv-columns.ts';
import type { ImportFiles } from './plan-import.ts';

/** Refuse a zip whose three CSV files together inflate to more than this. */
export const MAX_UNZIPPED_BYTES = 50 * 1024 * 1024;

/** The zip is fed in slices this long: deflate inflates at most about 1,000 times, so one slice's output stays small. */
const SLICE_BYTES = 32 * 1024;

const MB = 1024 * 1024;

class ZipTooLarge extends Error {}

export function csvFilesFromZip(zip: Uint8Array, maxBytes: number = MAX_UNZIPPED_BYTES): ImportFiles {
  const wanted = new Set(Object.values(CSV_FILE_NAMES));
  const chunks = new Map<string, Uint8Array[]>();
  const nested: string[] = [];
  let total = 0;
  let duplicate: string | null = null;
  const unzip = new Unzip((file) => {
    if (!wanted.has(file.name)) {
      // Not read: its data passes by without being inflated.
      if (nested.length < 3 && wanted.has(file.name.slice(file.name.lastIndexOf('/') + 1))) nested.push(file.name);
      return;
    }
    if (chunks.has(file.name)) {
      duplicate = file.name;
      return;
    }
    const parts: Uint8Array[] = [];
    chunks.set(file.name, parts);
    file.ondata = (err, data) => {
      if (err) throw err;
      total += data.length;
      if (total > maxBytes) throw new ZipTooLarge();
      parts.push(data);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < zip.length || at === 0; at += SLICE_BYTES) {
      unzip.push(zip.subarray(at, at + SLICE_BYTES), at + SLICE_BYTES >= zip.length);
      if (duplicate !== null) throw new BadRequest(`The zip holds ${duplicate} more than once: keep one.`);
    }
  } catch (err) {
    if (err instanceof BadRequest) throw err;
    if (err instanceof ZipTooLarge) throw new BadRequest(`The CSV files in the zip are larger than ${maxBytes / MB} MB once unzipped: import them in parts.`);
    throw new BadRequest(`The upload is not a readable zip file: ${err instanceof Error ? err.message : String(err)}`);
  }
  const text = (name: string): string | undefined => {
    const parts = chunks.get(name);
    if (parts === undefined) return undefined;
    const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) {
      bytes.set(p, at);
      at += p.length;
    }
    return strFromU8(bytes);
  };
  const relations = text(CSV_FILE_NAMES.relations);
  if (relations === undefined) {
    const hint = nested.length > 0 ? ` (it has ${nested.join(', ')} in a folder: zip the files themselves, not their folder)` : '';
    throw new BadRequest(`The zip holds no relations.csv at its top level${hint}.`);
  }
  return { relations, actors: text(CSV_FILE_NAMES.actors), sources: text(CSV_FILE_NAMES.sources) };
}

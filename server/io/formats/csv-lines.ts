// Streams a published dataset's CSV line by line: the files run to tens of megabytes, so no
// file is held whole. These files are plain (numbers and short names); a line with a quote is
// handed to csv-parse, the others are split on commas, which is many times faster.
import readline from 'node:readline';
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';

export type RowHandler = (cells: string[], line: number) => void;

const SPACE = /\s/;

export function splitCsvLine(text: string): string[] {
  if (!text.includes('"')) {
    const cells = text.split(',');
    // Most lines are bare numbers: trimming 537 cells that have no space costs more than the split.
    return SPACE.test(text) ? cells.map((c) => c.trim()) : cells;
  }
  const rows = parse(text, { relax_column_count: true, relax_quotes: true }) as string[][];
  return (rows[0] ?? []).map((c) => c.trim());
}

/** Calls `onLine` with each line's text and its number (the header is line 1); blank lines skipped. */
export async function forEachLine(input: Readable, onLine: (text: string, line: number) => void): Promise<number> {
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  for await (const raw of lines) {
    n += 1;
    const text = n === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (text.trim() === '') continue;
    onLine(text, n);
  }
  return n;
}

/** Calls `onRow` with each line's cells and its number (the header is line 1); blank lines skipped. */
export function forEachCsvLine(input: Readable, onRow: RowHandler): Promise<number> {
  return forEachLine(input, (text, n) => onRow(splitCsvLine(text), n));
}

/** A cell as a whole number, or null when it is empty, `.`, `NA` or not a number. */
export function intCell(cell: string | undefined): number | null {
  if (cell === undefined || cell === '' || cell === '.' || cell === 'NA') return null;
  if (!/^-?\d+(\.0+)?$/.test(cell)) return null;
  return Number.parseInt(cell, 10);
}

// CSV text in and out: parse a file with a header into records that remember their line
// number (for error reports), and write rows under a fixed header. No validation here.
// Cells a spreadsheet would run as a formula are written behind a single quote (OWASP's
// advice on CSV injection), and reading takes that quote off again.
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

export interface CsvRecord {
  /** The line the record starts on, counting the header as line 1. */
  line: number;
  /** Cells by header name; a header column the row lacks is absent. */
  cells: Record<string, string>;
  /** How many cells the row has, to report rows that do not fit the header. */
  width: number;
}

export interface CsvTable {
  header: string[];
  records: CsvRecord[];
}

/** A CSV file that cannot be read at all (an unclosed quote, no header). */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

interface Info {
  lines: number;
  empty_lines: number;
}

/**
 * A cell that starts with =, +, -, @, tab or carriage return, after any single quotes: the
 * export puts one more quote in front, the import takes one off. Quotes are counted so that
 * a value that itself starts with a quote and a formula character reads back unchanged.
 */
const FORMULA_LIKE = /^'*[=+\-@\t\r]/;
const QUOTED_FORMULA = /^'+[=+\-@\t\r]/;

export function neutraliseFormula(value: string): string {
  return FORMULA_LIKE.test(value) ? `'${value}` : value;
}

export function restoreFormula(value: string): string {
  return QUOTED_FORMULA.test(value) ? value.slice(1) : value;
}

export function parseCsv(text: string): CsvTable {
  let rows: { record: string[]; info: Info }[];
  try {
    rows = parse(text, { bom: true, info: true, skip_empty_lines: true, relax_column_count: true }) as unknown as {
      record: string[];
      info: Info;
    }[];
  } catch (err) {
    const line = typeof (err as { lines?: unknown }).lines === 'number' ? (err as { lines: number }).lines : 1;
    throw new CsvSyntaxError(line, err instanceof Error ? err.message : String(err));
  }
  const [first, ...rest] = rows;
  if (!first) throw new CsvSyntaxError(1, 'the file is empty: expected a header line');
  const header = first.record.map((h) => h.trim());
  let previousEnd = first.info.lines;
  let previousEmpty = first.info.empty_lines;
  const records = rest.map(({ record, info }) => {
    // csv-parse tells where a record ends; it starts after the previous one and any blank lines.
    const line = previousEnd + 1 + (info.empty_lines - previousEmpty);
    previousEnd = info.lines;
    previousEmpty = info.empty_lines;
    const cells: Record<string, string> = {};
    header.forEach((name, i) => {
      const value = record[i];
      if (value !== undefined) cells[name] = restoreFormula(value);
    });
    return { line, cells, width: record.length };
  });
  return { header, records };
}

/** Rows as CSV under `columns`, header first; null and undefined become empty cells. */
export function toCsv(columns: readonly string[], rows: readonly Record<string, string | number | boolean | null | undefined>[]): string {
  return stringify(
    rows.map((r) => columns.map((c) => {
      const v = r[c] ?? '';
      return typeof v === 'string' ? neutraliseFormula(v) : v;
    })),
    { header: true, columns: [...columns], cast: { boolean: (b) => (b ? 'true' : 'false') } },
  );
}

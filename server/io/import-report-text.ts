// How the CLI prints an import's outcome: one line per rejected row, `file:line: what is wrong`.
import { CSV_FILE_NAMES } from './csv-columns.ts';
import type { RowProblem } from './plan-import.ts';

export function problemLines(rejected: readonly RowProblem[], total: number = rejected.length): string[] {
  const lines = rejected.map((p) => `${CSV_FILE_NAMES[p.file]}:${p.line}: ${p.errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`);
  if (total > rejected.length) lines.push(`... and ${total - rejected.length} more invalid row(s) not listed`);
  return lines;
}

/** A progress line: `rows written/total (percent)`. */
export function progressText(done: number, total: number): string {
  const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
  return `writing ${done}/${total} rows (${percent}%)`;
}

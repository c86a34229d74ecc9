// Keeps a console answer within its row and byte limits as rows arrive: the rows are cut at
// whichever limit comes first and the answer says which. Sizes are the rows' JSON length, so
// JSON.stringify of the answer can never fail on an enormous string. Pure.
import type { Row } from './graph-engine.ts';

export type TruncatedBy = 'rows' | 'bytes';

export class RowBudget {
  readonly rows: Row[] = [];
  private bytes = 0;
  truncatedBy: TruncatedBy | undefined;

  constructor(
    private readonly maxRows: number,
    private readonly maxBytes: number,
  ) {}

  /** Adds the row if it fits; false once the answer is full (stop reading rows). */
  add(row: Row): boolean {
    if (this.rows.length >= this.maxRows) {
      this.truncatedBy = 'rows';
      return false;
    }
    const size = jsonSize(row);
    if (this.bytes + size > this.maxBytes) {
      this.truncatedBy = 'bytes';
      return false;
    }
    this.bytes += size;
    this.rows.push(row);
    return true;
  }
}

/** JSON length of a row, or Infinity when it cannot even be written out (Invalid string length). */
function jsonSize(row: Row): number {
  try {
    return JSON.stringify(row).length;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

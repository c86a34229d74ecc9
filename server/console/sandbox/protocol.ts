// Messages between the server and a console sandbox process.
import type { Params, Row } from '../../engine/graph-engine.ts';

export interface RunRequest {
  id: number;
  query: string;
  params: Params;
  maxRows: number;
  maxBytes: number;
}

export type ChildMessage =
  | { ready: true }
  | { memory: true; rssMb: number }
  | { id: number; columns: string[]; rows: Row[]; truncatedBy?: 'rows' | 'bytes' }
  | { id: number; error: { kind: 'files' | 'write' | 'failed'; message: string } };

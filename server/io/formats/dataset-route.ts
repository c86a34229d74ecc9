// POST /api/import?format=cow-igo|cow-alliances|atop: the dataset's CSV as the text/csv body,
// read as a stream (the IGO state-year file is about 22 MB), then imported like the CLI does.
import { Transform, type Readable } from 'node:stream';
import type { NextFunction, Request, Response } from 'express';
import { z } from 'zod';
import { AppError, BadRequest } from '../../errors.ts';
import { Flag } from '../../../shared/contracts/params.ts';
import { parseInput } from '../../http/validate.ts';
import type { GraphStore } from '../../queries/graph-store.ts';
import type { QueryRegistry } from '../../queries/registry.ts';
import { DATASET_FORMATS, importDataset } from './import-dataset.ts';

/** The largest dataset body accepted: the IGO state-year file with room to spare. */
export const MAX_DATASET_BYTES = 64 * 1024 * 1024;

export const DatasetImportQuery = z.object({
  format: z.enum(DATASET_FORMATS, { error: `format must be one of ${DATASET_FORMATS.join(', ')} (or absent for the project's CSV)` }),
  skipInvalid: Flag('skipInvalid'),
  dryRun: Flag('dryRun'),
  name: z.string().max(200).optional(),
});

class TooLarge extends AppError {
  constructor() {
    super('too_large', 'too_large', `A dataset upload may be at most ${MAX_DATASET_BYTES / 1024 / 1024} MB.`);
  }
}

function capped(input: Readable): { stream: Readable; over: () => boolean } {
  let bytes = 0;
  let over = false;
  const t = new Transform({
    transform(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      if (bytes > MAX_DATASET_BYTES) {
        over = true;
        input.unpipe(t);
        input.resume();
        t.end();
        done();
        return;
      }
      done(null, chunk);
    },
  });
  input.pipe(t);
  return { stream: t, over: () => over };
}

/** Handles the request when it names a dataset format; otherwise passes it on to the CSV import. */
export function datasetImportHandler(store: GraphStore, registry: QueryRegistry, enabled: () => void) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    if (req.query.format === undefined) return next();
    enabled();
    const q = parseInput(DatasetImportQuery, req.query, 'query');
    if (!req.is('text/csv')) throw new BadRequest(`Send the ${q.format} file as the text/csv body.`);
    const length = Number(req.headers['content-length'] ?? 0);
    if (length > MAX_DATASET_BYTES) throw new TooLarge();
    const { stream, over } = capped(req);
    const report = await importDataset(store, registry, q.format, [{ name: q.name ?? `${q.format}.csv`, stream }], { skipInvalid: q.skipInvalid, dryRun: q.dryRun });
    if (over()) throw new TooLarge();
    res.json(report);
  };
}

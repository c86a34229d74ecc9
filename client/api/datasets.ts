// POST /api/import?format=cow-igo|cow-alliances|atop: a published dataset's file sent as it
// is (text/csv, streamed by the server), its report checked with a zod schema like every answer.
import { z } from 'zod';
import { ApiError, postBody } from './client.ts';

export const DATASET_FORMATS = ['cow-igo', 'cow-alliances', 'atop'] as const;
export type DatasetFormat = (typeof DATASET_FORMATS)[number];

/** The server's dataset import report (server/io/formats/import-dataset.ts). */
export const DatasetReportSchema = z.object({
  status: z.enum(['loaded', 'checked']),
  format: z.enum(DATASET_FORMATS),
  /** Data lines read. */
  rows: z.number().int(),
  loaded: z.object({ actors: z.number().int(), sources: z.number().int(), relations: z.number().int() }),
  rejected: z.array(z.object({ file: z.string(), line: z.number().int(), errors: z.array(z.object({ field: z.string(), message: z.string() })) })),
  rejectedCount: z.number().int(),
  graph: z.object({ actors: z.number().int(), relations: z.number().int() }),
});
export type DatasetReport = z.infer<typeof DatasetReportSchema>;

export async function postDatasetImport(
  format: DatasetFormat,
  file: Blob & { name?: string },
  options: { dryRun: boolean; skipInvalid: boolean; token?: string },
): Promise<DatasetReport> {
  const q = new URLSearchParams({ format, dryRun: String(options.dryRun), skipInvalid: String(options.skipInvalid) });
  if (file.name) q.set('name', file.name);
  // A server reachable from elsewhere asks for its IMPORT_TOKEN.
  const headers: Record<string, string> = options.token ? { authorization: `Bearer ${options.token}` } : {};
  const body = await postBody(`/api/import?${q}`, file, 'text/csv', headers);
  const parsed = DatasetReportSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ApiError(`The server's /api/import answer has an unexpected shape: ${issue ? `${issue.path.join('.')} ${issue.message}` : ''}`, 200, 'BAD_SHAPE');
  }
  return parsed.data;
}

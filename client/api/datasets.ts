// POST /api/import?format=cow-igo|cow-alliances|atop: a published dataset's file sent as it
// is (text/csv, streamed by the server), its report checked with a zod schema like every answer.
import type { z } from 'zod';
import { DATASET_FORMATS, DatasetReportBody } from '../../shared/contracts/answers.ts';
import { ApiError, postBody } from './client.ts';

export { DATASET_FORMATS };
export type DatasetFormat = (typeof DATASET_FORMATS)[number];

/** The server's dataset import report, checked with the contract's own schema. */
export const DatasetReportSchema = DatasetReportBody;
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

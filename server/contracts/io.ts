// GET /api/export and POST /api/import.
import { z } from 'zod';
import { DATASET_FORMATS, DatasetReportBody, ErrorBody, ImportReportBody } from '../../shared/contracts/answers.ts';
import { Flag } from '../../shared/contracts/params.ts';
import { ExportQuery, ImportBody } from '../../shared/contracts/queries.ts';
import { badRequest, contract, json, WINDOW } from './contract.ts';

export const Export = contract({
  method: 'get',
  path: '/api/export',
  tag: 'import and export',
  summary: 'Download the graph for Gephi, yEd, a spreadsheet or Cytoscape',
  description:
    "gexf: GEXF 1.3, dynamic (timeformat date), every organization and relation with its spell, for Gephi's timeline. " +
    'graphml: the snapshot at `at` (default today) with typed keys. csv: actors.csv, relations.csv and sources.csv zipped, ' +
    'in the columns POST /api/import reads. json: Cytoscape.js elements, all history or the snapshot at `at`.',
  query: ExportQuery,
  examples: { format: 'graphml', at: '2010-06-01', window: '365' },
  descriptions: { at: 'graphml and json only: the snapshot date.', ...WINDOW },
  answers: {
    '200': { description: 'The file, as an attachment.', files: ['application/gexf+xml', 'application/graphml+xml', 'application/zip', 'application/json'] },
    ...badRequest,
  },
});

export const Import = contract({
  method: 'post',
  path: '/api/import',
  tag: 'import and export',
  summary: 'Load relations (and actors and sources) from CSV: all rows or none',
  description:
    'Columns: relations `id?,source,target,type,start,end?,precision?,event?,sources,note?` (sources separated by ;), ' +
    'actors `id,name,kind,shortName?,founded?,dissolved?`, sources `id,title,author?,publisher?,published?,url?`. ' +
    'If any row is invalid nothing is loaded and the answer (422) lists every bad row with its line; skipInvalid loads the good ' +
    'rows and lists the others. Relations merge by id (derived from source, type, target and start when there is no id ' +
    'column): importing twice changes nothing. JSON bodies are limited to 100 kB; send larger files as text/csv ' +
    '(relations only) or as a zip of the three files (as GET /api/export?format=csv writes it), up to 20 MB.',
  query: z.object({
    skipInvalid: Flag('skipInvalid'),
    dryRun: Flag('dryRun'),
    // Documented here; a request with a format is handled by server/io/formats/dataset-route.ts.
    format: z
      .enum(DATASET_FORMATS)
      .optional()
      .describe('a published dataset as the text/csv body: cow-igo (state-year or IGO-year file), cow-alliances (v4.1 member level), atop (5.1 member level)'),
    name: z.string().optional().describe('the uploaded file name, for error lines'),
  }),
  examples: { skipInvalid: 'false', dryRun: 'true' },
  descriptions: { skipInvalid: 'Load the good rows, report the bad.', dryRun: 'Check only, write nothing.' },
  body: {
    schema: ImportBody,
    example: {
      relations: 'source,target,type,start,end,precision,sources,note\nARM,CSTO,MEMBER_OF,1992-05-15,,day,cst-1992,A founding signatory.\n',
      skipInvalid: false,
    },
    raw: { 'text/csv': 'relations.csv only', 'application/zip': 'relations.csv, actors.csv and sources.csv' },
  },
  answers: {
    '200': json('What was loaded (or checked) and what was skipped; with format=, the dataset report (its lines name the uploaded file).', z.union([ImportReportBody, DatasetReportBody])),
    ...badRequest,
    '401': json('IMPORT_TOKEN is set and the request did not send it as Authorization: Bearer <token> (import_unauthorized).', ErrorBody),
    '403': json('Import is off: IMPORT_ENABLED=false, or the server listens beyond loopback without IMPORT_TOKEN (import_disabled).', ErrorBody),
    '409': json('Another import is running (import_busy), or the write met another write or a constraint (write_conflict, constraint_violation): nothing was loaded.', ErrorBody),
    '422': json('Some row is invalid and nothing was loaded: error.details.rejected lists the first 1,000 rows, error.details.rejectedCount counts them all.', ErrorBody),
  },
});

// Bring your own data and take it elsewhere: POST /api/import (CSV as JSON fields, as
// text/csv, or as the zip the CSV export writes) and GET /api/export in GEXF, GraphML, CSV
// (zipped) or Cytoscape JSON.
import express, { Router, type Request } from 'express';
import { z } from 'zod';
import { today } from '../../shared/time/time.ts';
import { BadRequest } from '../errors.ts';
import { importAccess, type ImportAccess } from '../http/import-access.ts';
import { AtDate, Flag, WindowDays } from '../http/params.ts';
import { parseInput } from '../http/validate.ts';
import { toCsvZip } from '../io/export-csv.ts';
import { toCytoscape } from '../io/export-cytoscape.ts';
import { toGexf } from '../io/export-gexf.ts';
import { toGraphml } from '../io/export-graphml.ts';
import { readGraph, graphDataAt } from '../io/graph-data.ts';
import { importGraph } from '../io/import-graph.ts';
import type { ImportFiles } from '../io/plan-import.ts';
import { csvFilesFromZip } from '../io/unzip-csv.ts';
import { datasetImportHandler } from '../io/formats/dataset-route.ts';
import { DATASET_FORMATS } from '../io/formats/import-dataset.ts';
import type { GraphStore } from '../queries/graph-store.ts';
import { loadRegistry, type QueryRegistry } from '../queries/registry.ts';

export const EXPORT_FORMATS = ['gexf', 'graphml', 'csv', 'json'] as const;

export const ExportQuery = z
  .object({
    format: z.enum(EXPORT_FORMATS, { error: `format must be one of ${EXPORT_FORMATS.join(', ')}` }),
    at: AtDate('at').optional(),
    window: WindowDays,
  })
  .refine((q) => q.at === undefined || q.format === 'graphml' || q.format === 'json', {
    path: ['at'],
    message: 'at applies to graphml and json only: gexf and csv hold the whole history',
  });

export const ImportQuery = z.object({
  skipInvalid: Flag('skipInvalid'),
  dryRun: Flag('dryRun'),
  // Documented here; a request with a format is handled by server/io/formats/dataset-route.ts.
  format: z.enum(DATASET_FORMATS).optional().describe('a published dataset as the text/csv body: cow-igo (state-year or IGO-year file), cow-alliances (v4.1 member level), atop (5.1 member level)'),
  name: z.string().optional().describe('the uploaded file name, for error lines'),
});

export const ImportBody = z.object({
  relations: z.string().min(1, 'relations is the text of relations.csv'),
  actors: z.string().optional(),
  sources: z.string().optional(),
  skipInvalid: z.boolean().optional(),
  dryRun: z.boolean().optional(),
});

/** Raw uploads (text/csv, application/zip) may be larger than JSON bodies. */
export const MAX_UPLOAD = '20mb';

const FORMAT_FILES = {
  gexf: { type: 'application/gexf+xml; charset=utf-8', ext: 'gexf' },
  graphml: { type: 'application/graphml+xml; charset=utf-8', ext: 'graphml' },
  csv: { type: 'application/zip', ext: 'zip' },
  json: { type: 'application/json; charset=utf-8', ext: 'json' },
} as const;

function importInput(req: Request): { files: ImportFiles; skipInvalid: boolean; dryRun: boolean } {
  const flags = parseInput(ImportQuery, req.query, 'query');
  if (req.is('application/json')) {
    const body = parseInput(ImportBody, req.body, 'body');
    const { relations, actors, sources } = body;
    return {
      files: { relations, actors, sources },
      skipInvalid: body.skipInvalid ?? flags.skipInvalid,
      dryRun: body.dryRun ?? flags.dryRun,
    };
  }
  if (req.is('text/csv') && typeof req.body === 'string') return { files: { relations: req.body }, ...flags };
  if (req.is('application/zip') && Buffer.isBuffer(req.body)) return { files: csvFilesFromZip(new Uint8Array(req.body)), ...flags };
  throw new BadRequest('Send the import as application/json ({ relations, actors?, sources? }), text/csv (relations only) or application/zip (the CSV export).');
}

export function ioRoutes(store: GraphStore, registry: QueryRegistry = loadRegistry(), access: ImportAccess = { importEnabled: true }): Router {
  const router = Router();

  router.get('/export', async (req, res) => {
    const q = parseInput(ExportQuery, req.query, 'query');
    const data = await readGraph(store);
    const file = FORMAT_FILES[q.format];
    const at = q.format === 'graphml' ? (q.at ?? today()) : q.at;
    const name = `alliance-graph${at ? `-${at}` : ''}.${file.ext}`;
    res.type(file.type).set('Content-Disposition', `attachment; filename="${name}"`);
    switch (q.format) {
      case 'gexf':
        res.send(toGexf(data, { windowDays: q.window, generated: today() }));
        return;
      case 'graphml': {
        const snap = graphDataAt(data, at ?? today(), q.window);
        res.send(toGraphml(snap.actors, snap.relations, { at: at ?? today(), window: q.window }));
        return;
      }
      case 'csv':
        res.send(Buffer.from(toCsvZip(data)));
        return;
      case 'json': {
        const snap = at ? graphDataAt(data, at, q.window) : data;
        res.send(JSON.stringify(toCytoscape(snap.actors, snap.relations, at ? { at, window: q.window } : null)));
        return;
      }
    }
  });

  router.post(
    '/import',
    importAccess(access),
    // ?format=cow-igo|cow-alliances|atop: a published dataset, streamed (server/io/formats),
    // after the same access check as every import.
    datasetImportHandler(store, registry, () => undefined),
    express.text({ type: 'text/csv', limit: MAX_UPLOAD }),
    express.raw({ type: 'application/zip', limit: MAX_UPLOAD }),
    async (req, res) => {
      const input = importInput(req);
      const report = await importGraph(store, registry, input.files, { skipInvalid: input.skipInvalid, dryRun: input.dryRun });
      res.json(report);
    },
  );

  return router;
}

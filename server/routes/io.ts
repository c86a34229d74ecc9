// Bring your own data and take it elsewhere: POST /api/import (CSV as JSON fields, as
// text/csv, or as the zip the CSV export writes) and GET /api/export in GEXF, GraphML, CSV
// (zipped) or Cytoscape JSON.
import express, { Router } from 'express';
import { today } from '../../shared/time/time.ts';
import { BadRequest } from '../errors.ts';
import { importAccess, type ImportAccess } from '../http/import-access.ts';
import { Export, Import } from '../contracts/io.ts';
import { register, REPLIED, type Exchange } from '../http/register.ts';
import { toCsvZip } from '../io/export-csv.ts';
import { toCytoscape } from '../io/export-cytoscape.ts';
import { toGexf } from '../io/export-gexf.ts';
import { toGraphml } from '../io/export-graphml.ts';
import { readGraph, graphDataAt } from '../io/graph-data.ts';
import { importGraph } from '../io/import-graph.ts';
import type { ImportFiles } from '../io/plan-import.ts';
import { csvFilesFromZip } from '../io/unzip-csv.ts';
import { datasetImportHandler } from '../io/formats/dataset-route.ts';
import type { GraphStore } from '../queries/graph-store.ts';
import { loadRegistry, type QueryRegistry } from '../queries/registry.ts';

/** Raw uploads (text/csv, application/zip) may be larger than JSON bodies. */
export const MAX_UPLOAD = '20mb';

const FORMAT_FILES = {
  gexf: { type: 'application/gexf+xml; charset=utf-8', ext: 'gexf' },
  graphml: { type: 'application/graphml+xml; charset=utf-8', ext: 'graphml' },
  csv: { type: 'application/zip', ext: 'zip' },
  json: { type: 'application/json; charset=utf-8', ext: 'json' },
} as const;

/** The files and flags of an import: a JSON body (parsed by the contract), text/csv or a zip. */
function importInput({ query: flags, body, req }: Exchange<typeof Import>): { files: ImportFiles; skipInvalid: boolean; dryRun: boolean } {
  if (body) {
    const { relations, actors, sources } = body;
    return {
      files: { relations, actors, sources },
      skipInvalid: body.skipInvalid ?? flags.skipInvalid,
      dryRun: body.dryRun ?? flags.dryRun,
    };
  }
  const raw: unknown = req.body;
  if (req.is('text/csv') && typeof raw === 'string') return { files: { relations: raw }, skipInvalid: flags.skipInvalid, dryRun: flags.dryRun };
  if (req.is('application/zip') && Buffer.isBuffer(raw)) return { files: csvFilesFromZip(new Uint8Array(raw)), skipInvalid: flags.skipInvalid, dryRun: flags.dryRun };
  throw new BadRequest('Send the import as application/json ({ relations, actors?, sources? }), text/csv (relations only) or application/zip (the CSV export).');
}

export function ioRoutes(store: GraphStore, registry: QueryRegistry = loadRegistry(), access: ImportAccess = { importEnabled: true }): Router {
  const router = Router();

  register(router, Export, async ({ query: q, res }) => {
    const data = await readGraph(store);
    const file = FORMAT_FILES[q.format];
    const at = q.format === 'graphml' ? (q.at ?? today()) : q.at;
    const name = `alliance-graph${at ? `-${at}` : ''}.${file.ext}`;
    res.type(file.type).set('Content-Disposition', `attachment; filename="${name}"`);
    switch (q.format) {
      case 'gexf':
        res.send(toGexf(data, { windowDays: q.window, generated: today() }));
        return REPLIED;
      case 'graphml': {
        const snap = graphDataAt(data, at ?? today(), q.window);
        res.send(toGraphml(snap.actors, snap.relations, { at: at ?? today(), window: q.window }));
        return REPLIED;
      }
      case 'csv':
        res.send(Buffer.from(toCsvZip(data)));
        return REPLIED;
      case 'json': {
        const snap = at ? graphDataAt(data, at, q.window) : data;
        res.send(JSON.stringify(toCytoscape(snap.actors, snap.relations, at ? { at, window: q.window } : null)));
        return REPLIED;
      }
    }
  });

  register(
    router,
    Import,
    async (x) => {
      const input = importInput(x);
      return importGraph(store, registry, input.files, { skipInvalid: input.skipInvalid, dryRun: input.dryRun });
    },
    {
      before: [
        importAccess(access),
        // ?format=cow-igo|cow-alliances|atop: a published dataset, streamed (server/io/formats),
        // after the same access check as every import.
        datasetImportHandler(store, registry, () => undefined),
        express.text({ type: 'text/csv', limit: MAX_UPLOAD }),
        express.raw({ type: 'application/zip', limit: MAX_UPLOAD }),
      ],
    },
  );

  return router;
}

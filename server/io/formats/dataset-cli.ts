// `npm run import -- --format cow-igo|cow-alliances|atop FILE... [--skip-invalid] [--dry-run]`:
// the import CLI hands a --format run here. Files stream from disk; progress on stderr.
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../config.ts';
import { createEngine } from '../../engine/create-engine.ts';
import { GraphStore } from '../../queries/graph-store.ts';
import { loadRegistry } from '../../queries/registry.ts';
import { progressText } from '../import-report-text.ts';
import { DATASET_FORMATS, DatasetRejected, importDataset, problemLine, type DatasetFormat } from './import-dataset.ts';

export function isDatasetFormat(f: string): f is DatasetFormat {
  return (DATASET_FORMATS as readonly string[]).includes(f);
}

export async function runDatasetImport(format: DatasetFormat, paths: string[], flags: { skipInvalid: boolean; dryRun: boolean }): Promise<number> {
  for (const p of paths) {
    if (!fs.existsSync(p)) {
      console.error(`Cannot read the files: no file ${p}`);
      return 2;
    }
  }
  const config = loadConfig();
  const registry = loadRegistry();
  const engine = await createEngine(config.engine);
  const started = Date.now();
  try {
    console.error(`Reading ${paths.length} ${format} file(s) into ${engine.name}...`);
    let lastTenth = -1;
    const report = await importDataset(
      new GraphStore(engine, registry),
      registry,
      format,
      paths.map((p) => ({ name: path.basename(p), stream: fs.createReadStream(p) })),
      {
        ...flags,
        onRead: (n) => {
          if (n % 5000 === 0) process.stderr.write(`read ${n} lines\n`);
        },
        onProgress: (done, total) => {
          const tenth = total === 0 ? 10 : Math.floor((done / total) * 10);
          if (tenth !== lastTenth) process.stderr.write(`${progressText(done, total)}\n`);
          lastTenth = tenth;
        },
      },
    );
    for (const p of report.rejected) console.error(`skipped ${problemLine(p)}`);
    if (report.rejectedCount > report.rejected.length) console.error(`... and ${report.rejectedCount - report.rejected.length} more`);
    const { actors, sources, relations } = report.loaded;
    const verb = report.status === 'checked' ? 'Would load (dry run, nothing written)' : 'Loaded';
    console.log(`${verb}: ${relations} relation(s), ${actors} actor(s), ${sources} source(s) from ${report.rows} line(s); ${report.rejectedCount} line(s) skipped. ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    console.log(`Graph now holds ${report.graph.actors} actors and ${report.graph.relations} relations.`);
    return 0;
  } catch (err) {
    if (err instanceof DatasetRejected) {
      for (const p of err.rejected.slice(0, 200)) console.error(problemLine(p));
      console.error(`Nothing was imported: ${err.rejected.length} invalid line(s). Fix them, or pass --skip-invalid to load the others.`);
      return 1;
    }
    console.error(`Import failed, nothing was changed: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  } finally {
    await engine.close();
  }
}

// `npm run import -- relations.csv [actors.csv] [sources.csv] [--skip-invalid] [--dry-run]`
// (or one .zip as the CSV export writes it): checks every row, then loads all of them in one
// transaction into the configured engine, or nothing if a row is bad (unless --skip-invalid).
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadConfig } from '../config.ts';
import { openGraph } from '../open-graph.ts';
import { ImportRejected, importGraph } from './import-graph.ts';
import { problemLines, progressText } from './import-report-text.ts';
import type { ImportFiles } from './plan-import.ts';
import { csvFilesFromZip } from './unzip-csv.ts';
import { isDatasetFormat, runDatasetImport } from './formats/dataset-cli.ts';

const USAGE = 'usage: npm run import -- relations.csv [actors.csv] [sources.csv] [--skip-invalid] [--dry-run]\n       npm run import -- export.zip [--skip-invalid] [--dry-run]\n       npm run import -- --format cow-igo|cow-alliances|atop FILE... [--skip-invalid] [--dry-run]';

const Args = z.object({
  values: z.object({ 'skip-invalid': z.boolean().optional(), 'dry-run': z.boolean().optional(), help: z.boolean().optional(), format: z.string().optional() }),
  positionals: z.array(z.string()).min(1, 'name at least relations.csv').max(3, 'at most three files: relations, actors, sources'),
});

function readFiles(paths: string[]): ImportFiles {
  const read = (p: string | undefined) => (p === undefined ? undefined : fs.readFileSync(p, 'utf8'));
  const [relations, actors, sources] = paths;
  if (relations?.toLowerCase().endsWith('.zip')) {
    if (paths.length > 1) throw new Error('a zip holds all three files: name it alone');
    return csvFilesFromZip(new Uint8Array(fs.readFileSync(relations)));
  }
  return { relations: read(relations) ?? '', actors: read(actors), sources: read(sources) };
}

/** Progress on stderr: one rewritten line on a terminal, a line per tenth otherwise. */
function progressPrinter(): (done: number, total: number) => void {
  let lastTenth = -1;
  return (done, total) => {
    if (process.stderr.isTTY) {
      process.stderr.write(`\r${progressText(done, total)}${done === total ? '\n' : ''}`);
      return;
    }
    const tenth = total === 0 ? 10 : Math.floor((done / total) * 10);
    if (tenth !== lastTenth) {
      lastTenth = tenth;
      process.stderr.write(`${progressText(done, total)}\n`);
    }
  };
}

async function main(): Promise<number> {
  let args: z.infer<typeof Args>;
  try {
    const raw = parseArgs({
      allowPositionals: true,
      options: { 'skip-invalid': { type: 'boolean' }, 'dry-run': { type: 'boolean' }, help: { type: 'boolean', short: 'h' }, format: { type: 'string' } },
    });
    // A published dataset (COW IGO, COW alliances, ATOP): any number of files, read as streams.
    if (raw.values.format !== undefined) {
      if (!isDatasetFormat(raw.values.format)) throw new Error(`--format must be cow-igo, cow-alliances or atop, got "${raw.values.format}"`);
      if (raw.positionals.length === 0) throw new Error('name at least one file');
      return runDatasetImport(raw.values.format, raw.positionals, { skipInvalid: raw.values['skip-invalid'] ?? false, dryRun: raw.values['dry-run'] ?? false });
    }
    if (raw.values.help) {
      console.log(USAGE);
      return 0;
    }
    args = Args.parse(raw);
  } catch (err) {
    const message = err instanceof z.ZodError ? err.issues.map((i) => i.message).join('; ') : err instanceof Error ? err.message : String(err);
    console.error(`${message}\n${USAGE}`);
    return 2;
  }
  let files: ImportFiles;
  try {
    files = readFiles(args.positionals);
  } catch (err) {
    console.error(`Cannot read the files: ${err instanceof Error ? err.message : String(err)}`);
    return 2;
  }

  const config = loadConfig();
  const graph = await openGraph({ engine: config.engine });
  try {
    const where = config.engine.kind === 'neo4j' ? config.engine.uri : (config.engine.dataDir ?? 'memory (lost on exit; set GRAPH_DATA_DIR to keep it)');
    const rows = files.relations.split('\n').length - 1;
    console.error(`Checking about ${rows} relation row(s) against ${graph.store.engineName} (${where})...`);
    const report = await importGraph(graph.store, graph.registry, files, {
      skipInvalid: args.values['skip-invalid'] ?? false,
      dryRun: args.values['dry-run'] ?? false,
      onProgress: progressPrinter(),
    });
    for (const line of problemLines(report.rejected, report.rejectedCount)) console.error(`skipped ${line}`);
    for (const { file, columns } of report.ignoredColumns) console.error(`ignored columns in ${file}.csv: ${columns.join(', ')}`);
    const { actors, sources, relations } = report.loaded;
    const verb = report.status === 'checked' ? 'Would load (dry run, nothing written)' : 'Loaded';
    console.log(`${verb}: ${relations} relation(s), ${actors} actor(s), ${sources} source(s); ${report.rejectedCount} row(s) skipped.`);
    console.log(`Graph now holds ${report.graph.actors} actors and ${report.graph.relations} relations.`);
    return 0;
  } catch (err) {
    if (err instanceof ImportRejected) {
      for (const line of problemLines(err.rejected, err.rejectedCount)) console.error(line);
      console.error(`Nothing was imported: ${err.rejectedCount} invalid row(s). Fix them, or pass --skip-invalid to load the others.`);
      return 1;
    }
    console.error(`Import failed, nothing was changed: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  } finally {
    await graph.close();
  }
}

process.exitCode = await main();

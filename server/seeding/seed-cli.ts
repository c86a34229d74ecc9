// `npm run seed [-- DIR]`: loads DIR/*.cypher (default SEEDS_DIR, else seeds/) into the configured
// engine and reports what it loaded.
import { loadConfig } from '../config.ts';
import { openGraph } from '../open-graph.ts';

const config = loadConfig();
const where = config.engine.kind === 'neo4j' ? config.engine.uri : (config.engine.dataDir ?? 'memory (lost on exit; set GRAPH_DATA_DIR to keep it)');
try {
  const graph = await openGraph({ engine: config.engine, load: { seeds: process.argv[2] ?? config.seedsDir } });
  try {
    const report = graph.seeded;
    if (report) {
      console.log(`Loaded into ${graph.store.engineName} (${where}):`);
      for (const f of report.files) console.log(`  ${f.file}: ${f.statements} statement(s)`);
      console.log(`Graph now holds ${report.actors} actors, ${report.relations} relations, ${report.sources} sources.`);
      if (report.layout.placed > 0) console.log(`Laid out ${report.layout.placed} actor(s) (${report.layout.mode === 'full' ? 'the whole graph' : 'new ones, next to their neighbours'}) in ${report.layout.ms} ms.`);
    }
  } finally {
    await graph.close();
  }
} catch (err) {
  console.error(`Seeding failed, nothing was changed: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
}

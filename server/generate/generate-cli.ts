// `npm run generate -- --states 200 --orgs 500 --spells 40000 --events 10000 --seed 1 --out DIR`
// writes a synthetic world as the importer's CSV files (load them with `npm run import --
// DIR/relations.csv DIR/actors.csv DIR/sources.csv`); `--load` loads it straight into the
// configured engine instead. Both go through the importer's write statements.
// `--profile igo` makes one shaped like the COW IGO v3 data instead (server/generate/igo.ts;
// only --seed applies).
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadConfig } from '../config.ts';
import { openGraph } from '../open-graph.ts';
import { progressBar } from './progress.ts';
import { loadWorld } from './load-world.ts';
import { worldImportFiles } from './to-import-files.ts';
import { generateIgoWorld } from './igo.ts';
import { generateWorld } from './world.ts';

const count = (name: string, max: number) => z.coerce.number({ error: `--${name} must be a number` }).int().min(1).max(max);
const Options = z
  .object({
    states: count('states', 5_000).default(200),
    orgs: count('orgs', 5_000).default(500),
    spells: count('spells', 2_000_000).default(40_000),
    events: z.coerce.number().int().min(0).max(2_000_000).default(10_000),
    seed: z.coerce.number().int().default(1),
    profile: z.enum(['world', 'igo'], { error: '--profile must be world or igo' }).default('world'),
    out: z.string().optional(),
    load: z.boolean().default(false),
  })
  .refine((o) => o.load || o.out, { message: 'say where the world goes: --out DIR (CSV files to import) or --load (the configured engine)' });

const { values } = parseArgs({
  options: {
    states: { type: 'string' },
    orgs: { type: 'string' },
    spells: { type: 'string' },
    events: { type: 'string' },
    seed: { type: 'string' },
    profile: { type: 'string' },
    out: { type: 'string' },
    load: { type: 'boolean' },
  },
});
const parsed = Options.safeParse(values);
if (!parsed.success) {
  console.error(`generate: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  process.exit(2);
}
const o = parsed.data;
const t0 = performance.now();
const world = o.profile === 'igo' ? generateIgoWorld({ seed: o.seed }) : generateWorld(o);
console.error(`Generated ${world.actors.length} actors and ${world.relations.length} relations (seed ${o.seed}) in ${Math.round(performance.now() - t0)} ms.`);

if (o.out) {
  fs.mkdirSync(o.out, { recursive: true });
  const files = worldImportFiles(world);
  const bar = progressBar('writing', files.length);
  files.forEach((f, i) => {
    fs.writeFileSync(path.join(o.out as string, f.name), f.text);
    bar(i + 1);
  });
  console.error(`Wrote ${files.map((f) => f.name).join(', ')} to ${o.out}; load them with npm run import -- ${files.map((f) => path.join(o.out as string, f.name)).reverse().join(' ')}`);
}
if (o.load) {
  const config = loadConfig();
  const bar = progressBar('loading', world.relations.length + world.actors.length + world.sources.length);
  const t1 = performance.now();
  let layout = { placed: 0, ms: 0 };
  const graph = await openGraph({
    engine: config.engine,
    load: async (engine, registry) => {
      layout = await loadWorld(engine, registry, world, (rows) => bar(rows));
    },
  });
  try {
    const seconds = (performance.now() - t1 - layout.ms) / 1000;
    console.error(`Loaded into ${graph.store.engineName} in ${seconds.toFixed(1)} s (${Math.round(world.relations.length / seconds)} relations/s); laid out ${layout.placed} actors in ${layout.ms} ms.`);
    if (config.engine.kind === 'grafeo' && !config.engine.dataDir) console.error('(The embedded engine was in memory: set GRAPH_DATA_DIR to keep the graph.)');
  } finally {
    await graph.close();
  }
}

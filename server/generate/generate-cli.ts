// `npm run generate -- --states 200 --orgs 500 --spells 40000 --events 10000 --seed 1 --out DIR`
// writes a synthetic world as seed files (load them with SEEDS_DIR=DIR npm start, or npm run seed
// -- DIR); `--load` loads it straight into the configured engine instead. `--profile igo` makes
// one shaped like the COW IGO v3 data instead (server/generate/igo.ts; only --seed applies).
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadConfig } from '../config.ts';
import { createEngine } from '../engine/create-engine.ts';
import { loadRegistry } from '../queries/registry.ts';
import { SEEDS_DIR } from '../seeding/load-seeds.ts';
import { progressBar } from './progress.ts';
import { loadWorld } from './load-world.ts';
import { worldSeedFiles } from './to-seed-files.ts';
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
  .refine((o) => o.load || o.out, { message: 'say where the world goes: --out DIR (seed files) or --load (the configured engine)' });

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
  fs.copyFileSync(path.join(SEEDS_DIR, '00-schema.cypher'), path.join(o.out, '00-schema.cypher'));
  const files = worldSeedFiles(world);
  const bar = progressBar('writing', files.length);
  files.forEach((f, i) => {
    fs.writeFileSync(path.join(o.out as string, f.name), f.text);
    bar(i + 1);
  });
  console.error(`Wrote ${files.length + 1} seed files to ${o.out}.`);
}
if (o.load) {
  const config = loadConfig();
  const engine = await createEngine(config.engine);
  try {
    const bar = progressBar('loading', world.relations.length + world.actors.length + world.sources.length);
    const t1 = performance.now();
    const layout = await loadWorld(engine, loadRegistry(), world, (rows) => bar(rows));
    const seconds = (performance.now() - t1 - layout.ms) / 1000;
    console.error(`Loaded into ${engine.name} in ${seconds.toFixed(1)} s (${Math.round(world.relations.length / seconds)} relations/s); laid out ${layout.placed} actors in ${layout.ms} ms.`);
    if (config.engine.kind === 'grafeo' && !config.engine.dataDir) console.error('(The embedded engine was in memory: set GRAPH_DATA_DIR to keep the graph.)');
  } finally {
    await engine.close();
  }
}

// One runner for every layer, as four projects that also run apart (npm run test:unit,
// test:engine, test:api, test:browser).
//
// Speed on a 2-core machine: the run is CPU-bound (measured: about 90% busy throughout), so
// what helps is doing less, not doing more at once. Two workers keep both cores busy while a
// server or browser test waits on another process. No project isolates its files (each
// worker keeps its module cache; the files hold no state between them, each opening its own
// server, engine and browser): importing the server, zod and the Cypher parser once per
// worker instead of once per file took the unit, engine and API files from 64 s to 51 s.
// Browser files run after the others, one at a time: a second browser worker gained nothing
// (each Chromium then ran at half speed) and made the timing of each file harder to read.
import { defineConfig } from 'vitest/config';
import LongFirstSequencer from './tests/support/sequencer.ts';

export default defineConfig({
  test: {
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    sequence: { sequencer: LongFirstSequencer },
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false, sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'engine', include: ['tests/engine/**/*.test.ts'], isolate: false, sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'api', include: ['tests/api/**/*.test.ts'], isolate: false, sequence: { groupOrder: 0 } } },
      {
        extends: true,
        // A browser test waits on the page's state; its time limit only bounds a hang, so it
        // is wide enough for a machine other jobs are loading (pages then take 10 s to open).
        test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], maxWorkers: 1, isolate: false, testTimeout: 120_000, hookTimeout: 180_000, sequence: { groupOrder: 1 } },
      },
    ],
  },
});

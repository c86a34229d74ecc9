// One runner for every layer, as four projects that also run apart (npm run test:unit,
// test:engine, test:api, test:browser).
//
// Speed on a 2-core machine: vitest's default in run mode is one worker per core minus one,
// i.e. a single worker here, so every file waited for the one before it although most of a
// server or browser test is waiting on another process (the engine, Chromium). Two workers
// keep both cores busy. Pure unit files share their worker's module cache (isolate off:
// they hold no state between files), so zod and friends are imported once per worker.
// Browser files run after the others, one at a time: two Chromiums laying out graphs at once
// on two cores made their timed waits fail.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false, sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'engine', include: ['tests/engine/**/*.test.ts'], sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'api', include: ['tests/api/**/*.test.ts'], sequence: { groupOrder: 0 } } },
      {
        extends: true,
        // A browser test waits on the page's state; its time limit only bounds a hang, so it
        // is wide enough for a machine other jobs are loading (pages then take 10 s to open).
        test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], maxWorkers: 1, testTimeout: 120_000, hookTimeout: 180_000, sequence: { groupOrder: 1 } },
      },
    ],
  },
});

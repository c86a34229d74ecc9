// The order vitest starts the test files in. On two workers the run is as long as its busier
// worker: a long file started last keeps one worker going while the other has finished. So
// the files known to be long start first (a clean checkout lints every Cypher statement with
// Neo4j's parser, about 20 s; faults and the console sandbox start server processes), then the
// rest as vitest orders them (its cache of earlier durations, else larger files first).
import path from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const LONG_FIRST = ['tests/engine/cypher-files.test.ts', 'tests/api/faults.test.ts', 'tests/api/console-sandbox.test.ts'];

export default class LongFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (spec: TestSpecification) => {
      const i = LONG_FIRST.indexOf(path.relative(this.ctx.config.root, spec.moduleId).split(path.sep).join('/'));
      return i < 0 ? LONG_FIRST.length : i;
    };
    const group = (spec: TestSpecification) => spec.project.config.sequence.groupOrder;
    // Array.prototype.sort is stable: within a group, vitest's own order holds among the rest.
    return sorted.sort((a, b) => group(a) - group(b) || rank(a) - rank(b));
  }
}

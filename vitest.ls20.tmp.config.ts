import { defineConfig } from 'vitest/config';
export default defineConfig({
  root: '/work/wt/i12',
  resolve: { alias: { '@neo4j-cypher/language-support': '/tmp/i12/ls20/node_modules/@neo4j-cypher/language-support' } },
  test: { include: ['tests/unit/console-read-only.test.ts', 'tests/unit/console-differential.test.ts'], pool: 'forks', testTimeout: 120_000 },
});

// The code cache for Neo4j's parser bundle: written next to the dependencies on the first load,
// and never used for a changed file, even one of the same length (V8's own check looks at
// the length only).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { requireWithCodeCache } from '../../server/console/code-cache.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'code-cache-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function install(source: string): void {
  const dir = path.join(root, 'node_modules', 'pkg');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'pkg', main: 'index.cjs' }));
  fs.writeFileSync(path.join(dir, 'index.cjs'), source);
}
const caches = () => fs.readdirSync(path.join(root, 'node_modules', '.cache', 'v8-code'));
const from = path.join(root, 'app.js');

it('writes the cache once, loads through it, and replaces it when the file changes', () => {
  install('module.exports = { v: 1, f: (x) => x + 1 };');
  let warmed = 0;
  const first = requireWithCodeCache('pkg', from, () => void warmed++) as { v: number; f(x: number): number };
  expect(first.v).toBe(1);
  expect(first.f(1)).toBe(2);
  expect(warmed).toBe(1);
  expect(caches()).toHaveLength(1);
  // From the cache: no warming, same exports.
  expect((requireWithCodeCache('pkg', from, () => void warmed++) as { v: number }).v).toBe(1);
  expect(warmed).toBe(1);
  // Same length, other code: the new source runs, and its cache replaces the old one.
  install('module.exports = { v: 2, f: (x) => x + 2 };');
  const changed = requireWithCodeCache('pkg', from, () => void warmed++) as { v: number; f(x: number): number };
  expect([changed.v, changed.f(1), warmed]).toEqual([2, 3, 2]);
  expect(caches()).toHaveLength(1);
});

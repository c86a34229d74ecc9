// Loads a large CommonJS file with V8's code cache kept on disk. Neo4j's parser bundle is 25 MB
// of JavaScript: every start of the console's check worker compiled it again (about 2.4 s of
// CPU here, before the first query could be checked). With the cache it is read back compiled.
// V8 checks the cache against the source and its own version and flags and refuses a stale
// one, which is then rewritten; a cache that cannot be written (a read-only install) only
// means the slow path.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire, Module } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';

/** Where the caches live: next to the dependencies, in node_modules/.cache (npm ci starts without them). */
function cacheDir(file: string): string {
  const at = file.lastIndexOf(`${path.sep}node_modules${path.sep}`);
  return at < 0 ? path.join(path.dirname(file), '.v8-code') : path.join(file.slice(0, at), 'node_modules', '.cache', 'v8-code');
}

/**
 * `require(id)` resolved from `from`, compiled through a code cache. The cache is written after
 * `warm` has run, so that it holds the functions the first use compiles too.
 */
export function requireWithCodeCache(id: string, from: string, warm: (exports: unknown) => void = () => {}): unknown {
  const requireFrom = createRequire(from);
  const file = requireFrom.resolve(id);
  const source = fs.readFileSync(file, 'utf8');
  // By content: V8's own check of a cache against its source looks at the length only.
  const key = createHash('sha256').update(`${file}\0${process.version}\0`).update(source).digest('hex').slice(0, 32);
  // Named after the file, so that a new version's cache replaces the old one's.
  const stem = createHash('sha256').update(file).digest('hex').slice(0, 12);
  const cacheFile = path.join(cacheDir(file), `${stem}-${key}.bin`);
  let cachedData: Buffer | undefined;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const module = { exports: {} as unknown };
  const wrapper = script.runInThisContext() as (e: unknown, r: NodeJS.Require, m: { exports: unknown }, f: string, d: string) => void;
  wrapper.call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file));
  if (cachedData === undefined || script.cachedDataRejected) {
    warm(module.exports);
    try {
      fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
      // Written whole, then renamed: another process never reads half a cache.
      const tmp = `${cacheFile}.${process.pid}.${Date.now()}.tmp`;
      fs.writeFileSync(tmp, script.createCachedData());
      fs.renameSync(tmp, cacheFile);
      for (const f of fs.readdirSync(path.dirname(cacheFile))) {
        if (f.startsWith(`${stem}-`) && f.endsWith('.bin') && f !== path.basename(cacheFile)) fs.rmSync(path.join(path.dirname(cacheFile), f), { force: true });
      }
    } catch {
      // Not writable: the next start compiles again.
    }
  }
  return module.exports;
}

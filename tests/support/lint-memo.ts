// Neo4j's linter takes some 25 s of CPU over every statement in cypher/ and seeds/, and its
// answer depends only on the statement, the declared parameters and the linter itself (the
// package's version and our wrapper). A statement it accepted is remembered by a hash of all
// of these in node_modules/.cache, so an unchanged statement is not linted again (nor the
// 24 MB parser loaded); a changed one, a new parser or a cleared cache lints for real.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CACHE_FILE = path.join(ROOT, 'node_modules/.cache/alliance-explorer/cypher-lint-accepted.json');

type Lint = (statement: string, parameters: Record<string, unknown>) => { message: string }[];

export interface LintMemo {
  lint(statement: string, parameters: Record<string, unknown>): Promise<{ message: string }[]>;
  /** Writes the accepted statements' hashes back (call once, after the tests). */
  save(): void;
}

/** The linter `load` gives (loaded only if a statement needs it), remembering which statements it accepted. */
export function memoLint(load: () => Promise<Lint>, wrapperFile: string): LintMemo {
  const version = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/@neo4j-cypher/language-support/package.json'), 'utf8')).version as string;
  const salt = `${version}\u0000${fs.readFileSync(wrapperFile, 'utf8')}`;
  const key = (statement: string, parameters: Record<string, unknown>) =>
    crypto.createHash('sha256').update(`${salt}\u0000${JSON.stringify(parameters)}\u0000${statement}`).digest('hex');
  let accepted = new Set<string>();
  try {
    accepted = new Set(JSON.parse(fs.readFileSync(CACHE_FILE, 'utf8')) as string[]);
  } catch {
    // no cache yet, or an unreadable one: lint everything
  }
  const seen = new Set<string>();
  let linter: Promise<Lint> | undefined;
  return {
    async lint(statement, parameters) {
      const k = key(statement, parameters);
      if (accepted.has(k)) {
        seen.add(k);
        return [];
      }
      const errors = (await (linter ??= load()))(statement, parameters);
      if (errors.length === 0) seen.add(k);
      return errors;
    },
    save() {
      // Only what this run accepted: statements since changed drop out.
      fs.mkdirSync(path.dirname(CACHE_FILE), { recursive: true });
      const tmp = `${CACHE_FILE}.${process.pid}`;
      fs.writeFileSync(tmp, JSON.stringify([...seen].sort()));
      fs.renameSync(tmp, CACHE_FILE);
    },
  };
}

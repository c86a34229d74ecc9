// Decides whether a console query may run, by parsing it with Neo4j's own parser
// (@neo4j-cypher/language-support), never by matching patterns on the text: one statement,
// valid Cypher, and only reading clauses. Pure: no engine, no HTTP.
import { cypherErrors, getDebugTree, parseStatementsStrs, type SimpleTree } from './neo4j-parser.ts';
import { FILE_ACCESS_REASON, mayReadFiles, tooComplexToParse } from './query-text.ts';

export type Verdict =
  | { ok: true }
  | { ok: false; kind: 'syntax'; reason: string; details: { line: number; column: number; message: string }[] }
  | { ok: false; kind: 'multiple' | 'empty' | 'complex'; reason: string }
  | { ok: false; kind: 'write'; reason: string; clause: string };

/** Parse-tree rules that change the graph, the schema or the server, and what to call them. */
const UPDATING_RULES: Readonly<Record<string, string>> = {
  createClause: 'CREATE',
  insertClause: 'INSERT',
  mergeClause: 'MERGE',
  setClause: 'SET',
  deleteClause: 'DELETE',
  removeClause: 'REMOVE',
  foreachClause: 'FOREACH',
  loadCSVClause: 'LOAD CSV',
  subqueryInTransactionsParameters: 'CALL { ... } IN TRANSACTIONS',
  command: 'a schema or administration command',
  composableCommandClauses: 'a SHOW or TERMINATE command',
  showCommand: 'a SHOW command',
  terminateCommand: 'a TERMINATE command',
  useClause: 'USE (the console reads the configured database only)',
  localDefinition: 'DEFINE PROCEDURE/FUNCTION',
  consoleCommand: 'a client console command',
};

/**
 * The clause kinds a read may use: an allow-list, so a clause a future grammar adds is
 * refused until someone decides it only reads.
 */
const READING_CLAUSES = new Set([
  'matchClause',
  'withClause',
  'returnClause',
  'unwindClause',
  'forListClause',
  'letClause',
  'filterClause',
  'orderBySkipLimitClause',
  'finishClause',
  'subqueryClause',
  'callClause',
]);

/** Procedures that only read (lower case, namespace included). Any other CALL is refused. */
export const READ_PROCEDURES = new Set([
  'db.labels',
  'db.relationshiptypes',
  'db.propertykeys',
  'db.schema.visualization',
  'db.schema.nodetypeproperties',
  'db.schema.reltypeproperties',
]);

const isRule = (t: SimpleTree): boolean => (t.children?.length ?? 0) > 0;

function terminals(t: SimpleTree): string[] {
  return isRule(t) ? (t.children ?? []).flatMap(terminals) : [t.name];
}

/** The first reason, in document order, that this parse tree is not a pure read. */
function findUpdate(t: SimpleTree): string | undefined {
  if (!isRule(t)) return undefined;
  const updating = UPDATING_RULES[t.name];
  // A command says which kind it is when the table knows (this parser reads SHOW and TERMINATE as commands).
  if (updating) return UPDATING_RULES[(t.children ?? []).find(isRule)?.name ?? ''] ?? updating;
  if (t.name === 'clause') {
    const kind = (t.children ?? []).find(isRule)?.name ?? '';
    if (UPDATING_RULES[kind]) return UPDATING_RULES[kind];
    if (!READING_CLAUSES.has(kind)) return `the clause ${kind || '(unknown)'}`;
  }
  if (t.name === 'callClause') {
    const nameNode = (t.children ?? []).find((c) => c.name === 'procedureName');
    const name = nameNode ? terminals(nameNode).join('').replace(/`/g, '') : '';
    if (!READ_PROCEDURES.has(name.toLowerCase())) return `CALL ${name || '(a procedure)'} (only ${[...READ_PROCEDURES].join(', ')} may be called)`;
  }
  for (const c of t.children ?? []) {
    const found = findUpdate(c);
    if (found) return found;
  }
  return undefined;
}

/**
 * The query with its statements of comments alone (as in `RETURN 1; // note`) turned to
 * spaces, line breaks kept so that lines and columns stay: this linter calls such a statement
 * an error, which Neo4j does not. Only the linter reads this text; the parse tree checked for
 * updates is the whole query's.
 */
function blankOut(query: string, statements: string[], isCode: (s: string) => boolean): string {
  let text = query;
  let from = 0;
  for (const s of statements) {
    const at = text.indexOf(s, from);
    if (at < 0) continue;
    if (!isCode(s)) text = text.slice(0, at) + s.replace(/[^\n]/g, ' ') + text.slice(at + s.length);
    from = at + s.length;
  }
  return text;
}

/** Whether `query` is exactly one read-only Cypher statement that Neo4j's parser accepts. */
export function checkReadOnly(query: string, params: Record<string, unknown> = {}): Verdict {
  const complex = tooComplexToParse(query);
  if (complex) return { ok: false, kind: 'complex', reason: complex };
  const all = parseStatementsStrs(query);
  const isCode = (s: string) => s.replace(/\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '').replace(/;\s*$/, '').trim().length > 0;
  const statements = all.filter(isCode);
  if (statements.length === 0) return { ok: false, kind: 'empty', reason: 'The query holds no statement.' };
  if (statements.length > 1) {
    return { ok: false, kind: 'multiple', reason: `The console runs one statement per request; this query holds ${statements.length}.` };
  }
  const errors = cypherErrors(blankOut(query, all, isCode), params);
  if (errors.length > 0) {
    const first = errors[0]!;
    return {
      ok: false,
      kind: 'syntax',
      reason: `Not valid Cypher (line ${first.line}, column ${first.column}): ${first.message}`,
      details: errors.slice(0, 10),
    };
  }
  const clause = findUpdate(getDebugTree(query));
  if (clause) return { ok: false, kind: 'write', clause, reason: `The console is read-only: the query uses ${clause}.` };
  // Not the parser's view but the text's: the same second check the sandbox makes.
  if (mayReadFiles(query)) return { ok: false, kind: 'write', clause: 'LOAD CSV', reason: FILE_ACCESS_REASON };
  return { ok: true };
}

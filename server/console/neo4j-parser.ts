// Neo4j's own Cypher parser (@neo4j-cypher/language-support), the one way the server and the
// tests load it. Pinned to 2.0.0-next.20, the last release whose `engines` admits Node 20
// (later ones ask for Node 22 or 24). Its ESM build imports files without extensions, which
// plain Node refuses, so it is loaded through its CommonJS build (25 MB of JavaScript, compiled
// from V8's code cache after the first load: code-cache.ts).
import type * as LanguageSupport from '@neo4j-cypher/language-support';
import { requireWithCodeCache } from './code-cache.ts';

// The cache is made after one query has been parsed and analysed, so it holds that code too.
const languageSupport = requireWithCodeCache('@neo4j-cypher/language-support', import.meta.url, (loaded) => {
  (loaded as typeof LanguageSupport).lintCypherQuery('MATCH (a:Actor {id: $id})-[r]->(b) WHERE r.start <= date($at) RETURN a, r, b LIMIT 1', { parameters: { id: null, at: null } });
}) as typeof LanguageSupport;

export const { parseStatementsStrs } = languageSupport;

/** Where and why the parser (and its semantic analysis) refuses `query`; errors only, no warnings. */
export function cypherErrors(query: string, parameters: Record<string, unknown>): { line: number; column: number; message: string }[] {
  return languageSupport
    .lintCypherQuery(query, { parameters })
    .filter((d) => d.severity === 1)
    .map((d) => ({ line: d.range.start.line + 1, column: d.range.start.character + 1, message: typeof d.message === 'string' ? d.message : d.message.value }));
}

/** A plain view of a parse tree: a rule's name with its children, or a token's text. */
export interface SimpleTree {
  name: string;
  children?: SimpleTree[];
}

/** What a node of the parser's (antlr4) tree offers: a rule has an index, a token a symbol. */
interface ParseNode {
  ruleIndex?: number;
  children?: ParseNode[] | null;
  symbol?: { text?: string | null };
  getText(): string;
}

/**
 * The parse tree of every statement in `cypher`, rules named as in Neo4j's grammar (the
 * later releases export this as getDebugTree; next.20 does not, so it is built here).
 */
export function getDebugTree(cypher: string): SimpleTree {
  const ruleNames = languageSupport.CypherParser.ruleNames;
  const walk = (node: ParseNode): SimpleTree =>
    typeof node.ruleIndex === 'number'
      ? { name: ruleNames[node.ruleIndex] ?? '', children: (node.children ?? []).map(walk) }
      : { name: node.symbol?.text ?? node.getText(), children: [] };
  return { name: 'topNode', children: languageSupport.parse(cypher).map((s) => walk(s as unknown as ParseNode)) };
}

// Splits a Cypher script into statements with Neo4j's own parser, so a `;` inside a string
// or comment never cuts a statement in two. Comment-only chunks are dropped.
import { parseStatementsStrs } from '@neo4j-cypher/language-support';

function stripComments(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .trim();
}

export function splitStatements(script: string): string[] {
  return parseStatementsStrs(script)
    .map((s) => s.trim().replace(/;\s*$/, '').trim())
    .filter((s) => stripComments(s).length > 0);
}

// Splits a Cypher script into statements at `;` outside strings, quoted names and comments,
// so a `;` inside a note never cuts a statement in two. (Neo4j's parser does this too, but
// a full parse costs ~0.5 s per large statement at every start; the lint test still parses
// every statement with it.) Comment-only chunks are dropped.
function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '').trim();
}

export function splitStatements(script: string): string[] {
  const statements: string[] = [];
  let start = 0;
  let i = 0;
  const n = script.length;
  while (i < n) {
    const c = script[i];
    const next = script[i + 1];
    if (c === '/' && next === '/') {
      const end = script.indexOf('\n', i);
      i = end === -1 ? n : end;
    } else if (c === '/' && next === '*') {
      const end = script.indexOf('*/', i + 2);
      i = end === -1 ? n : end + 2;
    } else if (c === "'" || c === '"' || c === '`') {
      i++;
      while (i < n && script[i] !== c) i += script[i] === '\\' && c !== '`' ? 2 : 1;
      i++;
    } else if (c === ';') {
      statements.push(script.slice(start, i));
      start = ++i;
    } else {
      i++;
    }
  }
  statements.push(script.slice(start));
  return statements.map((s) => s.trim()).filter((s) => stripComments(s).length > 0);
}

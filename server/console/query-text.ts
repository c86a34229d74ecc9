// The console's query text as both parsers must see it. Neo4j's parser ends a `//` comment at
// a carriage return, the embedded engine only at a newline: text that one reads as a comment
// the other ran as code (issue 12). Every character either may take for a line break becomes
// \n before the check, and the engine runs exactly the text that was checked. Pure.

/** CR LF, CR, VT, FF, the information separators, NEL, LINE and PARAGRAPH SEPARATOR. */
const LINE_BREAKS = /\r\n|[\r\u000B\u000C\u001C-\u001E\u0085\u2028\u2029]/g;

export function normaliseLineBreaks(query: string): string {
  return query.replace(LINE_BREAKS, '\n');
}

/**
 * Whether the text may read a file: the words LOAD and CSV in this order anywhere, whatever
 * stands between them (comments included). A second check, independent of the parser, on the
 * exact text that runs: it refuses a few harmless texts (a string 'load csv') to be sure.
 */
export function mayReadFiles(query: string): boolean {
  return /\bload\b[\s\S]*?\bcsv\b/i.test(query);
}

export const FILE_ACCESS_REASON =
  'The console is read-only and does not read files: the query names LOAD ... CSV (even in a string or comment, it is refused).';

/**
 * Bounds on the parse, checked before the parser sees the text: Neo4j's parser recurses without
 * a limit of its own (deep nesting overflows the stack) and its analysis grows fast with the
 * number of tokens (some 5 s for 1,400 on this machine).
 */
export const MAX_NESTING = 32;
export const MAX_TOKENS = 1_500;

/** Why the parser would not be given this text, or undefined when it may be parsed. */
export function tooComplexToParse(query: string): string | undefined {
  let depth = 0;
  let deepest = 0;
  for (const ch of query) {
    if (ch === '(' || ch === '[' || ch === '{') deepest = Math.max(deepest, ++depth);
    else if (ch === ')' || ch === ']' || ch === '}') depth = Math.max(0, depth - 1);
  }
  if (deepest > MAX_NESTING) {
    return `The query nests brackets ${deepest} deep; the console checks at most ${MAX_NESTING} levels. Flatten it (WITH steps, or a list instead of nested expressions).`;
  }
  // Strings count as one token each, whatever their length.
  const tokens = query.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, 's').match(/[\p{L}\p{N}_$]+|[^\s\p{L}\p{N}_$]/gu)?.length ?? 0;
  if (tokens > MAX_TOKENS) {
    return `The query holds ${tokens} tokens; the console checks at most ${MAX_TOKENS} in one query. Shorten it: a parameter instead of a long literal list, reduce() or sum() instead of a long chain.`;
  }
  return undefined;
}

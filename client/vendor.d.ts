// Types for imports TypeScript cannot resolve on its own: @neo4j-cypher/codemirror ships its
// declarations outside its package "exports", and Vite imports CSS files as side effects.
declare module '@neo4j-cypher/codemirror' {
  export * from '@neo4j-cypher/codemirror/src/codemirror.d.ts';
}
declare module '*.css';

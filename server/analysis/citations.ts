// Which sources a set of relations cites, in bibliography order.
export function citedSources<S extends { id: string }>(relations: readonly { sources: readonly string[] }[], sources: readonly S[]): S[] {
  const cited = new Set(relations.flatMap((r) => r.sources));
  return sources.filter((s) => cited.has(s.id));
}

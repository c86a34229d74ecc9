// The id a relation gets when its CSV row has none: derived from what identifies it, so
// importing the same file twice merges onto the same relations instead of adding copies.
export function derivedRelationId(r: { source: string; target: string; type: string; start: string }): string {
  return `${r.source}-${r.type}-${r.target}-${r.start}`.toLowerCase().replace(/_/g, '-');
}
